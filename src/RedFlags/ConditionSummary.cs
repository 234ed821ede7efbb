using System.Collections.Generic;
using System.Text.Json.Serialization;
using RedFlags.Internal;

namespace RedFlags;

/// <summary>One suspected condition in an <see cref="AssessmentSummary"/>: its urgency and the rules that fired for it.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record ConditionSummary
{
    private ValueList<string> _ruleIds = ValueList<string>.Empty;

    /// <summary>Gets the condition.</summary>
    [JsonRequired]
    public SuspectedCondition Condition { get; init; }

    /// <summary>Gets the highest urgency among its fired flags.</summary>
    public Urgency Urgency { get; init; }

    /// <summary>Gets the ids of the rules that fired for it, in the assessment's order.</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> RuleIds
    {
        get => _ruleIds;
        init => _ruleIds = ValueList<string>.From(value, nameof(RuleIds));
    }
}
