using FsCheck.Xunit;
using RedFlags.Testing;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Evaluation;

/// <summary>Issue #18 item 7: patient advice is the deciding pathway's advice plus one safety-net, never contradicts
/// itself, and never warns about a feature the patient already has.</summary>
public class PatientAdviceTests
{
    private const string SafetyNetStart = "Go to an emergency department straight away if you notice ";

    [Fact]
    public void Assess_CancerWithNightPain_GivesTheDecidingAdviceAndOneSafetyNetOnly()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.PersonalHistoryOfCancer, Finding.NightPain) with { AgeYears = 62 });

        Assert.Equal("MAL-MSCC-PAIN", a.DecidingRuleId);
        Assert.Equal([a.Recommendation.PatientAdvice, SafetyNetStart + "numbness around your bottom or genitals, difficulty passing urine, loss of bladder or bowel control, or weakness in your legs."], a.PatientAdvice);
        Assert.DoesNotContain(a.PatientAdvice, advice => advice.Contains("do not need a scan", StringComparison.Ordinal));
        Assert.DoesNotContain(a.PatientAdvice, advice => advice.Contains("worse at night", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_NoFlag_GivesTheDefaultAdviceThenTheSafetyNet()
    {
        var a = Evaluator.Assess(NothingFound());

        Assert.Equal(2, a.PatientAdvice.Count);
        Assert.Equal(DefaultCatalogue.RuleSet.DefaultRecommendation.PatientAdvice, a.PatientAdvice[0]);
        Assert.StartsWith(SafetyNetStart, a.PatientAdvice[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_Emergency_GivesOnlyTheEmergencyAdvice()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.SaddleNumbness, Finding.NeurologicalSymptomsRecent));

        Assert.Equal(Urgency.Emergency, a.Urgency);
        Assert.Equal([a.Recommendation.PatientAdvice], a.PatientAdvice);
    }

    [Fact]
    public void Assess_LegWeaknessAlreadyPresent_SafetyNetWatchesForItGettingWorse()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.LegWeakness));

        var safetyNet = a.PatientAdvice[^1];
        Assert.EndsWith("or your leg weakness getting worse.", safetyNet, StringComparison.Ordinal);
        Assert.DoesNotContain("weakness in your legs", safetyNet, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_LongStandingBladderAndSaddleChange_SafetyNetDoesNotWarnAboutThem()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.SaddleNumbness, Finding.UrinaryIncontinence));

        Assert.True(a.Urgency < Urgency.Emergency);
        Assert.Equal(SafetyNetStart + "difficulty passing urine or weakness in your legs.", a.PatientAdvice[^1]);
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 300)]
    public void Assess_ValidPresentation_AdviceIsTheDecidingPathwaysThenAtMostOneSafetyNet(ValidPresentation patient)
    {
        var a = Evaluator.Assess(patient.Value);

        Assert.Equal(a.Recommendation.PatientAdvice, a.PatientAdvice[0]);
        Assert.InRange(a.PatientAdvice.Count, 1, 2);
        Assert.Equal(a.Urgency < Urgency.Emergency, a.PatientAdvice.Count == 2);
        Assert.All(a.PatientAdvice.Skip(1), advice => Assert.StartsWith(SafetyNetStart, advice, StringComparison.Ordinal));
    }
}
