using RedFlags.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RedFlags.Evaluation;
using RedFlags.Rules;
using RedFlags.Testing;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// The compiled urgency path gives exactly what the urgency program and the three-valued interpreter give, so that
/// which one runs is a matter of speed only.
/// </summary>
public class UrgencyCompilerTests
{
    // Compiled per test-class instance, never in a static initialiser: mutation testing switches mutants per test,
    // and code run once by a static initialiser would escape it.
    private readonly Lazy<EvaluationPlan> _catalogue = new(() => new EvaluationPlan(DefaultCatalogue.RuleSet));
    private readonly Lazy<Func<FactReader, Urgency>?> _compiledCatalogue;
    private readonly Lazy<EvaluationPlan> _large = new(() => new EvaluationPlan(LargeRuleSet()));
    private readonly Lazy<Func<FactReader, Urgency>?> _compiledLarge;

    public UrgencyCompilerTests()
    {
        _compiledCatalogue = new(() => _catalogue.Value.CompileUrgency());
        _compiledLarge = new(() => _large.Value.CompileUrgency());
    }

    [Fact]
    public void DefaultCatalogue_IsCompiledWhereCodeCanBeCompiled()
        => Assert.Equal(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled, _compiledCatalogue.Value is not null);

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void DefaultCatalogue_CompiledUrgency_EqualsTheProgramAndTheInterpreter(ValidPresentation patient)
        => AssertAllPathsAgree(_catalogue.Value, _compiledCatalogue.Value!, patient.Value);

    [Fact]
    public void Evaluator_SwitchesToCompiledCodeAfterAThousandCalls_WithoutChangingAnyUrgency()
    {
        var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
        var patients = RedFlagsArbitraries.ValidPresentationGenerator().Sample(1500, 30).ToArray();
        var expected = patients.Select(p => evaluator.Assess(p).Urgency).ToArray();
        Assert.False(evaluator.UsesCompiledUrgency);

        var interpreted = patients.Take(999).Select(evaluator.AssessUrgency).ToArray();
        Assert.False(evaluator.UsesCompiledUrgency);
        var compiled = patients.Skip(999).Select(evaluator.AssessUrgency).ToArray();

        Assert.True(evaluator.UsesCompiledUrgency);
        Assert.Equal(expected, interpreted.Concat(compiled));
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 300)]
    public void GeneratedRuleSetWithoutNegation_CompiledUrgency_EqualsTheProgramAndTheInterpreter(ValidPresentation patient)
    {
        // Several presentations per generated set, so that compiling does not dominate the run.
        var sets = RuleSetArbitraries.RuleSetGenerator(allowNegation: false).Sample(3, 20);
        foreach (var set in sets)
        {
            var plan = new EvaluationPlan(set.Value);
            AssertAllPathsAgree(plan, plan.CompileUrgency()!, patient.Value);
        }
    }

    [Fact]
    public void RuleSetWithNegation_IsNotCompiled()
    {
        var plan = new EvaluationPlan(FactReadingTests.SingleRule(Criterion.Not(Criterion.Present(Finding.Fever))));
        Assert.Null(plan.UrgencyOnly);
        Assert.Null(plan.CompileUrgency());
    }

    [Fact]
    public void RuleLargerThanAChunk_KeepsTheProgram()
    {
        var criteria = Enumerable.Range(0, (UrgencyCompiler.ChunkNodes / 2) + 1)
            .Select(i => Criterion.AllOf(Criterion.Present(Finding.Fever), Criterion.AtLeast(Quantity.AgeYears, i % 120)));
        var plan = new EvaluationPlan(FactReadingTests.SingleRule(Criterion.AnyOf(criteria.ToArray())));
        Assert.True(plan.NodeCountOf(0) > UrgencyCompiler.ChunkNodes);
        Assert.NotNull(plan.UrgencyOnly);
        Assert.Null(plan.CompileUrgency());
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 300)]
    public void LargeRuleSet_CompiledInChunks_EqualsTheProgramAndTheInterpreter(ValidPresentation patient)
        => AssertAllPathsAgree(_large.Value, _compiledLarge.Value!, patient.Value);

    [Fact]
    public void LargeRuleSet_SpansSeveralChunksAndRefersAcrossThem()
    {
        var nodes = Enumerable.Range(0, _large.Value.Rules.Length).Sum(_large.Value.NodeCountOf);
        Assert.True(nodes > 3 * UrgencyCompiler.ChunkNodes, $"{nodes} nodes");
        Assert.NotNull(_compiledLarge.Value);
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

    private static void AssertAllPathsAgree(EvaluationPlan plan, Func<FactReader, Urgency> compiledUrgency, PatientPresentation patient)
    {
        var facts = new FactReader(patient);
        var interpreted = plan.EvaluateUrgency(facts, new Truth[plan.Rules.Length]);
        var program = plan.UrgencyOnly!.Evaluate(facts, new ulong[plan.UrgencyOnly.WordCount]);
        var compiled = compiledUrgency(facts);
        Assert.Equal(interpreted, program);
        Assert.Equal(interpreted, compiled);
    }
}
