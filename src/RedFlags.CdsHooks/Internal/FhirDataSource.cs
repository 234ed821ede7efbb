using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bundle = Hl7.Fhir.Model.Bundle;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using Microsoft.Extensions.Options;

namespace RedFlags.CdsHooks.Internal;

/// <summary>
/// Gathers the FHIR data of a hook call: the prefetch the EHR sent, and what is missing from it read from the EHR's
/// FHIR server with its bearer token (Firely <see cref="FhirClient"/> over a factory <see cref="HttpClient"/> with
/// retries and a timeout). The token is used for these reads only: never logged or stored.
/// </summary>
internal sealed class FhirDataSource(IHttpClientFactory httpClients, IOptions<RedFlagsCdsHooksOptions> options)
{
    /// <summary>The name of the <see cref="HttpClient"/> the FHIR reads use (with the resilience handler).</summary>
    public const string HttpClientName = "RedFlags.CdsHooks.Fhir";

    /// <summary>The most pages read of one search; what lies beyond stays unknown to the assessment.</summary>
    public const int MaxPages = 20;

    /// <summary>The FHIR JSON texts of the patient's data, or null when some of it can be had neither way.</summary>
    public async Task<FhirData> GatherAsync(CdsHookRequest request, string patientId, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        var missing = new List<string>();
        var required = 0;
        foreach (var (key, template) in CdsServiceCatalog.Prefetch)
        {
            if (request.Prefetch is not null && request.Prefetch.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Object)
            {
                texts.Add(value.GetRawText());
                if (NextLink(value) is string next)
                {
                    // A prefetched search with more pages: the rest is read from the server.
                    missing.Add(next);
                    required += CdsServiceCatalog.IsOptional(key) ? 0 : 1;
                }
            }
            else
            {
                missing.Add(template.Replace(CdsServiceCatalog.PatientIdToken, Uri.EscapeDataString(patientId), StringComparison.Ordinal));
                required += CdsServiceCatalog.IsOptional(key) ? 0 : 1;
            }
        }

        if (missing.Count == 0)
        {
            return new FhirData(texts, 0, null);
        }

        if (!Uri.TryCreate(request.FhirServer, UriKind.Absolute, out var server) || (server.Scheme != Uri.UriSchemeHttps && server.Scheme != Uri.UriSchemeHttp))
        {
            // Only optional data missing (the questionnaire's answers): assess without it; otherwise 412.
            return required == 0 ? new FhirData(texts, 0, null) : new FhirData(null, missing.Count, "no usable fhirServer");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.FhirTimeout);
        var http = httpClients.CreateClient(HttpClientName);
        if (request.FhirAuthorization?.AccessToken is { Length: > 0 } token)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var client = new FhirClient(server, http, new FhirClientSettings { PreferredFormat = ResourceFormat.Json });
        try
        {
            var pages = await Task.WhenAll(missing.Select(query => ReadAllPagesAsync(client, query, timeout.Token))).ConfigureAwait(false);
            texts.AddRange(pages.SelectMany(p => p));
            return new FhirData(texts, pages.Sum(p => p.Count), null);
        }
        catch (Exception ex) when (ex is FhirOperationException or HttpRequestException or OperationCanceledException or FormatException or InvalidOperationException
            && !cancellationToken.IsCancellationRequested)
        {
            // The exception text may carry the server's reply but never the token; only its type is reported.
            return new FhirData(null, missing.Count, ex.GetType().Name);
        }
    }

    /// <summary>The <c>next</c> link of a prefetched search Bundle, if any.</summary>
    private static string? NextLink(JsonElement resource)
    {
        if (!resource.TryGetProperty("link", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return links.EnumerateArray()
            .Where(l => l.ValueKind == JsonValueKind.Object && l.TryGetProperty("relation", out var r) && r.ValueEquals("next") && l.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String)
            .Select(l => l.GetProperty("url").GetString())
            .FirstOrDefault(u => !string.IsNullOrEmpty(u));
    }

    /// <summary>A read, and for a search every page after it (following the <c>next</c> links, at most <see cref="MaxPages"/>).</summary>
    private static async Task<List<string>> ReadAllPagesAsync(FhirClient client, string query, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        var resource = await client.GetAsync(query, cancellationToken).ConfigureAwait(false);
        while (resource is not null)
        {
            texts.Add(resource.ToJson());
            if (resource is not Bundle bundle || texts.Count >= MaxPages)
            {
                break;
            }

            resource = await client.ContinueAsync(bundle, PageDirection.Next, cancellationToken).ConfigureAwait(false);
        }

        return texts;
    }
}

/// <summary>The FHIR JSON texts gathered for a hook call (null when incomplete), how many reads the server served, and why not.</summary>
internal sealed record FhirData(IReadOnlyList<string>? Texts, int Fetched, string? Failure);
