using FsCheck.Xunit;
using RedFlags.Testing;

namespace RedFlags.Tests.Model;

/// <summary>
/// The evaluator validates with a fast check before the full one (a performance change of #7): it must reject exactly
/// what <see cref="PresentationValidator.Validate"/> rejects.
/// </summary>
public sealed class FastValidationTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    private static readonly Func<PatientPresentation, PatientPresentation>[] s_mutations =
    [
        p => p with { AgeYears = 131, DateOfBirth = null },
        p => p with { AgeYears = -1, DateOfBirth = null },
        p => p with { AgeYears = null, DateOfBirth = p.AssessmentDate.AddDays(1) },
        p => p with { AgeYears = null, DateOfBirth = p.AssessmentDate.AddDays(-(131 * 366)) },
        p => p with { AgeYears = 40, DateOfBirth = p.AssessmentDate.AddDays(-(60 * 365)) },
        p => p with { AgeYears = 59, DateOfBirth = new CalendarDate(1966, 11, 24) },
        p => p with { AgeYears = 60, DateOfBirth = new CalendarDate(1966, 11, 24) },
        p => p with { AssessmentDate = default },
        p => p with { Sex = (Sex)4 },
        p => p with { CareSetting = (CareSetting)(-1) },
        p => p with { Pain = p.Pain with { Thoracic = (Presence)3 } },
        p => p with { Pain = p.Pain with { Mechanical = (Presence)(-1) } },
        p => p with { Pain = p.Pain with { OnsetDate = p.AssessmentDate.AddDays(2), DurationDays = null } },
        p => p with { Pain = p.Pain with { OnsetDate = p.AssessmentDate.AddDays(-2), DurationDays = 2 } },
        p => p with { Pain = p.Pain with { OnsetDate = null, DurationDays = 36_501 } },
        p => p with { Pain = p.Pain with { OnsetDate = null, DurationDays = -3 } },
        p => p with { History = p.History with { PersonalHistoryOfCancer = Presence.Absent, Cancers = [new CancerHistory { PrimarySite = CancerSite.Lung }] } },
        p => p with { History = p.History with { PersonalHistoryOfCancer = Presence.Absent, Cancers = [new CancerHistory { PrimarySite = CancerSite.NonMelanomaSkin }] } },
        p => p with { History = p.History with { Cancers = [new CancerHistory { PrimarySite = (CancerSite)11 }] } },
        p => p with { History = p.History with { Cancers = [new CancerHistory { Metastatic = (Presence)5 }] } },
        p => p with { History = p.History with { Cancers = [new CancerHistory { DiagnosisDate = p.AssessmentDate.AddDays(1) }] } },
        p => p with { History = p.History with { CorticosteroidUse = Presence.Absent, CorticosteroidDurationDays = 10 } },
        p => p with { History = p.History with { CorticosteroidUse = Presence.Absent, CorticosteroidDurationDays = 0 } },
        p => p with { History = p.History with { CorticosteroidDurationDays = 40_000 } },
        p => p with { History = p.History with { Trauma = (TraumaSeverity)4 } },
        p => p with { History = p.History with { IndwellingVascularCatheter = (Presence)3 } },
        p => p with { Systemic = p.Systemic with { TemperatureCelsius = 50 } },
        p => p with { Systemic = p.Systemic with { TemperatureCelsius = double.NaN } },
        p => p with { Systemic = p.Systemic with { TemperatureCelsius = 45 } },
        p => p with { Systemic = p.Systemic with { WeightLossKilograms = double.PositiveInfinity } },
        p => p with { Systemic = p.Systemic with { WeightLossKilograms = 301 } },
        p => p with { Systemic = p.Systemic with { WeightLossPeriodWeeks = 521 } },
        p => p with { Systemic = p.Systemic with { Fatigue = (Presence)3 } },
        p => p with { Neurology = p.Neurology with { LegWeakness = (LegWeakness)4 } },
        p => p with { Neurology = p.Neurology with { LegSymptoms = (LegSymptomSide)(-2) } },
        p => p with { Neurology = p.Neurology with { BeganOrWorsenedWithin14Days = (Presence)3 } },
        p => p with { Examination = p.Examination with { PostVoidResidualMillilitres = -1 } },
        p => p with { Examination = p.Examination with { ReducedAnalTone = (Presence)9 } },
        p => p with { Labs = p.Labs with { EsrMillimetresPerHour = 201 } },
        p => p with { Labs = p.Labs with { PlasmaViscosityMillipascalSeconds = double.NaN } },
        p => p with { Labs = p.Labs with { AdjustedCalciumMillimolesPerLitre = 10 } },
        p => p with { Labs = p.Labs with { MyelomaScreenAbnormal = (Presence)3 } },
    ];

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 300)]
    public void AssessUrgency_MutatedValidPresentation_ThrowsExactlyWhenTheValidatorRejects(ValidPresentation patient)
    {
        var rejected = 0;
        foreach (var mutation in s_mutations)
        {
            var presentation = mutation(patient.Value);
            var valid = PresentationValidator.Validate(presentation).IsValid;
            var threw = Record.Exception(() => s_evaluator.AssessUrgency(presentation)) is RedFlagsValidationException;
            Assert.Equal(!valid, threw);
            rejected += valid ? 0 : 1;
        }

        // Most mutations break the presentation, so both sides of the comparison are exercised on every case.
        Assert.True(rejected > s_mutations.Length - 8, $"only {rejected} of {s_mutations.Length} mutations were rejected");
    }
}
