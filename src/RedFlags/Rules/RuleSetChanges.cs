using System.Collections.Generic;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>Local changes to compose onto a base rule set with <see cref="RuleSet.Compose"/> or <see cref="RuleSet.Extend"/>:
/// rules to override, to disable (each with a reason) and to add.</summary>
/// <remarks>
/// <para>Every rule id may be changed once: an override replaces a base rule with the same id, a disabled rule removes
/// one, an added rule must have an id the base set does not have. The composed set keeps the base set's id, version,
/// pre-test probabilities, default recommendation and default laboratory limits unless this gives its own.</para>
/// <para>This type is immutable and thread-safe, and compares by value (lists by content).</para>
/// </remarks>
public sealed record RuleSetChanges
{
    private ValueList<RedFlagRule> _overrides = ValueList<RedFlagRule>.Empty;
    private ValueList<DisabledRule> _disabled = ValueList<DisabledRule>.Empty;
    private ValueList<RedFlagRule> _added = ValueList<RedFlagRule>.Empty;
    private ValueList<PreTestProbability>? _preTestProbabilities;

    /// <summary>Gets the id of the composed rule set.</summary>
    /// <value>Defaults to <see langword="null"/>: the base set's id.</value>
    public string? Id { get; init; }

    /// <summary>Gets the Semantic Versioning 2.0.0 version of the composed rule set.</summary>
    /// <value>Defaults to <see langword="null"/>: the base set's version.</value>
    public string? Version { get; init; }

    /// <summary>Gets the local definitions that replace base rules with the same id.</summary>
    /// <value>Defaults to empty. Each is reported as <see cref="RuleCustomisationKind.Overridden"/>, or stays
    /// <see cref="RuleCustomisationKind.Added"/> when the base set had added the rule itself.</value>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">Thrown when set to a list that contains <see langword="null"/>.</exception>
    public IReadOnlyList<RedFlagRule> Overrides
    {
        get => _overrides;
        init => _overrides = ValueList<RedFlagRule>.From(value, nameof(Overrides));
    }

    /// <summary>Gets the base rules to switch off, each with its reason.</summary>
    /// <value>Defaults to empty. Each is reported as <see cref="RuleCustomisationKind.Disabled"/> with its reason.</value>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">Thrown when set to a list that contains <see langword="null"/>.</exception>
    public IReadOnlyList<DisabledRule> Disabled
    {
        get => _disabled;
        init => _disabled = ValueList<DisabledRule>.From(value, nameof(Disabled));
    }

    /// <summary>Gets the rules to add; their ids must not be in the base set.</summary>
    /// <value>Defaults to empty. Each is reported as <see cref="RuleCustomisationKind.Added"/>.</value>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">Thrown when set to a list that contains <see langword="null"/>.</exception>
    public IReadOnlyList<RedFlagRule> Added
    {
        get => _added;
        init => _added = ValueList<RedFlagRule>.From(value, nameof(Added));
    }

    /// <summary>Gets the pre-test probabilities of the composed set.</summary>
    /// <value>Defaults to <see langword="null"/>: the base set's.</value>
    /// <exception cref="System.ArgumentException">Thrown when set to a list that contains <see langword="null"/>.</exception>
    public IReadOnlyList<PreTestProbability>? PreTestProbabilities
    {
        get => _preTestProbabilities;
        init => _preTestProbabilities = value is null ? null : ValueList<PreTestProbability>.From(value, nameof(PreTestProbabilities));
    }

    /// <summary>Gets the recommendation of the composed set when no rule fires.</summary>
    /// <value>Defaults to <see langword="null"/>: the base set's.</value>
    public Recommendation? DefaultRecommendation { get; init; }

    /// <summary>Gets the default limits the composed set reads laboratory numbers with when a result carries neither
    /// the laboratory's flag nor its range (brief §13.1), for example a local laboratory's.</summary>
    /// <value>Defaults to <see langword="null"/>: the base set's. Each given limit must be a finite number above zero
    /// (<see cref="ErrorCodes.LaboratoryLimitInvalid"/>, at <c>laboratoryLimits.…</c>).</value>
    public LaboratoryLimits? LaboratoryLimits { get; init; }

    /// <summary>Gets whether these changes change nothing, so that composing them returns the base set itself.</summary>
    public bool IsEmpty => Id is null && Version is null && _overrides.Count == 0 && _disabled.Count == 0 && _added.Count == 0
        && _preTestProbabilities is null && DefaultRecommendation is null && LaboratoryLimits is null;
}
