namespace RedFlags.Rules;

/// <summary>How sure the evidence brief is of a figure (brief §0).</summary>
public enum EvidenceTag
{
    /// <summary>[V] Verified: the figure appeared in retrieved text (abstract, guideline text or a faithful summary).</summary>
    Verified = 1,

    /// <summary>[C] Computed by the brief from retrieved 2×2 counts; the mapping to the named flag was inferred.</summary>
    Computed = 2,

    /// <summary>[S] Secondary: seen only in a secondary summary; to be confirmed against the primary source.</summary>
    Secondary = 3,

    /// <summary>[U] Unverified: not found in the texts consulted; must be checked before clinical use.</summary>
    Unverified = 4,

    /// <summary>A design choice of the catalogue (for example a timeframe or grouping), not a figure from a source.</summary>
    Design = 5,
}
