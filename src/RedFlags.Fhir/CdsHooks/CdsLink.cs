namespace RedFlags.Fhir.CdsHooks;

/// <summary>A link on a CDS Hooks card.</summary>
public sealed class CdsLink
{
    /// <summary>The link's text.</summary>
    public required string Label { get; init; }

    /// <summary>The absolute URL (for a SMART app, its launch URL).</summary>
    public required string Url { get; init; }

    /// <summary><c>absolute</c> or <c>smart</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Context handed to a SMART app (for example the canonical URL of a questionnaire).</summary>
    public string? AppContext { get; init; }
}
