using System.Text.Json.Serialization;

namespace RedFlags.Fhir.CdsHooks;

/// <summary>Source-generated JSON contracts of the CDS Hooks card models (camelCase, absent values left out).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CdsResponse))]
[JsonSerializable(typeof(CdsCard))]
internal sealed partial class CdsHooksJsonContext : JsonSerializerContext;
