using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Catalogue;

/// <summary>Issue #18 item 2, brief §13.2: sudden severe central spinal pain in fragile bones, even without a fall
/// (a cough, a lift), calls for fracture imaging soon (FRX-SUDDEN-ONSET).</summary>
public class SuddenOnsetFractureTests
{
    public static TheoryData<string, Func<PatientPresentation, PatientPresentation>> FragileBones => new()
    {
        { "osteoporosis", p => p.With(Finding.Osteoporosis) },
        { "previous fragility fracture", p => p.With(Finding.PreviousFragilityFracture) },
        { "age 70", p => p.With(Quantity.AgeYears, 70) },
    };

    [Theory]
    [MemberData(nameof(FragileBones))]
    public void Assess_SuddenSevereOnsetWithFragileBonesAndNoTrauma_IsFractureImagingSoon(string risk, Func<PatientPresentation, PatientPresentation> withRisk)
    {
        var p = withRisk(NothingFound().With(Finding.SuddenSevereOnset));

        var a = Evaluator.Assess(p);

        Assert.True(a.FiredRuleIds().Contains("FRX-SUDDEN-ONSET"), risk);
        Assert.Equal(Urgency.Soon, a.Urgency);
        Assert.Contains(RedFlags.Rules.Investigation.SpinalImagingForFracture, a.Investigations);
        Assert.Equal(TraumaSeverity.None, p.History.Trauma);
    }

    [Fact]
    public void Assess_SuddenSevereOnsetOnLongTermSteroids_FiresTheSuddenOnsetRule()
        => Assert.True(NothingFound().With(Finding.SuddenSevereOnset).With(Quantity.CorticosteroidDurationDays, 120).Fires("FRX-SUDDEN-ONSET"));

    [Fact]
    public void Assess_SuddenSevereOnsetInRobustBones_DoesNotFire()
        => Assert.False(NothingFound().With(Finding.SuddenSevereOnset).Fires("FRX-SUDDEN-ONSET"));

    [Fact]
    public void Assess_FragileBonesWithoutSuddenOnset_DoesNotFire()
        => Assert.False(NothingFound().With(Finding.Osteoporosis).Fires("FRX-SUDDEN-ONSET"));

    [Fact]
    public void Assess_SuddenOnsetInOsteoporosisWithLegWeakness_IsTheFractureEmergency()
    {
        // Brief §10 pathway 4: any fracture flag with a neurological deficit.
        var a = Evaluator.Assess(NothingFound().With(Finding.SuddenSevereOnset, Finding.Osteoporosis, Finding.LegWeakness));

        Assert.Equal(Urgency.Emergency, a.Urgency);
        Assert.Contains("FRX-NEURO-DEFICIT", a.FiredRuleIds());
    }

    [Fact]
    public void Assess_SuddenOnsetUnknownWithOsteoporosis_AsksAboutIt()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.Osteoporosis).With(Finding.SuddenSevereOnset, Presence.Unknown));

        Assert.Contains(a.Questions, q => q.Name == "suddenSevereOnset" && q.RuleIds.Contains("FRX-SUDDEN-ONSET"));
    }
}
