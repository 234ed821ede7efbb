using System.Collections.Generic;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>A comparison of a number with a threshold: unknown when the number is not known.</summary>
public sealed record QuantityCriterion : Criterion
{
    /// <summary>Creates a comparison.</summary>
    /// <param name="quantity">The quantity compared.</param>
    /// <param name="comparison">How it is compared.</param>
    /// <param name="threshold">The threshold, in the quantity's unit.</param>
    public QuantityCriterion(Quantity quantity, Comparison comparison, double threshold)
    {
        Quantity = quantity;
        Comparison = comparison;
        Threshold = threshold;
    }

    /// <summary>Gets the quantity compared.</summary>
    public Quantity Quantity { get; init; }

    /// <summary>Gets how the quantity is compared with the threshold.</summary>
    public Comparison Comparison { get; init; }

    /// <summary>Gets the threshold, in the quantity's unit. Rule-set validation checks it is within the quantity's possible range.</summary>
    public double Threshold { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Criterion> Children() => ValueList<Criterion>.Empty;
}
