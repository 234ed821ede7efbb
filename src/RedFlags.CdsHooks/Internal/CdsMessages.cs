using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RedFlags.CdsHooks.Internal;

/// <summary>A CDS Hooks request as the EHR sends it; only what the service reads.</summary>
internal sealed class CdsHookRequest
{
    public string? Hook { get; set; }

    public string? HookInstance { get; set; }

    public string? FhirServer { get; set; }

    public CdsFhirAuthorization? FhirAuthorization { get; set; }

    public JsonElement Context { get; set; }

    public Dictionary<string, JsonElement>? Prefetch { get; set; }
}

/// <summary>The OAuth token the EHR hands the service for its FHIR server. Never logged or stored.</summary>
internal sealed class CdsFhirAuthorization
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }
}

/// <summary>The discovery response.</summary>
internal sealed class CdsDiscoveryResponse
{
    public required IReadOnlyList<CdsServiceDescriptor> Services { get; init; }
}

/// <summary>One service of the discovery response.</summary>
internal sealed class CdsServiceDescriptor
{
    public required string Hook { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Id { get; init; }

    public required IReadOnlyDictionary<string, string> Prefetch { get; init; }

    public required string UsageRequirements { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(CdsHookRequest))]
[JsonSerializable(typeof(CdsDiscoveryResponse))]
internal sealed partial class CdsJsonContext : JsonSerializerContext;
