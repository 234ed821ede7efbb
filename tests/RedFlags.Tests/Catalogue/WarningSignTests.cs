using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Catalogue;

/// <summary>The thirteen warning signs of the patient guide this project started from, each with its own rule.</summary>
public class WarningSignTests
{
    [Fact]
    public void Assess_PainThatDoesNotImproveWithTimeRestOrTreatment_FiresNoImprovementAndRestPainRules()
    {
        var fired = Evaluator.Assess(Sparse().With(Finding.NoImprovementAfterFourWeeks, Finding.PainNotRelievedByRest)).FiredRuleIds();
        Assert.Contains("MAL-NO-IMPROVEMENT-4W", fired);
        Assert.Contains("MAL-REST-NIGHT-PAIN", fired);
    }

    [Fact]
    public void Assess_ConstantUnrelentingPain_FiresConstantPainRule()
        => Assert.Contains("MAL-CONSTANT-PAIN", Evaluator.Assess(Sparse().With(Finding.ConstantUnremittingPain)).FiredRuleIds());

    [Fact]
    public void Assess_PainAtNightOrWakingFromSleep_FiresRestNightPainRule()
        => Assert.Contains("MAL-REST-NIGHT-PAIN", Evaluator.Assess(Sparse().With(Finding.NightPain)).FiredRuleIds());

    [Fact]
    public void Assess_PainLocalisedToOneSpot_FiresLocalisedPainRule()
        => Assert.Contains("MAL-LOCALISED-PAIN", Evaluator.Assess(Sparse().With(Finding.LocalisedSpinalTenderness)).FiredRuleIds());

    [Fact]
    public void Assess_WorseningPain_FiresProgressivePainRule()
        => Assert.Contains("MAL-PROGRESSIVE-PAIN", Evaluator.Assess(Sparse().With(Finding.ProgressivePain)).FiredRuleIds());

    [Fact]
    public void Assess_UnexplainedInvoluntaryWeightLoss_FiresWeightLossRuleAndNeedsBloods()
    {
        var a = Evaluator.Assess(Sparse().With(Finding.UnexplainedWeightLoss));
        Assert.Contains("MAL-UNEXPLAINED-WEIGHT-LOSS", a.FiredRuleIds());
        Assert.Equal(Urgency.Soon, a.Urgency);
    }

    [Fact]
    public void Assess_Fatigue_FiresFatigueRule()
        => Assert.Contains("MAL-FATIGUE", Evaluator.Assess(Sparse().With(Finding.Fatigue)).FiredRuleIds());

    [Fact]
    public void Assess_Fever_FiresFeverRuleAndNeedsBloods()
    {
        var a = Evaluator.Assess(Sparse().With(Quantity.TemperatureCelsius, 38.4));
        Assert.Contains("INF-FEVER", a.FiredRuleIds());
        Assert.Equal(Urgency.Soon, a.Urgency);
    }

    [Fact]
    public void Assess_NightSweats_FiresNightSweatsRule()
        => Assert.Contains("MAL-NIGHT-SWEATS", Evaluator.Assess(Sparse().With(Finding.NightSweats)).FiredRuleIds());

    [Fact]
    public void Assess_NumbnessOrTinglingInTheLegsOrFeet_FiresSafetyNetAndNewInBothLegsUrgentDiscussion()
    {
        Assert.Contains("CES-SAFETY-NET", Evaluator.Assess(Sparse().With(Finding.NumbnessInOneLeg)).FiredRuleIds());
        var both = Evaluator.Assess(Sparse().With(Finding.NumbnessInBothLegs, Finding.NeurologicalSymptomsRecent));
        Assert.Contains("CES-BILATERAL-LEG", both.FiredRuleIds());
        Assert.Equal(Urgency.Urgent, both.Urgency);
    }

    [Fact]
    public void Assess_WeaknessInTheLegsOrFeet_FiresSafetyNetAndWhenProgressiveAnEmergency()
    {
        Assert.Contains("CES-SAFETY-NET", Evaluator.Assess(Sparse().With(Finding.LegWeakness)).FiredRuleIds());
        var progressive = Evaluator.Assess(Sparse().With(Finding.ProgressiveLegWeakness));
        Assert.Contains("CES-PROGRESSIVE-NEURO", progressive.FiredRuleIds());
        Assert.Equal(Urgency.Emergency, progressive.Urgency);
    }

    [Fact]
    public void Assess_ProblemsWithBladderOrBowelControl_AreAnEmergencyAndWithCancerSpinalCordCompression()
    {
        Assert.Equal(Urgency.Emergency, Evaluator.Assess(Sparse().With(Finding.UrinaryIncontinence)).Urgency);
        Assert.Equal(Urgency.Emergency, Evaluator.Assess(Sparse().With(Finding.FaecalIncontinence)).Urgency);
        var withCancer = Evaluator.Assess(Sparse().With(Finding.PersonalHistoryOfCancer, Finding.UrinaryRetention));
        Assert.Contains("MAL-MSCC-NEURO", withCancer.FiredRuleIds());
        Assert.Equal(Urgency.Emergency, withCancer.Urgency);
    }

    [Theory]
    [InlineData(CancerSite.Lung)]
    [InlineData(CancerSite.Breast)]
    [InlineData(CancerSite.Prostate)]
    public void Assess_HistoryOfCancerEspeciallyLungBreastOrProstate_FiresHistoryAndHighRiskPrimaryRules(CancerSite site)
    {
        var p = Sparse();
        p = p with { History = p.History with { Cancers = [new CancerHistory { PrimarySite = site }] } };
        var fired = Evaluator.Assess(p).FiredRuleIds();
        Assert.Contains("MAL-HISTORY-OF-CANCER", fired);
        Assert.Contains("MAL-HIGH-RISK-PRIMARY", fired);
    }
}
