using System.Collections.Generic;

namespace RedFlags.Fhir.CdsHooks;

/// <summary>A CDS Hooks 2.0 card: what a service shows the clinician in the EHR.</summary>
/// <remarks>
/// An attribute without a value is left out of the JSON (CDS Hooks: no null or empty attributes); lists are either
/// absent or hold at least one item.
/// </remarks>
public sealed record CdsCard
{
    /// <summary>The card's identifier, stable for the same content (a version-8 UUID derived by SHA-256).</summary>
    public required string Uuid { get; init; }

    /// <summary>One line for the clinician: under 140 characters, never cut in the middle of a word.</summary>
    public required string Summary { get; init; }

    /// <summary>GitHub-flavoured Markdown: the deciding reason first, then at most five questions.</summary>
    public string? Detail { get; init; }

    /// <summary>How urgent the card is.</summary>
    public required CdsIndicator Indicator { get; init; }

    /// <summary>Where the card's content comes from.</summary>
    public required CdsSource Source { get; init; }

    /// <summary>The actions the EHR can offer to take; absent when no action is clear.</summary>
    public IReadOnlyList<CdsSuggestion>? Suggestions { get; init; }

    /// <summary><c>at-most-one</c> or <c>any</c>; present exactly when there are suggestions.</summary>
    public string? SelectionBehavior { get; init; }

    /// <summary>The reasons a clinician may give for not following the card.</summary>
    public IReadOnlyList<CdsCoding>? OverrideReasons { get; init; }

    /// <summary>Links to more information or to a SMART app.</summary>
    public IReadOnlyList<CdsLink>? Links { get; init; }
}
