namespace RedFlags;

/// <summary>A laboratory's own reference range for one result, in the unit of that result.</summary>
/// <remarks>
/// <para>Brief §13: the laboratory's interpretation (a flag on the result, or its reference range) always wins over a
/// default limit. Either end may be missing when the laboratory prints only one; a result below <see cref="Low"/> is
/// low and one above <see cref="High"/> is high.</para>
/// <para>Validated with the presentation: each end finite and not negative, and <see cref="Low"/> below
/// <see cref="High"/> when both are given (RF1012). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ReferenceRange
{
    /// <summary>Gets the lower limit of the range.</summary>
    /// <value><see langword="null"/> when the laboratory gives none.</value>
    public double? Low { get; init; }

    /// <summary>Gets the upper limit of the range.</summary>
    /// <value><see langword="null"/> when the laboratory gives none.</value>
    public double? High { get; init; }
}
