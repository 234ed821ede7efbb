using System.Collections.Generic;

namespace RedFlags.Fhir.CdsHooks;

/// <summary>A CDS Hooks response: the cards.</summary>
public sealed class CdsResponse
{
    /// <summary>The cards, most important first; possibly empty.</summary>
    public required IReadOnlyList<CdsCard> Cards { get; init; }
}
