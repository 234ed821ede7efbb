using System;
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

/// <summary>A feedback request: <c>{"feedback": [...]}</c>.</summary>
internal sealed class CdsFeedbackRequest
{
    public List<CdsFeedbackItem>? Feedback { get; set; }
}

/// <summary>One feedback item as the EHR sends it.</summary>
internal sealed class CdsFeedbackItem
{
    public string? Card { get; set; }

    public string? Outcome { get; set; }

    public List<CdsAcceptedSuggestion>? AcceptedSuggestions { get; set; }

    public CdsOverrideReason? OverrideReason { get; set; }

    public DateTimeOffset? OutcomeTimestamp { get; set; }
}

/// <summary>An accepted suggestion.</summary>
internal sealed class CdsAcceptedSuggestion
{
    public string? Id { get; set; }
}

/// <summary>The override reason of a feedback item.</summary>
internal sealed class CdsOverrideReason
{
    public CdsReasonCoding? Reason { get; set; }

    public string? UserComment { get; set; }
}

/// <summary>A coding as the EHR sends it.</summary>
internal sealed class CdsReasonCoding
{
    public string? System { get; set; }

    public string? Code { get; set; }

    public string? Display { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(CdsHookRequest))]
[JsonSerializable(typeof(CdsDiscoveryResponse))]
[JsonSerializable(typeof(CdsFeedbackRequest))]
internal sealed partial class CdsJsonContext : JsonSerializerContext;
