using Microsoft.Extensions.DependencyInjection;
using RedFlags.Rules;

namespace RedFlags.Extensions.DependencyInjection.Tests;

/// <summary>Presentations, rules and services shared by the tests.</summary>
internal static class TestData
{
    public static readonly CalendarDate Today = new(2026, 3, 2);

    public static ServiceProviderOptions StrictProvider { get; } = new() { ValidateOnBuild = true, ValidateScopes = true };

    /// <summary>A presentation that fires the default catalogue's MAL-HISTORY-OF-CANCER flag.</summary>
    public static PatientPresentation WithCancerHistory(CalendarDate date = default) => new()
    {
        AssessmentDate = date,
        AgeYears = 62,
        History = new MedicalHistory { PersonalHistoryOfCancer = Presence.Present },
    };

    /// <summary>A varied population: every combination of a few findings and ages.</summary>
    public static IReadOnlyList<PatientPresentation> Population()
    {
        var presences = new[] { Presence.Unknown, Presence.Absent, Presence.Present };
        var list = new List<PatientPresentation>();
        foreach (var age in new[] { 25, 49, 50, 71 })
        {
            foreach (var cancer in presences)
            {
                foreach (var saddle in presences)
                {
                    foreach (var weightLoss in presences)
                    {
                        list.Add(new PatientPresentation
                        {
                            AssessmentDate = Today,
                            AgeYears = age,
                            CareSetting = (CareSetting)(list.Count % 5),
                            History = new MedicalHistory { PersonalHistoryOfCancer = cancer },
                            Neurology = new NeurologicalFeatures { SaddleNumbnessOrTingling = saddle },
                            Systemic = new SystemicFeatures { UnexplainedWeightLoss = weightLoss },
                        });
                    }
                }
            }
        }

        return list;
    }

    /// <summary>A valid local rule that fires on unexplained weight loss.</summary>
    public static RedFlagRule LocalRule(string id, Urgency urgency = Urgency.Urgent) => new()
    {
        Id = id,
        Condition = SuspectedCondition.Malignancy,
        Title = "Local rule " + id,
        ClinicianText = "A local rule for the tests.",
        PatientText = "A local rule for the tests.",
        Criterion = Criterion.Present(Finding.UnexplainedWeightLoss),
        Recommendation = new Recommendation
        {
            Urgency = urgency,
            Action = "Review locally.",
            Timeframe = "Within a week.",
            Basis = "Local policy.",
            PatientAdvice = "We will review you.",
        },
        Evidence = [new EvidenceSource { Citation = "Local policy 2026", Tag = EvidenceTag.Verified }],
    };

    public static IEnumerable<string> FiredRuleIds(Assessment assessment)
        => assessment.Conditions.SelectMany(condition => condition.Flags).Concat(assessment.ContributingFlags).Select(flag => flag.RuleId);
}

/// <summary>A clock pinned to one instant, in a chosen local time zone.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset utcNow, TimeZoneInfo localTimeZone) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;

    public override TimeZoneInfo LocalTimeZone => localTimeZone;
}
