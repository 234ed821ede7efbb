using System;
using System.Collections.Generic;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>True when the inner criterion is false; unknown when it is unknown.</summary>
/// <remarks>A rule with a negation is not monotone: answering a question "present" can stop it firing.</remarks>
public sealed record NotCriterion : Criterion
{
    private readonly Criterion _criterion;

    /// <summary>Creates the negation.</summary>
    /// <param name="criterion">The criterion negated.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="criterion"/> is <see langword="null"/>.</exception>
    public NotCriterion(Criterion criterion) => _criterion = criterion ?? throw new ArgumentNullException(nameof(criterion));

    /// <summary>Gets the criterion negated.</summary>
    public Criterion Criterion
    {
        get => _criterion;
        init => _criterion = value ?? throw new ArgumentNullException(nameof(Criterion));
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Criterion> Children() => ValueList<Criterion>.Own(new[] { _criterion });
}
