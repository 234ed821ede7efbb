using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace RedFlags.Testing;

/// <summary>FsCheck arbitraries for property-based tests of rule sets: valid presentations biased toward realistic and borderline values, invalid ones with the error each must produce.</summary>
/// <example>
/// <code>
/// [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
/// public void MyRules_NeverLowerAnEmergency(ValidPresentation patient) { ... }
/// </code>
/// </example>
public static class RedFlagsArbitraries
{
    /// <summary>The assessment date every generated presentation uses.</summary>
    public static readonly CalendarDate AssessmentDate = new(2026, 11, 24);

    /// <summary>Gets valid presentations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ValidPresentation> ValidPresentations() => ValidPresentationGenerator().Select(p => new ValidPresentation(p)).ToArbitrary();

    /// <summary>Gets invalid presentations, each with the error code it must produce.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InvalidPresentation> InvalidPresentations() => InvalidPresentationGenerator().ToArbitrary();

    /// <summary>A generator of valid presentations: every independent finding unknown, absent or present (unknown most often), realistic numbers with extra weight on rule thresholds, 0 to 2 cancers.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PatientPresentation> ValidPresentationGenerator()
    {
        var findings = PresentationExtensions.IndependentFindings.ToArray();
        // Real presentations have few positive findings: each case draws its own rate of "present" (0 to 12 in 100)
        // so that every urgency level, not just emergencies, is well represented.
        var presences = Gen.Elements(0, 0, 1, 1, 2, 3, 5, 8, 12).SelectMany(rate => Gen.ArrayOf(PresenceGenerator(rate), findings.Length));
        var numbers = Gen.ArrayOf(Gen.Choose(0, 1000), 12);
        var enums = Gen.ArrayOf(Gen.Choose(0, 9), 5);
        var cancers = Gen.Choose(0, 2).SelectMany(count => Gen.ArrayOf(CancerGenerator(), count));
        return presences.SelectMany(
            p => numbers.SelectMany(
                n => enums.SelectMany(
                    e => cancers.Select(c => Build(findings, p, n, e, c)))));
    }

    /// <summary>A generator of presences: unknown half the time, present <paramref name="presentPerHundred"/> times in 100, otherwise absent.</summary>
    /// <param name="presentPerHundred">How often a finding is present, 0 to 50 in 100.</param>
    /// <returns>The generator.</returns>
    public static Gen<Presence> PresenceGenerator(int presentPerHundred = 20) => Gen.Frequency(
        (50, Gen.Constant(Presence.Unknown)),
        (Math.Max(0, 50 - presentPerHundred), Gen.Constant(Presence.Absent)),
        (Math.Clamp(presentPerHundred, 0, 50), Gen.Constant(Presence.Present)));

    /// <summary>A generator of invalid presentations, each with one defect and the code it must produce.</summary>
    /// <returns>The generator.</returns>
    public static Gen<InvalidPresentation> InvalidPresentationGenerator()
    {
        var defects = new (string Code, Func<PatientPresentation, int, PatientPresentation> Break)[]
        {
            (ErrorCodes.AssessmentDateMissing, (p, _) => p with { AssessmentDate = default }),
            (ErrorCodes.AgeOutOfRange, (p, n) => p with { AgeYears = 131 + n, DateOfBirth = null }),
            (ErrorCodes.AgeOutOfRange, (p, n) => p with { AgeYears = -1 - n, DateOfBirth = null }),
            (ErrorCodes.DateAfterAssessment, (p, n) => p with { Pain = p.Pain with { OnsetDate = AssessmentDate.AddDays(1 + n), DurationDays = null } }),
            (ErrorCodes.TemperatureOutOfRange, (p, n) => p with { Systemic = p.Systemic with { TemperatureCelsius = 45.1 + n } }),
            (ErrorCodes.NumberNotFinite, (p, _) => p with { Labs = p.Labs with { CrpMilligramsPerLitre = double.NaN } }),
            (ErrorCodes.ValueOutOfRange, (p, n) => p with { Examination = p.Examination with { PostVoidResidualMillilitres = -1 - n } }),
            (ErrorCodes.ValueOutOfRange, (p, n) => p with { Systemic = p.Systemic with { WeightLossKilograms = -0.5 - n } }),
            (ErrorCodes.UndefinedValue, (p, n) => p with { Neurology = p.Neurology with { SaddleNumbnessOrTingling = (Presence)(3 + n) } }),
            (ErrorCodes.OnsetAndDurationBothGiven, (p, n) => p with { Pain = p.Pain with { OnsetDate = AssessmentDate.AddDays(-n), DurationDays = n } }),
            (ErrorCodes.CancerHistoryContradiction, (p, _) => p with { History = p.History with { PersonalHistoryOfCancer = Presence.Absent, Cancers = [new CancerHistory { PrimarySite = CancerSite.Breast }] } }),
            (ErrorCodes.CorticosteroidContradiction, (p, n) => p with { History = p.History with { CorticosteroidUse = Presence.Absent, CorticosteroidDurationDays = 1 + n } }),
        };
        return ValidPresentationGenerator().SelectMany(
            p => Gen.Elements(defects).SelectMany(
                d => Gen.Choose(0, 50).Select(n => new InvalidPresentation(d.Break(p, n), d.Code))));
    }

