using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Catalogue;

/// <summary>Issue #18 item 4 (brief §13.2): flags of low value alone stay low. Failure to improve after four weeks
/// only contributes; bilateral leg symptoms escalate only when new or worsening, or with bladder, bowel, saddle or
/// sexual change; long-standing ones get the cauda equina safety-net.</summary>
public class LowValueFlagTests
{
    [Fact]
    public void Assess_NoImprovementAfterFourWeeksAlone_IsRoutineAndOnlyContributes()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.NoImprovementAfterFourWeeks));

        Assert.Equal(Urgency.Routine, a.Urgency);
        Assert.Empty(a.Conditions);
        Assert.Contains(a.ContributingFlags, f => f.RuleId == "MAL-NO-IMPROVEMENT-4W");
    }

    [Fact]
    public void Assess_NoImprovementWithWeightLossAt55_StillCountsInTheCombination()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.NoImprovementAfterFourWeeks, Finding.UnexplainedWeightLoss) with { AgeYears = 55 });

        Assert.Equal(Urgency.Urgent, a.Urgency);
        Assert.Contains("MAL-COMBINATION-50", a.FiredRuleIds());
    }

    [Fact]
    public void Assess_LongStandingBilateralLegSymptomsWithNormalNeurology_GetTheSafetyNetNotAnUrgentPathway()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.LegSymptomsInBothLegs).With(Finding.NeurologicalSymptomsRecent, Presence.Absent));

        Assert.Equal(Urgency.Routine, a.Urgency);
        Assert.Equal("CES-SAFETY-NET", a.DecidingRuleId);
        Assert.DoesNotContain("CES-BILATERAL-LEG", a.FiredRuleIds());
    }

    [Fact]
    public void Assess_BilateralLegSymptomsOfUnknownOnset_AskTheCourseInsteadOfEscalating()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.LegSymptomsInBothLegs).With(Finding.NeurologicalSymptomsRecent, Presence.Unknown));

        Assert.DoesNotContain("CES-BILATERAL-LEG", a.FiredRuleIds());
        var course = Assert.Single(a.Questions, q => q.Name == "neurologicalSymptomsRecent");
        Assert.Contains("CES-BILATERAL-LEG", course.RuleIds);
    }

    [Fact]
    public void Assess_NewBilateralLegSymptoms_AreAnUrgentSameDayDiscussion()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.LegSymptomsInBothLegs, Finding.NeurologicalSymptomsRecent));

        Assert.Equal(("CES-BILATERAL-LEG", Urgency.Urgent), (a.DecidingRuleId, a.Urgency));
    }

    [Theory]
    [InlineData(Finding.SexualDysfunction)]
    [InlineData(Finding.AlteredBladderSensation)]
    public void Assess_LongStandingBilateralLegSymptomsWithSphincterOrSexualChange_StillEscalate(Finding change)
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.LegSymptomsInBothLegs, change).With(Finding.NeurologicalSymptomsRecent, Presence.Absent));

        Assert.Contains("CES-BILATERAL-LEG", a.FiredRuleIds());
        Assert.True(a.Urgency >= Urgency.Urgent);
    }
}
