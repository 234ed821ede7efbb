using RedFlags.Testing;

namespace RedFlags.Tests.Support;

/// <summary>Builds presentations for tests: a base patient and a way to set any finding or quantity.</summary>
internal static class Patients
{
    public static readonly CalendarDate Today = new(2026, 11, 24);

    public static RedFlagEvaluator Evaluator { get; } = new(DefaultCatalogue.RuleSet);

    /// <summary>An adult in primary care with nothing else known.</summary>
    public static PatientPresentation Sparse(int? age = 40) => new()
    {
        AssessmentDate = Today,
        AgeYears = age,
        CareSetting = CareSetting.PrimaryCare,
    };

    /// <summary>A 40-year-old man in primary care with every finding asked and absent, and normal numbers.</summary>
    public static PatientPresentation NothingFound()
    {
        var p = Sparse(40) with { Sex = Sex.Male };
        foreach (var finding in Vocabulary.AllFindings)
        {
            if (finding is Finding.Female or Finding.Male or Finding.PersonalHistoryOfCancer or Finding.HighRiskPrimaryCancer or Finding.MetastaticCancer)
            {
                continue;
            }

            p = p.With(finding, Presence.Absent);
        }

        return p with
        {
            History = p.History with { PersonalHistoryOfCancer = Presence.Absent, CorticosteroidDurationDays = 0 },
            Pain = p.Pain with { DurationDays = 10, Lumbar = Presence.Present },
            Systemic = p.Systemic with { TemperatureCelsius = 36.8 },
            Labs = p.Labs with { EsrMillimetresPerHour = 8 },
            Examination = p.Examination with { PostVoidResidualMillilitres = 20 },
        };
    }

    public static PatientPresentation With(this PatientPresentation p, params Finding[] present)
    {
        foreach (var finding in present)
        {
            p = p.With(finding, Presence.Present);
        }

        return p;
    }

    public static PatientPresentation With(this PatientPresentation p, Finding finding, Presence value) => p.WithFinding(finding, value);

    public static PatientPresentation With(this PatientPresentation p, Quantity quantity, double? value) => p.WithQuantity(quantity, value);

    public static IReadOnlyList<string> FiredRuleIds(this Assessment assessment)
        => assessment.Conditions.SelectMany(c => c.Flags).Concat(assessment.ContributingFlags).Select(f => f.RuleId).OrderBy(id => id, StringComparer.Ordinal).ToArray();

    public static bool Fires(this PatientPresentation p, string ruleId) => Evaluator.Assess(p).FiredRuleIds().Contains(ruleId);
}
