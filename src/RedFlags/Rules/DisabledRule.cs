using System.Text.Json.Serialization;

namespace RedFlags.Rules;

/// <summary>A rule of a base rule set to switch off, with the reason recorded for it.</summary>
/// <remarks>
/// <para>The reason is required: <see cref="RuleSet.Compose"/> reports a blank reason as <see cref="ErrorCodes.CustomisationInvalid"/>.
/// A rule that other rules refer to cannot be disabled (decision 4); override the referring rules, or disable them too.</para>
/// <para>This type is immutable and thread-safe, and compares by value.</para>
/// </remarks>
public sealed record DisabledRule
{
    /// <summary>Gets the id of the rule to switch off (ordinal, case-sensitive).</summary>
    /// <value>Defaults to the empty string, which names no rule.</value>
    [JsonRequired]
    public string RuleId { get; init; } = string.Empty;

    /// <summary>Gets the reason the rule is switched off, reported by every assessment made with the composed set.</summary>
    /// <value>Defaults to the empty string, which is not a valid reason.</value>
    [JsonRequired]
    public string Reason { get; init; } = string.Empty;

    /// <summary>Returns the change as every assessment reports it.</summary>
    internal RuleCustomisation ToCustomisation() => new() { RuleId = RuleId, Kind = RuleCustomisationKind.Disabled, Reason = Reason };
}
