using System.Collections.Generic;
using RedFlags.Rules;

namespace RedFlags.Internal;

/// <summary>What <see cref="RuleSetProvider"/> made of the options of one name: the rule set, or the problems found.</summary>
internal sealed class RuleSetOutcome
{
    public RuleSetOutcome(RuleSet? ruleSet, IReadOnlyList<(string Property, string Message)> failures)
    {
        RuleSet = ruleSet;
        Failures = failures;
    }

    /// <summary>Gets the rule set to apply, or <see langword="null"/> when there is any problem.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Gets every problem, each with the options property it concerns, in the order found.</summary>
    public IReadOnlyList<(string Property, string Message)> Failures { get; }
}