    private static Gen<CancerHistory> CancerGenerator()
        => Gen.Elements(Enum.GetValues<CancerSite>()).SelectMany(
            site => PresenceGenerator(30).Select(metastatic => new CancerHistory { PrimarySite = site, Metastatic = metastatic }));

    // Numbers sit mostly in their usual ranges and sometimes at the catalogue's thresholds (ages 49-51, 59-61, 69-71;
    // 38 °C; ESR 20; PVR 200; 90 days) so that generated cases straddle them; all stay inside the valid ranges.
    private static PatientPresentation Build(Finding[] findings, Presence[] presences, int[] n, int[] e, CancerHistory[] cancers)
    {
        var p = new PatientPresentation { AssessmentDate = AssessmentDate };
        for (var i = 0; i < findings.Length; i++)
        {
            p = p.WithFinding(findings[i], presences[i]);
        }

        p = p with
        {
            AgeYears = n[0] % 10 == 0 ? null : Around(n[0], 16, 100, [49, 50, 51, 59, 60, 61, 69, 70, 71]),
            Sex = (Sex)(e[0] % 4),
            CareSetting = (CareSetting)(e[1] % 5),
        };

        // Leg weakness, leg symptoms and trauma share a field each; the rarer (more serious) values are drawn less often.
        p = p.WithFinding(e[2] == 9 ? Finding.ProgressiveLegWeakness : Finding.LegWeakness, e[2] < 4 ? Presence.Unknown : e[2] < 7 ? Presence.Absent : Presence.Present)
            .WithFinding(e[3] == 9 ? Finding.LegSymptomsInBothLegs : Finding.LegSymptomsInOneLeg, e[3] < 4 ? Presence.Unknown : e[3] < 6 ? Presence.Absent : Presence.Present)
            .WithFinding(e[4] == 9 ? Finding.HighEnergyTrauma : Finding.LowEnergyTrauma, e[4] < 4 ? Presence.Unknown : e[4] < 7 ? Presence.Absent : Presence.Present);
        p = p.WithQuantity(Quantity.PainDurationDays, n[1] % 4 == 0 ? null : Around(n[1], 0, 400, [29, 30, 31]))
            .WithQuantity(Quantity.TemperatureCelsius, n[2] % 3 == 0 ? null : Around(n[2], 360, 376, [379, 380, 381, 385, 395]) / 10.0)
            .WithQuantity(Quantity.EsrMillimetresPerHour, n[3] % 3 == 0 ? null : Around(n[3], 0, 18, [19, 20, 21, 45]))
            .WithQuantity(Quantity.PostVoidResidualMillilitres, n[4] % 2 == 0 ? null : Around(n[4], 0, 150, [199, 200, 201, 450]))
            .WithQuantity(Quantity.WeightLossKilograms, n[5] % 3 == 0 ? null : n[5] % 15)
            .WithQuantity(Quantity.CrpMilligramsPerLitre, n[6] % 3 == 0 ? null : n[6] % 200);
        if (p.History.CorticosteroidUse != Presence.Absent && n[7] % 3 != 0)
        {
            p = p.WithQuantity(Quantity.CorticosteroidDurationDays, Around(n[7], 0, 60, [89, 90, 91, 365]));
        }

        if (cancers.Length > 0 && p.History.PersonalHistoryOfCancer != Presence.Absent)
        {
            p = p with { History = p.History with { Cancers = cancers } };
        }

        return p;
    }

    // Mostly a value in the usual range; one time in six a value at or beside a rule threshold (or clearly past it).
    private static int Around(int seed, int minimum, int maximum, int[] thresholds)
        => seed % 6 == 0 ? thresholds[(seed / 6) % thresholds.Length] : minimum + (seed % (maximum - minimum + 1));
}
