using System.Collections.Generic;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>True when any criterion is true; false when every one is false; otherwise unknown.</summary>
public sealed record AnyOfCriterion : Criterion
{
    private readonly ValueList<Criterion> _criteria;

    /// <summary>Creates the disjunction.</summary>
    /// <param name="criteria">The criteria; rule-set validation requires at least one.</param>
    /// <exception cref="System.ArgumentNullException">Thrown when <paramref name="criteria"/> or an element is <see langword="null"/>.</exception>
    public AnyOfCriterion(IEnumerable<Criterion> criteria) => _criteria = ValueList<Criterion>.From(criteria, nameof(criteria));

    /// <summary>Gets the criteria.</summary>
    public IReadOnlyList<Criterion> Criteria
    {
        get => _criteria;
        init => _criteria = ValueList<Criterion>.From(value, nameof(Criteria));
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Criterion> Children() => _criteria;
}
