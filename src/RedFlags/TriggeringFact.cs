using System.Text.Json.Serialization;

namespace RedFlags;

/// <summary>One fact of the presentation that made a flag fire: what it is, what was observed and what the rule tested.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TriggeringFact
{
    /// <summary>Gets whether the fact is a finding or a number.</summary>
    [JsonRequired]
    public FactKind Kind { get; init; }

    /// <summary>Gets the name of the finding or quantity, as rule files write it, for example <c>saddleNumbness</c> or <c>ageYears</c>.</summary>
    [JsonRequired]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets a label for people, for example "Age".</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>Gets what was observed, for example "present", "absent", "72 years" or "unknown (counted as present for safety)".</summary>
    public string Observed { get; init; } = string.Empty;

    /// <summary>Gets what the rule tested, for example "present" or ">= 50 years".</summary>
    public string Test { get; init; } = string.Empty;

    /// <summary>Formats the fact on one line, for example "Age: 72 years (rule: >= 50 years)".</summary>
    /// <returns>The formatted fact.</returns>
    public override string ToString() => $"{Label}: {Observed} (rule: {Test})";
}
