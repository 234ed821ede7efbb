using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace RedFlags.CdsHooks.Tests;

/// <summary>Starts the RedFlags CDS Hooks service on loopback, as a host application would, and calls it.</summary>
internal static class ServiceHost
{
    public static Task<LoopbackServer> StartAsync(Action<RedFlagsCdsHooksOptions> configure, Action<IServiceCollection>? more = null) => LoopbackServer.StartAsync(
        services =>
        {
            services.AddRedFlags(options => options.DefaultCareSetting = CareSetting.PrimaryCare);
            services.AddRedFlagsCdsHooks(configure);
            more?.Invoke(services);
        },
        app => app.MapRedFlagsCdsHooks());

    /// <summary>A service that trusts the signer's keys as configured JSON Web Keys.</summary>
    public static Task<LoopbackServer> StartTrustingAsync(EhrSigner signer, Action<IServiceCollection>? more = null) => StartAsync(
        options =>
        {
            var issuer = new CdsHooksIssuer { Issuer = EhrSigner.Issuer };
            issuer.JsonWebKeys.Add(signer.RsaPublicJwk);
            issuer.JsonWebKeys.Add(signer.EcPublicJwk);
            options.Issuers.Add(issuer);
        },
        more);

    /// <summary>The endpoint URL of a service: what the token's audience must be.</summary>
    public static string Audience(LoopbackServer server, string serviceId) => new Uri(server.Address, "cds-services/" + serviceId).AbsoluteUri;

    public static async Task<HttpResponseMessage> PostAsync(LoopbackServer server, string serviceId, JsonObject body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "cds-services/" + serviceId)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await server.Client.SendAsync(request);
    }

    /// <summary>A small FHIR server on loopback that answers reads and patient searches from the record, only with the expected bearer token.</summary>
    public static Task<LoopbackServer> StartFhirServerAsync(PatientRecord record, FhirServerLog log, string expectedToken = HookRequests.FhirToken) => LoopbackServer.StartAsync(
        _ => { },
        app =>
        {
            app.MapGet("/fhir/{type}/{id}", (string type, string id, HttpContext context) =>
                Answer(context, log, expectedToken, type == "Patient" && id == record.Id ? record.Resources["patient"] : null));
            app.MapGet("/fhir/{type}", (string type, HttpContext context) =>
            {
                var key = char.ToLowerInvariant(type[0]) + type[1..];
                var patient = context.Request.Query["patient"].ToString();
                var page = int.TryParse(context.Request.Query["_page"], out var n) ? n : 1;
                return Answer(context, log, expectedToken, patient == record.Id && record.Resources.TryGetValue(key, out var bundle) ? Page(context, bundle, page) : null);
            });
        });

    /// <summary>One entry per page, as a server with a small page size answers: page n, with a next link while more remain.</summary>
    private static JsonObject Page(HttpContext context, JsonObject bundle, int page)
    {
        var entries = bundle["entry"]?.AsArray() ?? [];
        var result = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "searchset", ["total"] = entries.Count };
        if (page <= entries.Count)
        {
            result["entry"] = new JsonArray(entries[page - 1]!.DeepClone());
        }

        if (page < entries.Count)
        {
            var next = context.Request.Scheme + "://" + context.Request.Host + context.Request.Path + "?patient=" + context.Request.Query["patient"] + "&_page=" + (page + 1);
            result["link"] = new JsonArray(new JsonObject { ["relation"] = "next", ["url"] = next });
        }

        return result;
    }

    private static IResult Answer(HttpContext context, FhirServerLog log, string expectedToken, JsonObject? resource)
    {
        var authorized = context.Request.Headers.Authorization.ToString() == "Bearer " + expectedToken;
        log.Record(context.Request.Path + context.Request.QueryString, authorized);
        if (!authorized)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        return resource is null ? Results.NotFound() : Results.Text(resource.ToJsonString(), "application/fhir+json");
    }
}

/// <summary>What the test FHIR server was asked, and whether each request carried the expected token.</summary>
internal sealed class FhirServerLog
{
    private readonly List<(string Request, bool Authorized)> _requests = [];

    public IReadOnlyList<(string Request, bool Authorized)> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public void Record(string request, bool authorized)
    {
        lock (_requests)
        {
            _requests.Add((request, authorized));
        }
    }
}
