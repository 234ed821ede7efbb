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
/// <para>This type is thread-safe: register it as a singleton (as <see cref="RedFlagsServiceCollectionExtensions"/>
/// does). The one that <c>AddRedFlags</c> registers applies the rule set in use at each assessment, so it follows
/// reloads of the options, and reports each assessment to RedFlags' metrics, traces and logs (see
/// <see cref="RedFlagsTelemetry"/>).</para>
/// </remarks>
public sealed class RedFlagsAssessor
{
    private readonly AssessorState? _fixed;
    private readonly RuleSetMonitor? _monitor;
    private readonly TimeProvider _timeProvider;
    private readonly AssessmentTelemetry? _telemetry;

    /// <summary>Creates an assessor.</summary>
    /// <param name="evaluator">The evaluator to call.</param>
    /// <param name="timeProvider">The source of today's date, for example <see cref="TimeProvider.System"/>.</param>
    /// <param name="defaultCareSetting">The care setting applied when a presentation leaves it unspecified.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="evaluator"/> or <paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="defaultCareSetting"/> is not a defined care setting.</exception>
    public RedFlagsAssessor(RedFlagEvaluator evaluator, TimeProvider timeProvider, CareSetting defaultCareSetting = CareSetting.Unspecified)
    {
        Arguments.NotNull(evaluator);
        _timeProvider = Arguments.NotNull(timeProvider);
        if (!Arguments.IsDefined(defaultCareSetting))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultCareSetting), defaultCareSetting, "The care setting is not defined.");
        }

        _fixed = new AssessorState(evaluator, defaultCareSetting);
    }

    /// <summary>Creates the assessor that <c>AddRedFlags</c> registers: the rule set in use is read at each assessment,
    /// and assessments are measured, traced and logged.</summary>
    internal RedFlagsAssessor(RuleSetMonitor monitor, TimeProvider timeProvider, AssessmentTelemetry telemetry)
    {
        _monitor = monitor;
        _timeProvider = timeProvider;
        _telemetry = telemetry;
    }

    /// <summary>Gets the rule set in use: the one the next assessment applies (after a reload of the options, the new one).</summary>
    public RuleSet RuleSet => Current.Evaluator.RuleSet;

    /// <summary>Gets the care setting applied when a presentation leaves it unspecified.</summary>
    public CareSetting DefaultCareSetting => Current.DefaultCareSetting;

    private AssessorState Current => _monitor?.Current ?? _fixed!;

    /// <summary>Returns today's date in the time provider's local time zone.</summary>
    /// <returns>The calendar date of <see cref="TimeProvider.GetLocalNow"/>.</returns>
    public CalendarDate GetToday() => CalendarDate.FromDateTime(_timeProvider.GetLocalNow().DateTime);

    /// <summary>Returns the presentation exactly as it will be assessed: today's date when it has no assessment date,
    /// and the default care setting when its care setting is unspecified.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>The completed presentation; the same instance when nothing needed filling in.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    public PatientPresentation ApplyDefaults(PatientPresentation presentation) => ApplyDefaults(presentation, Current.DefaultCareSetting);

    /// <summary>Assesses a presentation with today's date and the default care setting filled in where missing.</summary>
    /// <param name="presentation">The presentation, usually without an assessment date.</param>
    /// <returns>The explained assessment. Its <see cref="Assessment.RuleSet"/> names the rule set used, with its fingerprint.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the completed presentation is invalid; it lists every problem.</exception>
    public Assessment Assess(PatientPresentation presentation) =>
        Evaluate(presentation, RedFlagsTelemetry.AssessActivityName, static (evaluator, completed) => evaluator.Assess(completed), static assessment => assessment.Urgency);

    /// <summary>Assesses a presentation for screening, with today's date and the default care setting filled in where
    /// missing: the summary of <see cref="Assess"/>, made without the explanation (see <see cref="RedFlagEvaluator.Summarize"/>).
    /// Measured as an assessment (the <c>redflags.assess</c> span and the assessment metrics).</summary>
    /// <param name="presentation">The presentation, usually without an assessment date.</param>
    /// <returns>The summary. Its <see cref="AssessmentSummary.RuleSet"/> names the rule set used, with its fingerprint.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the completed presentation is invalid; it lists every problem.</exception>
    public AssessmentSummary Summarize(PatientPresentation presentation) =>
        Evaluate(presentation, RedFlagsTelemetry.AssessActivityName, static (evaluator, completed) => evaluator.Summarize(completed), static summary => summary.Urgency);

    /// <summary>Returns only the overall urgency of a presentation, with today's date and the default care setting
    /// filled in where missing.</summary>
    /// <param name="presentation">The presentation, usually without an assessment date.</param>
    /// <returns>The highest urgency of any fired flag, or <see cref="Urgency.Routine"/> when none fires.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the completed presentation is invalid; it lists every problem.</exception>
    public Urgency AssessUrgency(PatientPresentation presentation) =>
        Evaluate(presentation, RedFlagsTelemetry.AssessUrgencyActivityName, static (evaluator, completed) => evaluator.AssessUrgency(completed), static urgency => urgency);

    private T Evaluate<T>(PatientPresentation presentation, string activityName, Func<RedFlagEvaluator, PatientPresentation, T> evaluate, Func<T, Urgency> urgencyOf)
    {
        // One read of the state in use: the evaluator and the defaults of one rule set, never half of a reload.
        var state = Current;
        var completed = ApplyDefaults(presentation, state.DefaultCareSetting);
        return _telemetry is { IsActive: true } telemetry
            ? telemetry.Measure(state, completed, activityName, evaluate, urgencyOf)
            : evaluate(state.Evaluator, completed);
    }

    private PatientPresentation ApplyDefaults(PatientPresentation presentation, CareSetting defaultCareSetting)
    {
        Arguments.NotNull(presentation);
        var missingDate = presentation.AssessmentDate == default;
        var missingSetting = presentation.CareSetting == CareSetting.Unspecified && defaultCareSetting != CareSetting.Unspecified;
        if (!missingDate && !missingSetting)
        {
            return presentation;
        }

        return presentation with
        {
            AssessmentDate = missingDate ? GetToday() : presentation.AssessmentDate,
            CareSetting = missingSetting ? defaultCareSetting : presentation.CareSetting,
        };
    }
}
