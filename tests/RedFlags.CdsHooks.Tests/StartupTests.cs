using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RedFlags.CdsHooks.Tests;

/// <summary>What the service demands at start: issuers with keys, or the explicit anonymous development switch.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task MapRedFlagsCdsHooks_NoIssuerAndNotAnonymous_FailsAtStart()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServiceHost.StartAsync(_ => { }));

        Assert.Contains("AllowAnonymousForDevelopment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapRedFlagsCdsHooks_IssuerWithoutKeys_FailsAtStart()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => ServiceHost.StartAsync(o => o.Issuers.Add(new CdsHooksIssuer { Issuer = "https://ehr.example.org" })));
    }

    [Theory]
    [InlineData("not a key")]
    [InlineData("{\"kty\":\"oct\",\"kid\":\"hmac-1\",\"k\":\"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0\"}")]
    public async Task MapRedFlagsCdsHooks_ConfiguredKeyNotAnAsymmetricPublicKey_FailsAtStart(string jwk)
    {
        var issuer = new CdsHooksIssuer { Issuer = "https://ehr.example.org" };
        issuer.JsonWebKeys.Add(jwk);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServiceHost.StartAsync(o => o.Issuers.Add(issuer)));

        Assert.Contains("https://ehr.example.org", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://sandbox.cds-hooks.org", "https://sandbox.cds-hooks.org")]
    [InlineData("https://elsewhere.example.org", null)]
    public async Task CorsOrigins_Preflight_AllowsOnlyTheConfiguredOrigin(string origin, string? allowed)
    {
        await using var server = await LoopbackServer.StartAsync(
            services => services.AddRedFlagsCdsHooks(o =>
            {
                o.AllowAnonymousForDevelopment = true;
                o.CorsOrigins.Add("https://sandbox.cds-hooks.org");
            }),
            app =>
            {
                app.UseCors();
                app.MapRedFlagsCdsHooks();
            });
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "cds-services/" + CdsHooksServiceIds.PatientView);
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        using var response = await server.Client.SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null);
    }

    [Fact]
    public async Task AllowAnonymousForDevelopment_On_ServesWithoutTokenAndWarnsAtStart()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await LoopbackServer.StartAsync(
            services =>
            {
                services.AddLogging(l => l.AddProvider(logs));
                services.AddRedFlagsCdsHooks(o => o.AllowAnonymousForDevelopment = true);
            },
            app => app.MapRedFlagsCdsHooks());
        var patient = PatientRecord.Routine();

        using var response = await ServiceHost.PostAsync(server, CdsHooksServiceIds.PatientView, HookRequests.PatientView(patient, patient.Prefetch()), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("anonymous access is on", StringComparison.Ordinal));
    }
}

/// <summary>Keeps what was logged, for tests that check a warning is given.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToList();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner._entries)
            {
                owner._entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
