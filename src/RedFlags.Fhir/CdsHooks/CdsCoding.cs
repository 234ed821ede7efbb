namespace RedFlags.Fhir.CdsHooks;

/// <summary>A CDS Hooks coding: a code in a code system with its display text.</summary>
public sealed class CdsCoding
{
    /// <summary>The code system's URI.</summary>
    public required string System { get; init; }

    /// <summary>The code.</summary>
    public required string Code { get; init; }

    /// <summary>The text a person reads.</summary>
    public string? Display { get; init; }
}
