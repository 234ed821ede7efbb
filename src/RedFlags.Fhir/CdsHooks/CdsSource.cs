namespace RedFlags.Fhir.CdsHooks;

/// <summary>The source of a CDS Hooks card: the rule set and the guideline behind it.</summary>
public sealed class CdsSource
{
    /// <summary>A short name of the source, shown to the clinician.</summary>
    public required string Label { get; init; }

    /// <summary>A link to the guideline the card follows.</summary>
    public string? Url { get; init; }

    /// <summary>What the card is about, for the EHR's analytics.</summary>
    public CdsCoding? Topic { get; init; }
}
