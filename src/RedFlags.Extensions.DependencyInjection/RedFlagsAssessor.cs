using System;
using RedFlags.Internal;
using RedFlags.Rules;

namespace RedFlags;

/// <summary>Assesses presentations "now": fills in today's date from a <see cref="TimeProvider"/> and a default care
/// setting, then calls a <see cref="RedFlagEvaluator"/>.</summary>
/// <remarks>
/// <para>The core evaluator never reads a clock; this service is the one place where "today" comes in, through an
/// injectable <see cref="TimeProvider"/>, so tests can pin the date. Today is the calendar date of
/// <see cref="TimeProvider.GetLocalNow"/>, in the time provider's <see cref="TimeProvider.LocalTimeZone"/>.</para>
/// <para>A presentation that already has an assessment date keeps it; one that has a care setting keeps it.</para>
/// <para>This type is immutable and thread-safe: register it as a singleton (as
/// <see cref="RedFlagsServiceCollectionExtensions"/> does).</para>
/// </remarks>
public sealed class RedFlagsAssessor
{
    private readonly RedFlagEvaluator _evaluator;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an assessor.</summary>
    /// <param name="evaluator">The evaluator to call.</param>
    /// <param name="timeProvider">The source of today's date, for example <see cref="TimeProvider.System"/>.</param>
    /// <param name="defaultCareSetting">The care setting applied when a presentation leaves it unspecified.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="evaluator"/> or <paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="defaultCareSetting"/> is not a defined care setting.</exception>
    public RedFlagsAssessor(RedFlagEvaluator evaluator, TimeProvider timeProvider, CareSetting defaultCareSetting = CareSetting.Unspecified)
    {
        _evaluator = Arguments.NotNull(evaluator);
        _timeProvider = Arguments.NotNull(timeProvider);
        if (!Arguments.IsDefined(defaultCareSetting))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultCareSetting), defaultCareSetting, "The care setting is not defined.");
        }

        DefaultCareSetting = defaultCareSetting;
    }

    /// <summary>Gets the rule set the underlying evaluator applies.</summary>
    public RuleSet RuleSet => _evaluator.RuleSet;

    /// <summary>Gets the care setting applied when a presentation leaves it unspecified.</summary>
    public CareSetting DefaultCareSetting { get; }

    /// <summary>Returns today's date in the time provider's local time zone.</summary>
    /// <returns>The calendar date of <see cref="TimeProvider.GetLocalNow"/>.</returns>
    public CalendarDate GetToday() => CalendarDate.FromDateTime(_timeProvider.GetLocalNow().DateTime);

    /// <summary>Returns the presentation exactly as it will be assessed: today's date when it has no assessment date,
    /// and the default care setting when its care setting is unspecified.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>The completed presentation; the same instance when nothing needed filling in.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    public PatientPresentation ApplyDefaults(PatientPresentation presentation)
    {
        Arguments.NotNull(presentation);
        var missingDate = presentation.AssessmentDate == default;
        var missingSetting = presentation.CareSetting == CareSetting.Unspecified && DefaultCareSetting != CareSetting.Unspecified;
        if (!missingDate && !missingSetting)
        {
            return presentation;
        }

        return presentation with
        {
            AssessmentDate = missingDate ? GetToday() : presentation.AssessmentDate,
            CareSetting = missingSetting ? DefaultCareSetting : presentation.CareSetting,
        };
    }

    /// <summary>Assesses a presentation with today's date and the default care setting filled in where missing.</summary>
    /// <param name="presentation">The presentation, usually without an assessment date.</param>
    /// <returns>The explained assessment.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the completed presentation is invalid; it lists every problem.</exception>
    public Assessment Assess(PatientPresentation presentation) => _evaluator.Assess(ApplyDefaults(presentation));

    /// <summary>Returns only the overall urgency of a presentation, with today's date and the default care setting
    /// filled in where missing.</summary>
    /// <param name="presentation">The presentation, usually without an assessment date.</param>
    /// <returns>The highest urgency of any fired flag, or <see cref="Urgency.Routine"/> when none fires.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the completed presentation is invalid; it lists every problem.</exception>
    public Urgency AssessUrgency(PatientPresentation presentation) => _evaluator.AssessUrgency(ApplyDefaults(presentation));
}
