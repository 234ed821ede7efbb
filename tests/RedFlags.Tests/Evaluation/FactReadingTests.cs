using RedFlags.Tests.Support;
using RedFlags.Rules;
using RedFlags.Testing;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Evaluation;

/// <summary>Every finding and every number is read from its own field (the default catalogue does not read them all).</summary>
public class FactReadingTests
{
    public static TheoryData<Finding> Findings() => new(Vocabulary.AllFindings.ToArray());

    public static TheoryData<Quantity> Quantities() => new(Vocabulary.AllQuantities.ToArray());

    [Theory]
    [MemberData(nameof(Findings))]
    public void Read_Finding_ComesFromItsField(Finding finding)
    {
        var evaluator = new RedFlagEvaluator(SingleRule(Criterion.Present(finding)));
        var unknown = Sparse(null).WithFinding(finding, Presence.Unknown);
        Assert.Equal(Urgency.Urgent, evaluator.AssessUrgency(unknown.WithFinding(finding, Presence.Present)));
        Assert.Equal(Urgency.Routine, evaluator.AssessUrgency(unknown.WithFinding(finding, Presence.Absent)));
        Assert.Equal(Urgency.Routine, evaluator.AssessUrgency(unknown));
        Assert.Contains(Vocabulary.Name(finding), evaluator.Assess(unknown).Questions.Select(q => q.Name));
    }

    [Theory]
    [MemberData(nameof(Quantities))]
    public void Read_Quantity_ComesFromItsFieldAndIsComparedWithTheThreshold(Quantity quantity)
    {
        var (minimum, maximum) = Vocabulary.Range(quantity);
        var threshold = quantity == Quantity.TemperatureCelsius ? 38 : Math.Round(minimum + ((maximum - minimum) / 2));
        var evaluator = new RedFlagEvaluator(SingleRule(Criterion.AtLeast(quantity, threshold)));
        var p = Sparse(null);
        Assert.Equal(Urgency.Urgent, evaluator.AssessUrgency(p.WithQuantity(quantity, threshold)));
        Assert.Equal(Urgency.Routine, evaluator.AssessUrgency(p.WithQuantity(quantity, threshold - 1)));
        Assert.Equal(Urgency.Routine, evaluator.AssessUrgency(p.WithQuantity(quantity, null)));
        var fact = evaluator.Assess(p.WithQuantity(quantity, threshold)).Conditions.Single().Flags.Single().Facts.Single();
        Assert.Equal(Vocabulary.Name(quantity), fact.Name);
    }

    [Fact]
    public void Quantity_DateOfBirthAndOnsetDate_GiveAgeAndDuration()
    {
        var age = new RedFlagEvaluator(SingleRule(Criterion.AtLeast(Quantity.AgeYears, 50)));
        var duration = new RedFlagEvaluator(SingleRule(Criterion.GreaterThan(Quantity.PainDurationDays, 30)));
        var p = Sparse(null);
        Assert.Equal(Urgency.Urgent, age.AssessUrgency(p with { DateOfBirth = new CalendarDate(1976, 11, 24) }));
        Assert.Equal(Urgency.Routine, age.AssessUrgency(p with { DateOfBirth = new CalendarDate(1976, 11, 25) }));
        Assert.Equal(Urgency.Urgent, duration.AssessUrgency(p with { Pain = new PainFeatures { OnsetDate = Today.AddDays(-31) } }));
        Assert.Equal(Urgency.Routine, duration.AssessUrgency(p with { Pain = new PainFeatures { OnsetDate = Today.AddDays(-30) } }));
    }

    [Theory]
    [InlineData(Comparison.AtLeast, 50, true)]
    [InlineData(Comparison.AtLeast, 49, false)]
    [InlineData(Comparison.GreaterThan, 51, true)]
    [InlineData(Comparison.GreaterThan, 50, false)]
    [InlineData(Comparison.AtMost, 50, true)]
    [InlineData(Comparison.AtMost, 51, false)]
    [InlineData(Comparison.LessThan, 49, true)]
    [InlineData(Comparison.LessThan, 50, false)]
    public void Comparison_ValueEitherSideOfTheThreshold_HoldsOnlyOnItsSide(Comparison comparison, int age, bool fires)
    {
        var evaluator = new RedFlagEvaluator(SingleRule(new QuantityCriterion(Quantity.AgeYears, comparison, 50)));
        Assert.Equal(fires ? Urgency.Urgent : Urgency.Routine, evaluator.AssessUrgency(Sparse(age)));
        Assert.Equal(fires ? Urgency.Urgent : Urgency.Routine, evaluator.Assess(Sparse(age)).Urgency);
    }

    [Fact]
    public void Evaluate_MoreRulesThanFitOnTheStack_GivesTheSameResults()
    {
        var rules = Enumerable.Range(0, 700).Select(i => Rule($"X-{i:D4}", i % 2 == 0 ? Criterion.Present(Finding.Fever) : Criterion.AllOf(Criterion.Flag($"X-{i - 1:D4}"), Criterion.AtLeast(Quantity.AgeYears, 60)), i == 699 ? Urgency.Emergency : Urgency.Soon)).ToArray();
        var evaluator = new RedFlagEvaluator(RuleSet.Create("big", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation));
        var feverish = Sparse(70).WithFinding(Finding.Fever, Presence.Present);
        Assert.Equal(Urgency.Emergency, evaluator.AssessUrgency(feverish));
        Assert.Equal(700, evaluator.Assess(feverish).Conditions.Single().Flags.Count);
        Assert.Equal(Urgency.Soon, evaluator.AssessUrgency(Sparse(50).WithFinding(Finding.Fever, Presence.Present)));
        Assert.Equal(Urgency.Routine, evaluator.AssessUrgency(Sparse(70).WithFinding(Finding.Fever, Presence.Absent)));
    }

    internal static RuleSet SingleRule(Criterion criterion)
        => RuleSet.Create("single", "1.0.0", [Rule("X-RULE", criterion, Urgency.Urgent)], [], DefaultCatalogue.RuleSet.DefaultRecommendation);

    private static RedFlagRule Rule(string id, Criterion criterion, Urgency urgency) => TestRules.Rule(id, criterion, urgency);
}
