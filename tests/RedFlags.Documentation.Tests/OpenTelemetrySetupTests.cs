using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace RedFlags.Documentation.Tests;

/// <summary>Issue #22, "a host sees logs, metrics and traces from RedFlags with the standard OpenTelemetry setup":
/// the setup of docs/dependency-injection.md, run with OpenTelemetry's in-memory exporter in place of OTLP (the only
/// change), sees every signal RedFlags emits.</summary>
public sealed class OpenTelemetrySetupTests
{
    private static readonly PatientPresentation s_saddleNumbness = new()
    {
        AssessmentDate = new CalendarDate(2026, 3, 2),
        AgeYears = 58,
        Neurology = new NeurologicalFeatures { SaddleNumbnessOrTingling = Presence.Present },
    };

    [Fact]
    public async Task DocumentedSetup_OneAssessment_ExportsTheSpanTheMetricsAndTheLogs()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var logs = new List<LogRecord>();

        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddRedFlags();
        builder.Services.AddOpenTelemetry()
            .WithMetrics(m => m.AddMeter(RedFlagsTelemetry.MeterName).AddInMemoryExporter(metrics))
            .WithTracing(t => t.AddSource(RedFlagsTelemetry.ActivitySourceName).AddInMemoryExporter(spans));
        builder.Logging.AddOpenTelemetry(l => l.AddInMemoryExporter(logs));

        using (var host = builder.Build())
        {
            await host.StartAsync();
            var assessment = host.Services.GetRequiredService<RedFlagsAssessor>().Assess(s_saddleNumbness);
            Assert.Equal(Urgency.Emergency, assessment.Urgency);

            // Metrics are exported on the reader's schedule; a flush exports them now.
            Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush());
            await host.StopAsync();
        }

        var span = Assert.Single(spans, s => s.Source.Name == RedFlagsTelemetry.ActivitySourceName);
        Assert.Equal("redflags.assess", span.OperationName);
        Assert.Equal("emergency", span.GetTagItem("redflags.urgency"));
        Assert.StartsWith("sha256:", (string?)span.GetTagItem("redflags.rule_set.fingerprint"), StringComparison.Ordinal);

        Assert.Contains(metrics, m => m.Name == RedFlagsTelemetry.AssessmentsCounterName);
        Assert.Contains(metrics, m => m.Name == RedFlagsTelemetry.DurationHistogramName);
        Assert.Contains(logs, l => l.CategoryName == RedFlagsTelemetry.LogCategory && l.EventId.Name == "RuleSetLoaded");
    }
}
