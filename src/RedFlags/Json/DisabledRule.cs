using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>An entry of a local rule set's <c>disabled</c> list: the catalogue rule switched off and the reason, which is required.</summary>
internal sealed record DisabledRule
{
    public string RuleId { get; init; } = string.Empty;

    public string Reason { get; init; } = string.Empty;

    /// <summary>Returns the change as every assessment reports it.</summary>
    public RuleCustomisation ToCustomisation() => new() { RuleId = RuleId, Kind = RuleCustomisationKind.Disabled, Reason = Reason };
}
