using System.Collections.Generic;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>True when at least <see cref="Count"/> criteria are true; false when too few can still be true; otherwise unknown.</summary>
public sealed record AtLeastCriterion : Criterion
{
    private readonly ValueList<Criterion> _criteria;

    /// <summary>Creates the test.</summary>
    /// <param name="count">How many must be true; rule-set validation requires 1 to the number of criteria.</param>
    /// <param name="criteria">The criteria.</param>
    /// <exception cref="System.ArgumentNullException">Thrown when <paramref name="criteria"/> or an element is <see langword="null"/>.</exception>
    public AtLeastCriterion(int count, IEnumerable<Criterion> criteria)
    {
        Count = count;
        _criteria = ValueList<Criterion>.From(criteria, nameof(criteria));
    }

    /// <summary>Gets how many criteria must be true.</summary>
    public int Count { get; init; }

    /// <summary>Gets the criteria.</summary>
    public IReadOnlyList<Criterion> Criteria
    {
        get => _criteria;
        init => _criteria = ValueList<Criterion>.From(value, nameof(Criteria));
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Criterion> Children() => _criteria;
}
