using System.Collections.Generic;

namespace RedFlags.Rules;

/// <summary>The condition under which a rule fires, written in a small closed data language.</summary>
/// <remarks>
/// <para>The language has tests on findings (<see cref="FindingCriterion"/>), comparisons of numbers with thresholds
/// (<see cref="QuantityCriterion"/>), references to other rules (<see cref="FlagCriterion"/>) and the combinators
/// <see cref="AllOfCriterion"/>, <see cref="AnyOfCriterion"/>, <see cref="AtLeastCriterion"/> and <see cref="NotCriterion"/>.
/// No other kind can exist: a rule is data that can be printed, compared, serialized and generated, never code.</para>
/// <para>Criteria use three-valued (Kleene) logic: each test is true, false or unknown, and a rule fires only when its
/// criterion is true. An unknown result is never read as false: it produces questions to ask.</para>
/// <para>Criteria are immutable, thread-safe and compare by value.</para>
/// </remarks>
public abstract record Criterion
{
    private protected Criterion()
    {
    }

    /// <summary>A test that is true when <paramref name="finding"/> is present.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The criterion.</returns>
    public static FindingCriterion Present(Finding finding) => new(finding);

    /// <summary>A test that is true when <paramref name="finding"/> is present or unknown, and false only when it is known to be absent.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The criterion.</returns>
    /// <remarks>Use it for a qualifier whose absence is what must be shown, so that missing data never lowers an emergency
    /// (for example "began within 14 days" for cauda equina symptoms).</remarks>
    public static FindingCriterion PresentOrUnknown(Finding finding) => new(finding) { UnknownCountsAsPresent = true };

    /// <summary>A test that is true when <paramref name="quantity"/> is at least <paramref name="threshold"/>.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="threshold">The threshold, in the quantity's unit.</param>
    /// <returns>The criterion.</returns>
    public static QuantityCriterion AtLeast(Quantity quantity, double threshold) => new(quantity, Comparison.AtLeast, threshold);

    /// <summary>A test that is true when <paramref name="quantity"/> is greater than <paramref name="threshold"/>.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="threshold">The threshold, in the quantity's unit.</param>
    /// <returns>The criterion.</returns>
    public static QuantityCriterion GreaterThan(Quantity quantity, double threshold) => new(quantity, Comparison.GreaterThan, threshold);

    /// <summary>A test that is true when <paramref name="quantity"/> is at most <paramref name="threshold"/>.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="threshold">The threshold, in the quantity's unit.</param>
    /// <returns>The criterion.</returns>
    public static QuantityCriterion AtMost(Quantity quantity, double threshold) => new(quantity, Comparison.AtMost, threshold);

    /// <summary>A test that is true when <paramref name="quantity"/> is less than <paramref name="threshold"/>.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="threshold">The threshold, in the quantity's unit.</param>
    /// <returns>The criterion.</returns>
    public static QuantityCriterion LessThan(Quantity quantity, double threshold) => new(quantity, Comparison.LessThan, threshold);

    /// <summary>A test that is true when the rule <paramref name="ruleId"/> fires.</summary>
    /// <param name="ruleId">The referenced rule's id.</param>
    /// <returns>The criterion.</returns>
    public static FlagCriterion Flag(string ruleId) => new(ruleId);

    /// <summary>True when every criterion is true.</summary>
    /// <param name="criteria">The criteria; at least one.</param>
    /// <returns>The criterion.</returns>
    public static AllOfCriterion AllOf(params Criterion[] criteria) => new(criteria);

    /// <summary>True when any criterion is true.</summary>
    /// <param name="criteria">The criteria; at least one.</param>
    /// <returns>The criterion.</returns>
    public static AnyOfCriterion AnyOf(params Criterion[] criteria) => new(criteria);

    /// <summary>True when at least <paramref name="count"/> of the criteria are true.</summary>
    /// <param name="count">How many must be true, 1 to the number of criteria.</param>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The criterion.</returns>
    public static AtLeastCriterion AtLeastOf(int count, params Criterion[] criteria) => new(count, criteria);

    /// <summary>True when <paramref name="criterion"/> is false.</summary>
    /// <param name="criterion">The criterion to negate.</param>
    /// <returns>The criterion.</returns>
    public static NotCriterion Not(Criterion criterion) => new(criterion);

    /// <summary>Describes the criterion in words, as the rule catalogue prints it.</summary>
    /// <returns>The description.</returns>
    public sealed override string ToString() => CriterionText.Describe(this);

    /// <summary>Gets the criteria directly below this one (empty for tests).</summary>
    /// <returns>The child criteria.</returns>
    public abstract IReadOnlyList<Criterion> Children();
}
