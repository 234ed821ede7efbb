using System.Collections.Generic;
using System.Linq;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>The outcome of composing <see cref="RuleSetChanges"/> onto a base rule set: the composed set, or every
/// problem at once.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RuleSetComposition
{
    internal RuleSetComposition(RuleSet? ruleSet, ValueList<RuleSetCompositionError> errors)
    {
        RuleSet = ruleSet;
        Errors = errors;
    }

    /// <summary>Gets whether the changes compose: <see cref="RuleSet"/> is set and <see cref="Errors"/> is empty.</summary>
    public bool IsValid => RuleSet is not null;

    /// <summary>Gets the composed rule set (the base set itself when the changes are empty).</summary>
    /// <value><see langword="null"/> when there is any problem.</value>
    public RuleSet? RuleSet { get; }

    /// <summary>Gets every problem, each with the change it concerns: first the changes that do not apply (in the order
    /// overrides, disabled, added), then the problems of the composed set.</summary>
    public IReadOnlyList<RuleSetCompositionError> Errors { get; }

    /// <summary>Returns the problems as a <see cref="ValidationResult"/>.</summary>
    /// <returns>The result; valid when the changes compose.</returns>
    public ValidationResult ToValidationResult()
        => Errors.Count == 0 ? ValidationResult.Valid : new ValidationResult(Errors.Select(e => e.Error));

    /// <summary>Returns the composed rule set, or throws listing every problem.</summary>
    /// <returns>The composed rule set.</returns>
    /// <exception cref="RedFlagsValidationException">Thrown when the changes do not compose; it lists every problem.</exception>
    public RuleSet GetRuleSetOrThrow()
    {
        ToValidationResult().ThrowIfInvalid("rule set");
        return RuleSet!;
    }
}
