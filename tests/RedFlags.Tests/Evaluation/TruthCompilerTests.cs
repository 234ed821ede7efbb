using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RedFlags.Evaluation;
using RedFlags.Rules;
using RedFlags.Testing;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// The compiled node truths of an explained assessment equal the phased program's for every node, so that which one
/// runs is a matter of speed only: the explanation reads node truths to pick a flag's facts and the questions to ask.
/// </summary>
public class TruthCompilerTests
{
    // Compiled per test-class instance, never in a static initialiser: mutation testing switches mutants per test,
    // and code run once by a static initialiser would escape it.
    private readonly Lazy<EvaluationPlan> _catalogue = new(() => new EvaluationPlan(DefaultCatalogue.RuleSet));
    private readonly Lazy<Action<FactReader, Truth[]>?> _compiledCatalogue;
    private readonly Lazy<EvaluationPlan> _large = new(() => new EvaluationPlan(UrgencyCompilerTests.LargeRuleSet()));
    private readonly Lazy<Action<FactReader, Truth[]>?> _compiledLarge;

    public TruthCompilerTests()
    {
        _compiledCatalogue = new(() => _catalogue.Value.CompileTruths());
        _compiledLarge = new(() => _large.Value.CompileTruths());
    }

    [Fact]
    public void DefaultCatalogue_IsCompiledWhereCodeCanBeCompiled()
        => Assert.Equal(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled, _compiledCatalogue.Value is not null);

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void DefaultCatalogue_CompiledNodeTruths_EqualTheProgram(ValidPresentation patient)
        => AssertEveryNodeAgrees(_catalogue.Value, _compiledCatalogue.Value!, patient.Value);

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 200)]
    public void GeneratedRuleSet_WithNegationAndAtLeastGroups_CompiledNodeTruthsEqualTheProgram(ValidPresentation patient)
    {
        // Several presentations per generated set, so that compiling does not dominate the run.
        foreach (var set in RuleSetArbitraries.RuleSetGenerator(allowNegation: true).Sample(3, 20))
        {
            var plan = new EvaluationPlan(set.Value);
            AssertEveryNodeAgrees(plan, plan.CompileTruths()!, patient.Value);
        }
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 100)]
    public void LargeRuleSet_CompiledInChunks_NodeTruthsEqualTheProgram(ValidPresentation patient)
    {
        // About 6,000 nodes: several chunks, with rules that read rules of earlier chunks.
        var plan = _large.Value;
        Assert.True(plan.NodeCount > 3 * TruthCompiler.ChunkNodes, $"{plan.NodeCount} nodes");
        AssertEveryNodeAgrees(plan, _compiledLarge.Value!, patient.Value);
    }

    [Fact]
    public void Evaluator_SwitchesToCompiledTruthsAfterAThousandAssessments_WithoutChangingAnyAssessment()
    {
        var patients = RedFlagsArbitraries.ValidPresentationGenerator().Sample(3000, 31).ToArray();

        // Interpreted throughout: a fresh evaluator for every 500 patients never reaches the count that compiles.
        var expected = patients.Chunk(500).SelectMany(chunk =>
        {
            var interpreted = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
            return chunk.Select(interpreted.Assess);
        }).ToArray();

        var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
        var before = patients.Take(999).Select(evaluator.Assess).ToArray();
        Assert.False(evaluator.UsesCompiledTruths);
        var after = patients.Skip(999).Select(evaluator.Assess).ToArray();

        Assert.Equal(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled, evaluator.UsesCompiledTruths);
        Assert.Equal(expected.Take(999), before);
        Assert.Equal(expected.Skip(999), after);
    }

    private static void AssertEveryNodeAgrees(EvaluationPlan plan, Action<FactReader, Truth[]> compiled, PatientPresentation patient)
    {
        var facts = new FactReader(patient);
        var expected = new Truth[plan.NodeCount];
        plan.EvaluateNodes(facts, expected, new Truth[plan.Rules.Length]);

        // Pooled buffers are not cleared between assessments: every node must be written, whatever was there before.
        foreach (var stale in new[] { Truth.False, Truth.Unknown, Truth.True })
        {
            var truths = Enumerable.Repeat(stale, plan.NodeCount).ToArray();
            compiled(facts, truths);
            for (var node = 0; node < plan.NodeCount; node++)
            {
                Assert.True(expected[node] == truths[node], $"node {node} ({plan.NodeAt(node).Kind}): {truths[node]}, expected {expected[node]}");
            }
        }
    }
}
