using System.Collections.Generic;
using System.Text.Json.Serialization;
using RedFlags.Internal;
using RedFlags.Rules;

namespace RedFlags;

/// <summary>A red flag that fired: which rule, the facts that made it fire, what to do and the evidence behind it.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record FiredFlag
{
    private ValueList<TriggeringFact> _facts = ValueList<TriggeringFact>.Empty;
    private ValueList<EvidenceSource> _evidence = ValueList<EvidenceSource>.Empty;

    /// <summary>Gets the rule id, for example <c>CES-SADDLE-SENSORY</c>.</summary>
    [JsonRequired]
    public string RuleId { get; init; } = string.Empty;

    /// <summary>Gets the rule's title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Gets the condition the flag points to.</summary>
    [JsonRequired]
    public SuspectedCondition Condition { get; init; }

    /// <summary>Gets the urgency of the flag's recommendation.</summary>
    [JsonRequired]
    public Urgency Urgency { get; init; }

    /// <summary>Gets whether the flag only contributes to combinations (<see cref="Rules.RedFlagRule.ContributesOnly"/>):
    /// it is listed after its condition's own flags and never stands for a condition by itself.</summary>
    public bool ContributesOnly { get; init; }

    /// <summary>Gets what the flag means, for clinicians.</summary>
    public string ClinicianText { get; init; } = string.Empty;

    /// <summary>Gets what the flag means, in plain words for the patient.</summary>
    public string PatientText { get; init; } = string.Empty;

    /// <summary>Gets the rule's criterion in words.</summary>
    public string Criterion { get; init; } = string.Empty;

    /// <summary>Gets the facts that made the flag fire, in the order the criterion tests them (flags it refers to included).</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<TriggeringFact> Facts
    {
        get => _facts;
        init => _facts = ValueList<TriggeringFact>.From(value, nameof(Facts));
    }

    /// <summary>Gets what to do, with its basis.</summary>
    public Recommendation Recommendation { get; init; } = Recommendation.Empty;

    /// <summary>Gets the sources behind the rule, with likelihood ratios where known.</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<EvidenceSource> Evidence
    {
        get => _evidence;
        init => _evidence = ValueList<EvidenceSource>.From(value, nameof(Evidence));
    }
}
