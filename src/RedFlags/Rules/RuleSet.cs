using System;
using System.Collections.Generic;
using System.Linq;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>A validated, versioned set of rules with the pre-test probabilities and the default recommendation they use.</summary>
/// <remarks>
/// <para>A rule set is created only through <see cref="Create"/>, which checks the whole set once (unique ids,
/// no empty groups, evidence on every rule, thresholds in range, references resolved and acyclic) and reports every
/// problem together. Rules are stored sorted by id (ordinal), pre-test probabilities by condition then setting.</para>
/// <para><see cref="Fingerprint"/> is the SHA-256 of a canonical form of the whole content: two sets with the same
/// content have the same fingerprint, whatever order their rules were given in. Every assessment reports it.</para>
/// <para>This type is immutable and thread-safe. Two rule sets are equal when their fingerprints are equal.</para>
/// </remarks>
public sealed partial class RuleSet : IEquatable<RuleSet>
{
    private readonly Dictionary<string, RedFlagRule> _byId;

    private RuleSet(
        string id,
        string version,
        ValueList<RedFlagRule> rules,
        ValueList<PreTestProbability> preTestProbabilities,
        Recommendation defaultRecommendation,
        ValueList<RuleCustomisation> customisations,
        LaboratoryLimits laboratoryLimits)
    {
        LaboratoryLimits = laboratoryLimits;
        Id = id;
        Version = version;
        Rules = rules;
        PreTestProbabilities = preTestProbabilities;
        DefaultRecommendation = defaultRecommendation;
        Customisations = customisations;
        _byId = rules.ToDictionary(rule => rule.Id, StringComparer.Ordinal);
        Fingerprint = RuleSetCanonicalForm.Fingerprint(this);
    }

    /// <summary>The deepest nesting of criteria accepted in a rule.</summary>
    public const int MaximumCriterionDepth = 32;

    /// <summary>The most criteria accepted in one all-of, any-of or at-least group (256).</summary>
    /// <remarks>Clinical groups have a handful of criteria; the limit keeps the code compiled for one group (in
    /// <see cref="EvaluationMode.Compiled"/>) small enough to build and run on a small thread stack.</remarks>
    public const int MaximumGroupSize = 256;

    /// <summary>Gets the rule set's id, for example <c>redflags-lbp-default</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the rule set's Semantic Versioning 2.0.0 version, separate from the package version.</summary>
    public string Version { get; }

    /// <summary>Gets the rules, sorted by id (ordinal).</summary>
    public IReadOnlyList<RedFlagRule> Rules { get; }

    /// <summary>Gets the pre-test probabilities, sorted by condition then setting.</summary>
    public IReadOnlyList<PreTestProbability> PreTestProbabilities { get; }

    /// <summary>Gets the recommendation when no rule fires (brief §10 pathway 13).</summary>
    public Recommendation DefaultRecommendation { get; }

    /// <summary>Gets the local changes made to the catalogue this set was composed from, sorted by rule id; empty for a catalogue.</summary>
    public IReadOnlyList<RuleCustomisation> Customisations { get; }

    /// <summary>Gets the default limits that laboratory numbers without the laboratory's flag or range are read with (brief §13.1).</summary>
    /// <value><see cref="RedFlags.LaboratoryLimits.Default"/> unless changed with <see cref="WithLaboratoryLimits"/>.</value>
    public LaboratoryLimits LaboratoryLimits { get; }

    /// <summary>Returns a copy of this set that reads laboratory numbers with other default limits, for example a
    /// local laboratory's; the fingerprint changes with them.</summary>
    /// <param name="limits">The limits; each given one must be a finite number above zero.</param>
    /// <returns>The rule set with those limits.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="limits"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when a limit is invalid (RF2017); it lists every problem.</exception>
    public RuleSet WithLaboratoryLimits(LaboratoryLimits limits)
    {
        Guard.NotNull(limits);
        RuleSetValidator.Validate(limits).ThrowIfInvalid("rule set");
        return new RuleSet(Id, Version, (ValueList<RedFlagRule>)Rules, (ValueList<PreTestProbability>)PreTestProbabilities, DefaultRecommendation, (ValueList<RuleCustomisation>)Customisations, limits);
    }

    /// <summary>Gets the SHA-256 of the canonical form of the whole set, as 64 lower-case hexadecimal digits.</summary>
    public string Fingerprint { get; }

