using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace RedFlags.CdsHooks.Tests;

/// <summary>The meter, the activity source and the health check, observed as a host's telemetry would observe them.</summary>
public sealed class TelemetryTests : SignedCallTests
{

    private async Task<HttpStatusCode> CallAsync(PatientRecord patient, string? hookInstance = null, bool withToken = true)
    {
        var request = HookRequests.PatientView(patient, patient.Prefetch());
        if (hookInstance is not null)
        {
            request["hookInstance"] = hookInstance;
        }

        using var response = await ServiceHost.PostAsync(Server, CdsHooksServiceIds.PatientView, request,
            withToken ? Signer.Token(ServiceHost.Audience(Server, CdsHooksServiceIds.PatientView)) : null);
        return response.StatusCode;
    }

    [Fact]
    public async Task Meter_CallsAndA401_AreCountedByStatusAndUrgencyWithTheirDuration()
    {
        var factory = Server.Services.GetRequiredService<IMeterFactory>();
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Meter.Name == CdsHooksTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            lock (measurements)
            {
                measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        }

        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        listener.Start();

        Assert.Equal(HttpStatusCode.OK, await CallAsync(PatientRecord.Emergency()));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(PatientRecord.Emergency(), withToken: false));

        lock (measurements)
        {
            Assert.Contains(measurements, m => m.Instrument == "redflags.cdshooks.calls" && (int)m.Tags["http.response.status_code"]! == 200);
            Assert.Contains(measurements, m => m.Instrument == "redflags.cdshooks.refused" && (int)m.Tags["http.response.status_code"]! == 401);
            Assert.Contains(measurements, m => m.Instrument == "redflags.cdshooks.assessments" && (string)m.Tags["redflags.urgency"]! == nameof(Urgency.Emergency));
            Assert.Equal(2, measurements.Count(m => m.Instrument == "redflags.cdshooks.duration" && m.Value >= 0));
        }
    }

    [Fact]
    public async Task ActivitySource_PatientView_SpanCarriesTheRuleSetAndTheUrgency()
    {
        var hookInstance = Guid.NewGuid().ToString();
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CdsHooksTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (stopped)
                {
                    stopped.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        Assert.Equal(HttpStatusCode.OK, await CallAsync(PatientRecord.Emergency(), hookInstance));

        Activity span;
        lock (stopped)
        {
            span = Assert.Single(stopped, a => (string?)a.GetTagItem("cds_hooks.hook_instance") == hookInstance);
        }

        var ruleSet = DefaultCatalogue.RuleSet;
        Assert.Equal(ruleSet.Id, span.GetTagItem("redflags.rule_set.id"));
        Assert.Equal(ruleSet.Fingerprint, span.GetTagItem("redflags.rule_set.fingerprint"));
        Assert.Equal(nameof(Urgency.Emergency), span.GetTagItem("redflags.urgency"));
        Assert.Equal("patient-view", span.GetTagItem("cds_hooks.hook"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
    }

    [Theory]
    [InlineData(false, "Healthy")]
    [InlineData(true, "Degraded")]
    public async Task HealthCheck_Mapped_ReportsTheServiceState(bool anonymous, string expected)
    {
        await using var server = await LoopbackServer.StartAsync(
            services => services.AddRedFlagsCdsHooks(o =>
            {
                o.AllowAnonymousForDevelopment = anonymous;
                var issuer = new CdsHooksIssuer { Issuer = EhrSigner.Issuer };
                issuer.JsonWebKeys.Add(Signer.RsaPublicJwk);
                o.Issuers.Add(issuer);
            }),
            app =>
            {
                app.MapRedFlagsCdsHooks();
                app.MapHealthChecks("/health");
            });

        using var response = await server.Client.GetAsync("health");

        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }
}
