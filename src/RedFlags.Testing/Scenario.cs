using System.Collections.Generic;

namespace RedFlags.Testing;

/// <summary>A presentation with the outcome a rule set must give it: the unit of a scenario file.</summary>
/// <remarks>
/// Scenario files are JSON:
/// <code>
/// {
///   "name": "Known cancer with night pain",
///   "presentation": { "assessmentDate": "2026-11-24", "history": { "personalHistoryOfCancer": "present" }, "pain": { "worseAtNightOrWakesFromSleep": "present" } },
///   "expect": { "urgency": "urgent", "decidedBy": "MAL-MSCC-PAIN", "fires": ["MAL-MSCC-PAIN"], "doesNotFire": ["MAL-MSCC-NEURO"], "asks": ["gaitDisturbance"] }
/// }
/// </code>
/// Every expectation is optional except that at least one must be given.
/// </remarks>
public sealed record Scenario
{
    /// <summary>Gets the scenario's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets where the scenario came from (a file path), for messages.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the presentation.</summary>
    public PatientPresentation Presentation { get; init; } = new();

    /// <summary>Gets the expected overall urgency, if any.</summary>
    public Urgency? ExpectedUrgency { get; init; }

    /// <summary>Gets the rule expected to name the overall action, if any.</summary>
    public string? ExpectedDecidingRule { get; init; }

    /// <summary>Gets the rules that must fire.</summary>
    public IReadOnlyList<string> MustFire { get; init; } = [];

    /// <summary>Gets the rules that must not fire.</summary>
    public IReadOnlyList<string> MustNotFire { get; init; } = [];

    /// <summary>Gets the questions (finding or quantity names) that must be asked.</summary>
    public IReadOnlyList<string> MustAsk { get; init; } = [];
}
