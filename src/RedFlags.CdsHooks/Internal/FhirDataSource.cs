using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
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

    /// <summary>The FHIR JSON texts of the patient's data, or null when some of it can be had neither way.</summary>
    public async Task<FhirData> GatherAsync(CdsHookRequest request, string patientId, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        var missing = new List<string>();
        foreach (var (key, template) in CdsServiceCatalog.Prefetch)
        {
            if (request.Prefetch is not null && request.Prefetch.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Object)
            {
                texts.Add(value.GetRawText());
            }
            else
            {
                missing.Add(template.Replace(CdsServiceCatalog.PatientIdToken, Uri.EscapeDataString(patientId), StringComparison.Ordinal));
            }
        }

        if (missing.Count == 0)
        {
            return new FhirData(texts, 0, null);
        }

        if (!Uri.TryCreate(request.FhirServer, UriKind.Absolute, out var server) || (server.Scheme != Uri.UriSchemeHttps && server.Scheme != Uri.UriSchemeHttp))
        {
            return new FhirData(null, missing.Count, "no usable fhirServer");
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
            var resources = await Task.WhenAll(missing.Select(query => client.GetAsync(query, timeout.Token))).ConfigureAwait(false);
            texts.AddRange(resources.Where(r => r is not null).Select(r => r!.ToJson()));
            return new FhirData(texts, missing.Count, null);
        }
        catch (Exception ex) when (ex is FhirOperationException or HttpRequestException or OperationCanceledException or FormatException or InvalidOperationException
            && !cancellationToken.IsCancellationRequested)
        {
            // The exception text may carry the server's reply but never the token; only its type is reported.
            return new FhirData(null, missing.Count, ex.GetType().Name);
        }
    }
}

/// <summary>The FHIR JSON texts gathered for a hook call (null when incomplete), how many reads the server served, and why not.</summary>
internal sealed record FhirData(IReadOnlyList<string>? Texts, int Fetched, string? Failure);