    /// <summary>Validates and creates a rule set.</summary>
    /// <param name="id">The rule set's id.</param>
    /// <param name="version">The Semantic Versioning 2.0.0 version.</param>
    /// <param name="rules">The rules, in any order.</param>
    /// <param name="preTestProbabilities">The pre-test probabilities, in any order.</param>
    /// <param name="defaultRecommendation">The recommendation when no rule fires.</param>
    /// <param name="customisations">The local changes to a catalogue, if this set was composed from one.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the set is invalid; it lists every problem.</exception>
    public static RuleSet Create(
        string id,
        string version,
        IEnumerable<RedFlagRule> rules,
        IEnumerable<PreTestProbability> preTestProbabilities,
        Recommendation defaultRecommendation,
        IEnumerable<RuleCustomisation>? customisations = null)
        => CreateWithLimits(id, version, rules, preTestProbabilities, defaultRecommendation, customisations, LaboratoryLimits.Default);

    /// <summary>Validates and creates a rule set with its default laboratory limits in one step, for the rule-file
    /// reader and composition, which would otherwise build the set (and its fingerprint) twice.</summary>
    internal static RuleSet CreateWithLimits(
        string id,
        string version,
        IEnumerable<RedFlagRule> rules,
        IEnumerable<PreTestProbability> preTestProbabilities,
        Recommendation defaultRecommendation,
        IEnumerable<RuleCustomisation>? customisations,
        LaboratoryLimits limits)
    {
        var ruleList = ValueList<RedFlagRule>.From(rules, nameof(rules));
        var priorList = ValueList<PreTestProbability>.From(preTestProbabilities, nameof(preTestProbabilities));
        var changeList = ValueList<RuleCustomisation>.From(customisations ?? Array.Empty<RuleCustomisation>(), nameof(customisations));
        Guard.NotNull(defaultRecommendation);

        Guard.NotNull(limits);
        var result = RuleSetValidator.Validate(id, version, ruleList, priorList, defaultRecommendation, changeList);
        if (!limits.Equals(LaboratoryLimits.Default))
        {
            result = new ValidationResult(result.Errors.Concat(RuleSetValidator.Validate(limits).Errors));
        }

        result.ThrowIfInvalid("rule set");

        return new RuleSet(
            id,
            version,
            ValueList<RedFlagRule>.Own(ruleList.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToArray()),
            ValueList<PreTestProbability>.Own(priorList.OrderBy(p => p.Condition).ThenBy(p => p.Setting).ToArray()),
            defaultRecommendation,
            ValueList<RuleCustomisation>.Own(changeList.OrderBy(c => c.RuleId, StringComparer.Ordinal).ToArray()),
            limits);
    }

    /// <summary>Checks a would-be rule set without throwing.</summary>
    /// <param name="id">The rule set's id.</param>
    /// <param name="version">The version.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="preTestProbabilities">The pre-test probabilities.</param>
    /// <param name="defaultRecommendation">The recommendation when no rule fires.</param>
    /// <param name="customisations">The local changes, if any.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static ValidationResult Validate(
        string id,
        string version,
        IEnumerable<RedFlagRule> rules,
        IEnumerable<PreTestProbability> preTestProbabilities,
        Recommendation defaultRecommendation,
        IEnumerable<RuleCustomisation>? customisations = null)
    {
        Guard.NotNull(defaultRecommendation);

        return RuleSetValidator.Validate(
            id,
            version,
            ValueList<RedFlagRule>.From(rules, nameof(rules)),
            ValueList<PreTestProbability>.From(preTestProbabilities, nameof(preTestProbabilities)),
            defaultRecommendation,
            ValueList<RuleCustomisation>.From(customisations ?? Array.Empty<RuleCustomisation>(), nameof(customisations)));
    }

    /// <summary>Finds a rule by id.</summary>
    /// <param name="ruleId">The rule id (ordinal, case-sensitive).</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns><see langword="true"/> when the set has the rule.</returns>
    public bool TryGetRule(string ruleId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RedFlagRule? rule)
        => _byId.TryGetValue(ruleId ?? string.Empty, out rule);

    /// <summary>Finds the pre-test probability for a condition in a setting.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="setting">The setting.</param>
    /// <returns>The probability, or <see langword="null"/> when the set has none for that pair.</returns>
    public PreTestProbability? FindPreTestProbability(SuspectedCondition condition, CareSetting setting)
    {
        foreach (var prior in PreTestProbabilities)
        {
            if (prior.Condition == condition && prior.Setting == setting)
            {
                return prior;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(RuleSet? other) => other is not null && string.Equals(Fingerprint, other.Fingerprint, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleSet);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Fingerprint);

    /// <summary>Returns the id, version and fingerprint.</summary>
    /// <returns>For example <c>redflags-lbp-default 1.0.0 (sha256:ab12...)</c>.</returns>
    public override string ToString() => $"{Id} {Version} (sha256:{Fingerprint})";
}
