using System.Collections.Generic;
using System.Text.Json.Serialization;
using RedFlags.Internal;
using RedFlags.Rules;

namespace RedFlags;

/// <summary>Which rule set produced an assessment: id, version, fingerprint and local changes.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record RuleSetReference
{
    /// <summary>The empty reference, shared as the default of other records (immutable, so one instance serves all).</summary>
    internal static readonly RuleSetReference Empty = new();

    private ValueList<RuleCustomisation> _customisations = ValueList<RuleCustomisation>.Empty;

    /// <summary>Gets the rule set's id.</summary>
    [JsonRequired]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the rule set's version.</summary>
    [JsonRequired]
    public string Version { get; init; } = string.Empty;

    /// <summary>Gets the SHA-256 fingerprint of the rule set's content.</summary>
    [JsonRequired]
    public string Fingerprint { get; init; } = string.Empty;

    /// <summary>Gets the rules overridden, disabled or added locally, sorted by rule id.</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<RuleCustomisation> Customisations
    {
        get => _customisations;
        init => _customisations = ValueList<RuleCustomisation>.From(value, nameof(Customisations));
    }
}
