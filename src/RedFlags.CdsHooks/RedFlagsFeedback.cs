using System;
using System.Collections.Generic;
using RedFlags.Fhir.CdsHooks;

namespace RedFlags.CdsHooks;

/// <summary>One feedback item an EHR sent about a RedFlags card.</summary>
public sealed class RedFlagsFeedback
{
    /// <summary>The service the card came from.</summary>
    public required string ServiceId { get; init; }

    /// <summary>The card's <c>uuid</c>.</summary>
    public required string Card { get; init; }

    /// <summary>Accepted or overridden.</summary>
    public required CdsFeedbackOutcome Outcome { get; init; }

    /// <summary>The <c>uuid</c>s of the suggestions accepted; empty when none.</summary>
    public IReadOnlyList<string> AcceptedSuggestions { get; init; } = [];

    /// <summary>The override reason chosen from the card's <c>overrideReasons</c>, if any.</summary>
    public CdsCoding? OverrideReason { get; init; }

    /// <summary>The clinician's free-text comment, if any. It may hold patient data: the service does not log it.</summary>
    public string? UserComment { get; init; }

    /// <summary>When the clinician acted.</summary>
    public required DateTimeOffset OutcomeTimestamp { get; init; }
}
