using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RedFlags.Evaluation;
using RedFlags.Rules;
using RedFlags.Testing;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// The two engines, <see cref="CriterionInterpreter"/> and <see cref="CriterionCompiler"/>, give every criterion node
/// the truth the reference oracle gives it, and the same urgency, so that the evaluation mode is a matter of speed
/// only. The explanation reads node truths to pick a flag's facts and the questions to ask, so every node is compared,
/// not only every rule.
/// </summary>
public class EngineEquivalenceTests
{
    // Built per test-class instance, never in a static initialiser: mutation testing switches mutants per test, and
    // code run once by a static initialiser would escape it.
    private readonly Lazy<Engines> _catalogue = new(() => new Engines(DefaultCatalogue.RuleSet));
    private readonly Lazy<Engines> _large = new(() => new Engines(LargeRuleSet()));

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void DefaultCatalogue_InterpreterAndCompiler_EqualTheOracle(ValidPresentation patient)
        => _catalogue.Value.AssertAgree(patient.Value);

    [Property(Arbitrary = [typeof(RuleSetArbitraries), typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void GeneratedRuleSets_WithNegationAtLeastAndFlagReferences_InterpreterAndCompilerEqualTheOracle(GeneratedRuleSet rules, ValidPresentation patient)
        => new Engines(rules.Value).AssertAgree(patient.Value);

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void LargeRuleSet_CompiledInChunks_InterpreterAndCompilerEqualTheOracle(ValidPresentation patient)
        => _large.Value.AssertAgree(patient.Value);

    [Fact]
    public void CriterionGraph_LargeRuleSet_HasMoreThan1024NodesAndRefersAcrossChunks()
    {
        var graph = _large.Value.Graph;
        Assert.True(graph.NodeCount > 2 * CriterionCompiler.ChunkNodes, $"{graph.NodeCount} nodes");
        Assert.True(_large.Value.Compiler.UrgencyNeedsTruths);
        Assert.False(_catalogue.Value.Compiler.UrgencyNeedsTruths);
    }

    [Fact]
    public void NodeTruths_LeftOverInAReusedBuffer_AreAllOverwritten()
    {
        // Pooled buffers are not cleared between assessments: every node must be written, whatever was there before.
        var engines = _catalogue.Value;
        var patient = Patients.Sparse().With(Finding.Fever, Presence.Present);
        var expected = ReferenceEvaluator.NodeTruths(engines.Graph, patient);
        foreach (var stale in new[] { Truth.False, Truth.Unknown, Truth.True })
        {
            var interpreted = Enumerable.Repeat(stale, expected.Length).ToArray();
            engines.Interpreter.Evaluate(new FactReader(patient), interpreted);
            Assert.Equal(expected, interpreted);
            var compiled = Enumerable.Repeat(stale, expected.Length).ToArray();
            engines.Compiler.Evaluate(patient, compiled);
            Assert.Equal(expected, compiled);
        }
    }

    // 600 routine rules of 9 nodes (several chunks), then 200 rules that raise the urgency only through two of them,
    // so that every urgency above routine depends on rule results handed across chunks.
    internal static RuleSet LargeRuleSet()
    {
        const int Base = 600;
        var findings = Vocabulary.AllFindings.ToArray();
        var rules = new List<RedFlagRule>();
        for (var k = 0; k < Base + 200; k++)
        {
            Criterion criterion = k < Base
                ? Criterion.AnyOf(
                    Criterion.AllOf(Criterion.Present(findings[k % findings.Length]), Criterion.AtLeast(Quantity.AgeYears, k % 90)),
                    Criterion.AllOf(Criterion.Present(findings[(k * 3) % findings.Length]), Criterion.Present(findings[(k * 7) % findings.Length])))
                : Criterion.AllOf(Criterion.Flag(Id(k - Base)), Criterion.Flag(Id((k * 13) % Base)));
            var urgency = k < Base ? Urgency.Routine : k % 37 == 0 ? Urgency.Emergency : (Urgency)(1 + (k % 2));
            rules.Add(TestRules.Rule(Id(k), criterion, urgency));
        }

        return RuleSet.Create("large", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation);

        static string Id(int k) => $"X-RULE-{k:D4}";
    }

    /// <summary>One graph with both engines built for it.</summary>
    private sealed class Engines
    {
        public Engines(RuleSet ruleSet)
        {
            Graph = new CriterionGraph(ruleSet);
            Interpreter = new CriterionInterpreter(Graph);
            Compiler = CriterionCompiler.Compile(Graph);
        }

        public CriterionGraph Graph { get; }

        public CriterionInterpreter Interpreter { get; }

        public CriterionCompiler Compiler { get; }

        public void AssertAgree(PatientPresentation patient)
        {
            var expected = ReferenceEvaluator.NodeTruths(Graph, patient);
            var interpreted = new Truth[Graph.NodeCount];
            Interpreter.Evaluate(new FactReader(patient), interpreted);
            var compiled = new Truth[Graph.NodeCount];
            Compiler.Evaluate(patient, compiled);
            for (var node = 0; node < expected.Length; node++)
            {
                Assert.True(expected[node] == interpreted[node], $"interpreter, node {node} ({Graph.NodeAt(node).Kind}): {interpreted[node]}, expected {expected[node]}");
                Assert.True(expected[node] == compiled[node], $"compiler, node {node} ({Graph.NodeAt(node).Kind}): {compiled[node]}, expected {expected[node]}");
            }

            var urgency = ReferenceEvaluator.HighestUrgency(Graph, expected);
            foreach (var stale in new[] { Truth.False, Truth.True })
            {
                // The urgency forms evaluate only the nodes that can change it, in working space that may hold anything.
                Assert.Equal(urgency, Interpreter.HighestUrgency(new FactReader(patient), Enumerable.Repeat(stale, Graph.NodeCount).ToArray()));
                Assert.Equal(urgency, Compiler.HighestUrgency(patient, Compiler.UrgencyNeedsTruths ? Enumerable.Repeat(stale, Graph.NodeCount).ToArray() : null));
            }
        }
    }
}
