namespace RedFlags;

/// <summary>The names under which RedFlags reports logs, metrics and traces, for a host's OpenTelemetry setup.</summary>
/// <remarks>
/// <para>Metrics: <c>AddMeter(RedFlagsTelemetry.MeterName)</c>. Traces: <c>AddSource(RedFlagsTelemetry.ActivitySourceName)</c>.
/// Logs: the category <see cref="LogCategory"/>. Nothing is measured, traced or formatted while no listener is
/// attached.</para>
/// </remarks>
public static class RedFlagsTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: <c>RedFlags</c>.</summary>
    public const string MeterName = "RedFlags";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: <c>RedFlags</c>.</summary>
    public const string ActivitySourceName = "RedFlags";

    /// <summary>The log category of RedFlags' messages: <c>RedFlags</c>.</summary>
    public const string LogCategory = "RedFlags";

    /// <summary>The counter of assessments made, tagged with <see cref="UrgencyTag"/> and <see cref="RuleSetIdTag"/>: <c>redflags.assessments</c>.</summary>
    public const string AssessmentsCounterName = "redflags.assessments";

    /// <summary>The counter of validation errors of rejected presentations, one per error, tagged with
    /// <see cref="ErrorCodeTag"/> and <see cref="RuleSetIdTag"/>: <c>redflags.validation.errors</c>.</summary>
    public const string ValidationErrorsCounterName = "redflags.validation.errors";

    /// <summary>The histogram of the time an assessment takes, in seconds, tagged with <see cref="RuleSetIdTag"/>: <c>redflags.assessment.duration</c>.</summary>
    public const string DurationHistogramName = "redflags.assessment.duration";

    /// <summary>The name of the span of one assessment: <c>redflags.assess</c> (and <c>redflags.assess_urgency</c>).</summary>
    public const string AssessActivityName = "redflags.assess";

    /// <summary>The name of the span of one urgency-only assessment: <c>redflags.assess_urgency</c>.</summary>
    public const string AssessUrgencyActivityName = "redflags.assess_urgency";

    /// <summary>The tag with the urgency of an assessment, in lower case (<c>emergency</c>, <c>urgent</c>, <c>soon</c>, <c>routine</c>): <c>redflags.urgency</c>.</summary>
    public const string UrgencyTag = "redflags.urgency";

    /// <summary>The tag with the error code of a validation error, for example <c>RF1002</c>: <c>redflags.error.code</c>.</summary>
    public const string ErrorCodeTag = "redflags.error.code";

    /// <summary>The tag with the id of the rule set used: <c>redflags.rule_set.id</c>.</summary>
    public const string RuleSetIdTag = "redflags.rule_set.id";

    /// <summary>The tag with the version of the rule set used (spans only): <c>redflags.rule_set.version</c>.</summary>
    public const string RuleSetVersionTag = "redflags.rule_set.version";

    /// <summary>The tag with the SHA-256 fingerprint of the rule set used, as <c>sha256:&lt;hex&gt;</c> (spans only): <c>redflags.rule_set.fingerprint</c>.</summary>
    public const string RuleSetFingerprintTag = "redflags.rule_set.fingerprint";
}
