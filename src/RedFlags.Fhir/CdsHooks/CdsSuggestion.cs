using System.Collections.Generic;

namespace RedFlags.Fhir.CdsHooks;

/// <summary>A suggestion on a CDS Hooks card: actions the EHR takes when the clinician accepts it.</summary>
public sealed class CdsSuggestion
{
    /// <summary>The suggestion's text.</summary>
    public required string Label { get; init; }

    /// <summary>The suggestion's identifier (the EHR echoes it in feedback).</summary>
    public required string Uuid { get; init; }

    /// <summary>Whether this is the suggestion the service recommends.</summary>
    public bool? IsRecommended { get; init; }

    /// <summary>The actions.</summary>
    public IReadOnlyList<CdsAction>? Actions { get; init; }
}
