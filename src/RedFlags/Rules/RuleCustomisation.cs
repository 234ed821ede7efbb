using System.Text.Json.Serialization;

namespace RedFlags.Rules;

/// <summary>One local change to a catalogue, reported by every assessment made with the composed set.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RuleCustomisation
{
    /// <summary>Gets the id of the rule changed.</summary>
    [JsonRequired]
    public string RuleId { get; init; } = string.Empty;

    /// <summary>Gets the kind of change.</summary>
    [JsonRequired]
    public RuleCustomisationKind Kind { get; init; }

    /// <summary>Gets the reason recorded for the change (required for a disabled rule).</summary>
    public string? Reason { get; init; }
}
