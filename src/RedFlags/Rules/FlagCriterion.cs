using System.Collections.Generic;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>A reference to another rule of the same set: true when that rule fires, with its three-valued result.</summary>
/// <remarks>Rule-set validation checks that the referenced rule exists and that references form no cycle.</remarks>
public sealed record FlagCriterion : Criterion
{
    /// <summary>Creates a reference to a rule.</summary>
    /// <param name="ruleId">The referenced rule's id.</param>
    public FlagCriterion(string ruleId) => RuleId = ruleId;

    /// <summary>Gets the referenced rule's id.</summary>
    public string RuleId { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Criterion> Children() => ValueList<Criterion>.Empty;
}
