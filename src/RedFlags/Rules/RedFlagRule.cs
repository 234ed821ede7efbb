using System.Collections.Generic;
using System.Text.Json.Serialization;
using System;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>One red flag: when it fires (a <see cref="Rules.Criterion"/>), what it suggests, what to do and the evidence behind it.</summary>
/// <remarks>
/// <para>A rule is data, not code. Its <see cref="Id"/> is stable forever and never reused, for example
/// <c>MAL-HISTORY-OF-CANCER</c>.</para>
/// <para>A rule is checked when a <see cref="RuleSet"/> is created (unique id, evidence present, thresholds in range,
/// references resolved); a rule on its own may be incomplete, so <c>with</c> cannot produce an evaluated invalid rule.</para>
/// <para>This type is immutable and thread-safe, and compares by value.</para>
/// </remarks>
public sealed record RedFlagRule
{
    private Criterion _criterion = Criterion.AnyOf();
    private Recommendation _recommendation = Recommendation.Empty;
    private ValueList<EvidenceSource> _evidence = ValueList<EvidenceSource>.Empty;

    /// <summary>Gets the stable id: upper-case words joined by hyphens, for example <c>CES-SADDLE-SENSORY</c>.</summary>
    [JsonRequired]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the condition this flag points to.</summary>
    [JsonRequired]
    public SuspectedCondition Condition { get; init; }

    /// <summary>Gets a short title, for example "Saddle numbness or altered sensation".</summary>
    [JsonRequired]
    public string Title { get; init; } = string.Empty;

    /// <summary>Gets what the flag means, for clinicians.</summary>
    [JsonRequired]
    public string ClinicianText { get; init; } = string.Empty;

    /// <summary>Gets what the flag means, in plain words for the patient.</summary>
    [JsonRequired]
    public string PatientText { get; init; } = string.Empty;

    /// <summary>Gets when the rule fires.</summary>
    /// <exception cref="ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    [JsonRequired]
    public Criterion Criterion
    {
        get => _criterion;
        init => _criterion = value ?? throw new ArgumentNullException(nameof(Criterion));
    }

    /// <summary>Gets what to do when the rule fires.</summary>
    /// <exception cref="ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    [JsonRequired]
    public Recommendation Recommendation
    {
        get => _recommendation;
        init => _recommendation = value ?? throw new ArgumentNullException(nameof(Recommendation));
    }

    /// <summary>Gets the sources behind the rule; at least one. The first source that reports a positive likelihood ratio gives the rule's likelihood ratio.</summary>
    /// <exception cref="ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    [JsonRequired]
    public IReadOnlyList<EvidenceSource> Evidence
    {
        get => _evidence;
        init => _evidence = ValueList<EvidenceSource>.From(value, nameof(Evidence));
    }

    /// <summary>Gets the rank among fired rules of the same urgency: the lowest names the overall action (brief §10, "first match wins").</summary>
    /// <value>1 to 1000; defaults to 100.</value>
    public int Priority { get; init; } = 100;

    /// <summary>Gets whether the flag only contributes to combinations (for example female sex, age 50 or over, pain for
    /// more than a month): it is listed under its condition, after the condition's own flags, when another flag of that
    /// condition fired, but it never makes a condition, a card or a summary line of its own, and it decides the
    /// recommendation only when no other flag fired.</summary>
    /// <value>Defaults to <see langword="false"/>. Only a routine rule may contribute only (<c>RF2018</c>).</value>
    public bool ContributesOnly { get; init; }
}
