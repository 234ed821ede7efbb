using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RedFlags.CdsHooks.Internal;

/// <summary>The service's meter and activity source (one meter per service provider, from <see cref="IMeterFactory"/>).</summary>
internal sealed class CdsHooksMetrics
{
    public static readonly ActivitySource ActivitySource = new(CdsHooksTelemetry.ActivitySourceName);

    private readonly Counter<long> _calls;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _assessments;
    private readonly Counter<long> _feedback;
    private readonly Histogram<double> _duration;

    public CdsHooksMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(CdsHooksTelemetry.MeterName);
        _calls = meter.CreateCounter<long>("redflags.cdshooks.calls", "{call}", "CDS Hooks calls (hooks and feedback) by service and HTTP status.");
        _refused = meter.CreateCounter<long>("redflags.cdshooks.refused", "{call}", "CDS Hooks calls refused with 401 (token) or 412 (data).");
        _assessments = meter.CreateCounter<long>("redflags.cdshooks.assessments", "{assessment}", "Assessments made by hook calls, by urgency.");
        _feedback = meter.CreateCounter<long>("redflags.cdshooks.feedback", "{item}", "Feedback items received, by outcome.");
        _duration = meter.CreateHistogram<double>("redflags.cdshooks.duration", "s", "Time to answer a CDS Hooks call.");
    }

    public void Call(string service, int status, double seconds)
    {
        var tags = new TagList { { "cds_hooks.service", service }, { "http.response.status_code", status } };
        _calls.Add(1, tags);
        _duration.Record(seconds, tags);
        if (status is 401 or 412)
        {
            _refused.Add(1, tags);
        }
    }

    public void Assessment(string service, Urgency urgency) =>
        _assessments.Add(1, new TagList { { "cds_hooks.service", service }, { "redflags.urgency", urgency.ToString() } });

    public void Feedback(string service, CdsFeedbackOutcome outcome) =>
        _feedback.Add(1, new TagList { { "cds_hooks.service", service }, { "cds_hooks.outcome", outcome.ToString() } });
}
