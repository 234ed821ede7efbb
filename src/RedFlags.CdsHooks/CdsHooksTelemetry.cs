namespace RedFlags.CdsHooks;

/// <summary>
/// The names under which the service reports telemetry, for a host's OpenTelemetry or <c>dotnet-counters</c> set-up.
/// </summary>
/// <remarks>
/// Instruments of the meter: <c>redflags.cdshooks.calls</c> (hook and feedback calls by <c>cds_hooks.service</c> and
/// <c>http.response.status_code</c>), <c>redflags.cdshooks.refused</c> (the 401 and 412 among them),
/// <c>redflags.cdshooks.assessments</c> (by <c>redflags.urgency</c>), <c>redflags.cdshooks.feedback</c> (by
/// <c>cds_hooks.outcome</c>) and the histogram <c>redflags.cdshooks.duration</c> in seconds. Spans of the activity
/// source carry the service, the hook, the hook instance, the urgency and the rule set's id, version and fingerprint.
/// </remarks>
public static class CdsHooksTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string MeterName = "RedFlags.CdsHooks";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>.</summary>
    public const string ActivitySourceName = "RedFlags.CdsHooks";

    /// <summary>The name of the health check <c>AddRedFlagsCdsHooks</c> registers.</summary>
    public const string HealthCheckName = "redflags-cds-hooks";
}
