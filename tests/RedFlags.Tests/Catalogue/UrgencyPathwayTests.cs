using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Catalogue;

/// <summary>One scenario per urgency pathway of evidence brief §10: the overall urgency and the rule that names the action.</summary>
public class UrgencyPathwayTests
{
    [Fact]
    public void Pathway01_NewSaddleNumbness_IsCaudaEquinaEmergency()
    {
        var a = Evaluator.Assess(Sparse().With(Finding.SaddleNumbness, Finding.NeurologicalSymptomsRecent));
        AssertPathway(a, Urgency.Emergency, "CES-SADDLE-SENSORY");
        Assert.Contains(RedFlags.Rules.Investigation.MriLumbosacralSpine, a.Investigations);
        Assert.Contains("4 hours", a.Recommendation.Timeframe, StringComparison.Ordinal);
    }

    [Fact]
    public void Pathway02_KnownCancerWithLegWeakness_IsOncologicalEmergency()
    {
        var a = Evaluator.Assess(Sparse(62).With(Finding.PersonalHistoryOfCancer).With(Finding.LegWeakness));
        AssertPathway(a, Urgency.Emergency, "MAL-MSCC-NEURO");
        Assert.Contains("MSCC coordinator immediately", a.Recommendation.Action, StringComparison.Ordinal);
        Assert.Contains(RedFlags.Rules.Investigation.MriWholeSpine, a.Investigations);
    }

    [Fact]
    public void Pathway03_FeverWithInjectingDrugUse_IsSameDayInfectionEmergency()
    {
        var a = Evaluator.Assess(Sparse().With(Finding.Fever, Finding.InjectingDrugUse));
        AssertPathway(a, Urgency.Emergency, "INF-RISK-COMBINATION");
        Assert.Contains(RedFlags.Rules.Investigation.BloodCultures, a.Investigations);
    }

    [Fact]
    public void Pathway04_HighEnergyTrauma_IsEmergencyTraumaPathway()
        => AssertPathway(Evaluator.Assess(Sparse().With(Finding.HighEnergyTrauma)), Urgency.Emergency, "FRX-HIGH-ENERGY-TRAUMA");

    [Fact]
    public void Pathway05_KnownCancerWithNightPainAndNoNeurology_IsUrgentMsccContact()
    {
        var p = NothingFound().With(Finding.PersonalHistoryOfCancer, Presence.Present).With(Finding.NightPain);
        var a = Evaluator.Assess(p);
        AssertPathway(a, Urgency.Urgent, "MAL-MSCC-PAIN");
        Assert.Contains("within 24 hours", a.Recommendation.Timeframe, StringComparison.Ordinal);
        Assert.Contains("1 week", a.Recommendation.Timeframe, StringComparison.Ordinal);
    }

    [Fact]
    public void Pathway06_KnownCancerWithoutMsccPainFeatures_IsReviewWithinDays()
    {
        var p = NothingFound();
        p = p with { History = p.History with { PersonalHistoryOfCancer = Presence.Present, Cancers = [new CancerHistory { PrimarySite = CancerSite.Colorectal, Metastatic = Presence.Absent }] } };
        AssertPathway(Evaluator.Assess(p), Urgency.Soon, "MAL-HISTORY-OF-CANCER");
    }

    [Fact]
    public void Pathway07_SixtyFiveWithPersistentBackPain_IsMyelomaBloods()
    {
        var a = Evaluator.Assess(NothingFound().With(Quantity.AgeYears, 65).With(Finding.PersistentPain));
        AssertPathway(a, Urgency.Soon, "MAL-MYELOMA-NG12");
        Assert.Contains(RedFlags.Rules.Investigation.SerumFreeLightChains, a.Investigations);
    }

    [Fact]
    public void Pathway08_HypercalcaemiaWithPersistentBonePain_IsSuspectedCancerReferral()
        => AssertPathway(Evaluator.Assess(NothingFound().With(Finding.Hypercalcaemia, Finding.PersistentPain)), Urgency.Urgent, "MAL-MYELOMA-LABS");

    [Fact]
    public void Pathway09_SixtyTwoWithWeightLoss_IsUrgentAbdominalCt()
    {
        var a = Evaluator.Assess(NothingFound().With(Quantity.AgeYears, 62).With(Finding.UnexplainedWeightLoss));
        AssertPathway(a, Urgency.Urgent, "MAL-PANCREATIC-NG12");
        Assert.Contains(RedFlags.Rules.Investigation.CtAbdomen, a.Investigations);
    }

    [Fact]
    public void Pathway10_TwoCancerFlagsAtFiftyFive_IsUrgentWorkUp()
        => AssertPathway(
            Evaluator.Assess(NothingFound().With(Quantity.AgeYears, 55).With(Finding.UnexplainedWeightLoss, Finding.NoImprovementAfterFourWeeks)),
            Urgency.Urgent,
            "MAL-COMBINATION-50");

    [Fact]
    public void Pathway10_ClinicianSuspicion_IsUrgentWorkUp()
        => AssertPathway(Evaluator.Assess(NothingFound().With(Finding.ClinicianSuspectsCancer)), Urgency.Urgent, "MAL-CLINICIAN-SUSPICION");

    [Fact]
    public void Pathway11_LongTermSteroids_IsFractureImagingWithinDays()
    {
        var a = Evaluator.Assess(NothingFound().With(Quantity.CorticosteroidDurationDays, 120));
        AssertPathway(a, Urgency.Soon, "FRX-CORTICOSTEROID");
        Assert.Contains(RedFlags.Rules.Investigation.SpinalImagingForFracture, a.Investigations);
    }

    [Fact]
    public void Pathway12_OnlyLowValueFlags_IsRoutineWithoutImaging()
    {
        var a = Evaluator.Assess(NothingFound().With(Quantity.AgeYears, 55).With(Quantity.PainDurationDays, 45).With(Finding.NightPain));
        Assert.Equal(Urgency.Routine, a.Urgency);
        Assert.NotNull(a.DecidingRuleId);
        Assert.Contains("No imaging", a.Recommendation.Action, StringComparison.Ordinal);
        Assert.Empty(a.Investigations);
    }

    [Fact]
    public void Pathway13_NoRedFlags_IsRoutineWithTheDefaultRecommendation()
    {
        var a = Evaluator.Assess(NothingFound());
        Assert.Equal(Urgency.Routine, a.Urgency);
        Assert.Null(a.DecidingRuleId);
        Assert.Equal(DefaultCatalogue.RuleSet.DefaultRecommendation, a.Recommendation);
        Assert.Empty(a.Conditions);
    }

    private static void AssertPathway(Assessment assessment, Urgency urgency, string decidingRule)
    {
        Assert.Equal(urgency, assessment.Urgency);
        Assert.Equal(decidingRule, assessment.DecidingRuleId);
        Assert.Equal(urgency, assessment.Recommendation.Urgency);
    }
}
