using System.Collections.Generic;
using System.Text.Json.Serialization;
using RedFlags.Internal;

namespace RedFlags;

/// <summary>One suspected condition: its fired flags, the level of concern, its urgency and a probability estimate.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record ConditionAssessment
{
    private ValueList<FiredFlag> _flags = ValueList<FiredFlag>.Empty;

    /// <summary>Gets the condition.</summary>
    [JsonRequired]
    public SuspectedCondition Condition { get; init; }

    /// <summary>Gets the level of concern.</summary>
    public ConcernLevel Concern { get; init; }

    /// <summary>Gets the highest urgency among the condition's fired flags.</summary>
    public Urgency Urgency { get; init; }

    /// <summary>Gets the fired flags, most urgent first, then by priority, then by rule id (ordinal).</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<FiredFlag> Flags
    {
        get => _flags;
        init => _flags = ValueList<FiredFlag>.From(value, nameof(Flags));
    }

    /// <summary>Gets the estimated post-test probability, with its method and caveat.</summary>
    public ProbabilityEstimate Probability { get; init; } = ProbabilityEstimate.Empty;
}
