using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Catalogue;

/// <summary>Issue #18 item 3, brief §13.2: cord or cauda equina compression with features suggesting cancer, but no
/// cancer diagnosis, raises metastatic spinal cord compression as well as cauda equina syndrome, and the deciding
/// action names the MSCC pathway (NG234: "known or suspected cancer").</summary>
public class SuspectedCancerCompressionTests
{
    public static TheoryData<string, Func<PatientPresentation, PatientPresentation>> CancerFeatures => new()
    {
        { "weight loss", p => p.With(Finding.UnexplainedWeightLoss) },
        { "night pain", p => p.With(Finding.NightPain) },
        { "thoracic pain", p => p.With(Finding.ThoracicPain) },
        { "progressive pain", p => p.With(Finding.ProgressivePain) },
        { "age 50", p => p.With(Quantity.AgeYears, 50) },
    };

    [Theory]
    [MemberData(nameof(CancerFeatures))]
    public void Assess_NewSaddleNumbnessWithACancerFeature_RaisesMsccAndCesAndNamesBothPathways(string feature, Func<PatientPresentation, PatientPresentation> withFeature)
    {
        var a = Evaluator.Assess(withFeature(NothingFound().With(Finding.SaddleNumbness, Finding.NeurologicalSymptomsRecent)));

        Assert.Equal(Urgency.Emergency, a.Urgency);
        Assert.True(a.DecidingRuleId == "MAL-MSCC-SUSPECTED", feature);
        Assert.Contains(a.Conditions, c => c.Condition == SuspectedCondition.MetastaticSpinalCordCompression);
        Assert.Contains(a.Conditions, c => c.Condition == SuspectedCondition.CaudaEquinaSyndrome);
        Assert.Contains("MSCC coordinator now", a.Recommendation.Action, StringComparison.Ordinal);
        Assert.Contains("cauda equina pathway", a.Recommendation.Action, StringComparison.Ordinal);
        Assert.Contains(RedFlags.Rules.Investigation.MriWholeSpine, a.Investigations);
        Assert.Contains(RedFlags.Rules.Investigation.MriLumbosacralSpine, a.Investigations);
    }

    [Fact]
    public void Assess_NewSaddleNumbnessWithoutCancerFeatures_StaysTheCaudaEquinaPathway()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.SaddleNumbness, Finding.NeurologicalSymptomsRecent));

        Assert.Equal("CES-SADDLE-SENSORY", a.DecidingRuleId);
        Assert.DoesNotContain(a.Conditions, c => c.Condition == SuspectedCondition.MetastaticSpinalCordCompression);
    }

    [Fact]
    public void Assess_KnownCancerWithNewBladderChange_DecidingActionNamesBothPathways()
    {
        // Issue #18 item 9 (second ordering): cancer and cauda equina symptoms get the CES MRI within 4 hours and the MSCC coordinator now.
        var a = Evaluator.Assess(NothingFound().With(Finding.PersonalHistoryOfCancer, Presence.Present).With(Finding.UrinaryRetention, Finding.NeurologicalSymptomsRecent));

        Assert.Equal("MAL-MSCC-SUSPECTED", a.DecidingRuleId);
        Assert.Contains("within 4 hours", a.Recommendation.Timeframe, StringComparison.Ordinal);
        Assert.Contains("MSCC coordinator now", a.Recommendation.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_LongStandingGaitChangeAt60_DoesNotFireTheSuspectedCancerCompressionRule()
    {
        var p = NothingFound().With(Quantity.AgeYears, 60).With(Finding.GaitDisturbance);

        Assert.False(p.Fires("MAL-MSCC-SUSPECTED"));
    }

    [Fact]
    public void Assess_OneLegNumbnessAt60_DoesNotFireTheSuspectedCancerCompressionRule()
        => Assert.False(NothingFound().With(Quantity.AgeYears, 60).With(Finding.NumbnessInOneLeg, Finding.NeurologicalSymptomsRecent).Fires("MAL-MSCC-SUSPECTED"));
}
