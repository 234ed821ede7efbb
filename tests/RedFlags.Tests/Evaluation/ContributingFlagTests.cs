using RedFlags.Rules;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Evaluation;

/// <summary>Issue #18 item 8: flags that only feed combinations (female sex, age 50 or over, pain for more than a
/// month, ...) are listed under a condition another flag made, and never make a condition of their own.</summary>
public class ContributingFlagTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    [Theory]
    [InlineData("MAL-AGE-50")]
    [InlineData("MAL-DURATION-GT-1M")]
    [InlineData("FRX-FEMALE")]
    [InlineData("FRX-AGE-70")]
    [InlineData("INF-IMMUNOSUPPRESSION")]
    public void DefaultCatalogue_LowValueFlag_OnlyContributes(string ruleId)
    {
        Assert.True(DefaultCatalogue.RuleSet.TryGetRule(ruleId, out var rule));
        Assert.True(rule!.ContributesOnly);
        Assert.Equal(Urgency.Routine, rule.Recommendation.Urgency);
    }

    [Fact]
    public void DefaultCatalogue_CaudaEquinaSafetyNet_StandsForItsCondition()
    {
        Assert.True(DefaultCatalogue.RuleSet.TryGetRule("CES-SAFETY-NET", out var rule));
        Assert.False(rule!.ContributesOnly);
    }

    [Fact]
    public void Assess_WomanOf72WithNothingElse_ListsNoConditionAndIsDecidedByTheLowValuePathway()
    {
        var assessment = s_evaluator.Assess(NothingFound() with { AgeYears = 72, Sex = Sex.Female });

        Assert.Empty(assessment.Conditions);
        Assert.Equal(Urgency.Routine, assessment.Urgency);
        Assert.NotNull(assessment.DecidingRuleId);
        Assert.True(DefaultCatalogue.RuleSet.TryGetRule(assessment.DecidingRuleId!, out var deciding));
        Assert.True(deciding!.ContributesOnly);
    }

    [Fact]
    public void Assess_WeightLossAt55_ListsAgeAsContributingAfterTheConditionsOwnFlag()
    {
        var assessment = s_evaluator.Assess(NothingFound().With(Finding.UnexplainedWeightLoss) with { AgeYears = 55 });

        var malignancy = Assert.Single(assessment.Conditions, c => c.Condition == SuspectedCondition.Malignancy);
        Assert.False(malignancy.Flags[0].ContributesOnly);
        var age = Assert.Single(malignancy.Flags, f => f.RuleId == "MAL-AGE-50");
        Assert.True(age.ContributesOnly);
        Assert.Equal(malignancy.Flags.OrderBy(f => f.ContributesOnly), malignancy.Flags);
    }

    [Fact]
    public void Assess_LegSymptomsAt55_IsDecidedByTheSafetyNetNotByAge()
    {
        var assessment = s_evaluator.Assess(NothingFound().With(Finding.NumbnessInOneLeg) with { AgeYears = 55 });

        Assert.Equal("CES-SAFETY-NET", assessment.DecidingRuleId);
        Assert.Equal([SuspectedCondition.CaudaEquinaSyndrome], assessment.Conditions.Select(c => c.Condition));
    }

    [Fact]
    public void Validate_ContributingRuleAboveRoutine_IsRejected()
    {
        var rule = TestRules.Rule("TEST-A", Criterion.Present(Finding.Fever), Urgency.Urgent) with { ContributesOnly = true };

        var error = Assert.Single(RuleSet.Validate("test", "1.0.0", [rule], [], DefaultCatalogue.RuleSet.DefaultRecommendation).Errors);

        Assert.Equal((ErrorCodes.ContributingRuleNotRoutine, "rules[0].contributesOnly"), (error.Code, error.Path));
    }

    [Fact]
    public void Fingerprint_RuleMarkedContributing_Differs()
    {
        var rule = TestRules.Rule("TEST-A", Criterion.Present(Finding.Fever), Urgency.Routine);

        var plain = RuleSet.Create("test", "1.0.0", [rule], [], DefaultCatalogue.RuleSet.DefaultRecommendation);
        var contributing = RuleSet.Create("test", "1.0.0", [rule with { ContributesOnly = true }], [], DefaultCatalogue.RuleSet.DefaultRecommendation);

        Assert.NotEqual(plain.Fingerprint, contributing.Fingerprint);
    }
}
