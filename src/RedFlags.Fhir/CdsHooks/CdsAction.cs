using System.Text.Json;

namespace RedFlags.Fhir.CdsHooks;

/// <summary>An action of a CDS Hooks suggestion.</summary>
public sealed class CdsAction
{
    /// <summary><c>create</c>, <c>update</c> or <c>delete</c>.</summary>
    public required string Type { get; init; }

    /// <summary>What the action does, in words.</summary>
    public required string Description { get; init; }

    /// <summary>The FHIR resource to create or update, as FHIR JSON.</summary>
    public JsonElement? Resource { get; init; }

    /// <summary>The resource to delete (<c>Type/id</c>).</summary>
    public string? ResourceId { get; init; }
}
