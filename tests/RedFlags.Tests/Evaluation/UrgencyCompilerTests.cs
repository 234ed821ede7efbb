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
    private static readonly EvaluationPlan s_catalogue = new(DefaultCatalogue.RuleSet);
    private static readonly Func<FactReader, Urgency>? s_compiledCatalogue = s_catalogue.CompileUrgency();

    public static TheoryData<Finding> Findings() => new(Vocabulary.AllFindings.ToArray());

    public static TheoryData<Quantity> Quantities() => new(Vocabulary.AllQuantities.ToArray());

    [Fact]
    public void DefaultCatalogue_IsCompiledWhereCodeCanBeCompiled()
        => Assert.Equal(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled, s_compiledCatalogue is not null);

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void DefaultCatalogue_CompiledUrgency_EqualsTheProgramAndTheInterpreter(ValidPresentation patient)
        => AssertAllPathsAgree(s_catalogue, s_compiledCatalogue!, patient.Value);

    [Fact]
    public void Evaluator_SwitchesToCompiledCodeAfterAThousandCalls_WithoutChangingAnyUrgency()
    {
        var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
        var patients = RedFlagsArbitraries.ValidPresentationGenerator().Sample(1500, 30).ToArray();
        var expected = patients.Select(p => evaluator.Assess(p).Urgency).ToArray();
        Assert.False(evaluator.UsesCompiledUrgency);

        var actual = patients.Select(evaluator.AssessUrgency).ToArray();

        Assert.True(evaluator.UsesCompiledUrgency);
        Assert.Equal(expected, actual);
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
    public void RuleSetLargerThanTheLimit_KeepsTheProgram()
    {
        var criteria = Enumerable.Range(0, (UrgencyCompiler.MaximumNodes / 2) + 1)
            .Select(i => Criterion.AllOf(Criterion.Present(Finding.Fever), Criterion.AtLeast(Quantity.AgeYears, i % 120)));
        var plan = new EvaluationPlan(FactReadingTests.SingleRule(Criterion.AnyOf(criteria.ToArray())));
        Assert.True(plan.NodeCount > UrgencyCompiler.MaximumNodes);
        Assert.NotNull(plan.UrgencyOnly);
        Assert.Null(plan.CompileUrgency());
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void FindingExpression_ReadsWhatTheFactReaderReads(Finding finding)
    {
        if (FactExpressions.For(finding) is not { } expression)
        {
            return;
        }

        var read = expression.Compile();
        foreach (var patient in RedFlagsArbitraries.ValidPresentationGenerator().Sample(200, 30))
        {
            foreach (var value in new[] { Presence.Unknown, Presence.Absent, Presence.Present })
            {
                var p = patient.WithFinding(finding, value);
                Assert.Equal(new FactReader(p).Read(finding), read(p));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Quantities))]
    public void QuantityExpression_ReadsWhatTheFactReaderReads(Quantity quantity)
    {
        var read = FactExpressions.For(quantity).Compile();
        var (minimum, maximum) = Vocabulary.Range(quantity);
        foreach (var patient in RedFlagsArbitraries.ValidPresentationGenerator().Sample(200, 30))
        {
            foreach (var value in new double?[] { null, minimum, maximum })
            {
                var facts = new FactReader(patient.WithQuantity(quantity, value));
                Assert.Equal(facts.Read(quantity), read(facts));
            }

            var asGenerated = new FactReader(patient);
            Assert.Equal(asGenerated.Read(quantity), read(asGenerated));
        }
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
