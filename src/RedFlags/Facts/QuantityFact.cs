namespace RedFlags.Facts;

/// <summary>The one declaration of a <see cref="RedFlags.Quantity"/>: where it is stored, its unit, its valid range and its label.</summary>
/// <remarks>
/// A <em>stored</em> quantity is an optional number of its own (<see cref="Section"/>.<see cref="Property"/>); unknown
/// reads as NaN. A <em>derived</em> quantity (an age from a date of birth, a duration from an onset date) is read and
/// written by the methods of <see cref="FactDerivations"/> named after it. See <see cref="FindingFact"/> for what is
/// generated from these declarations.
/// </remarks>
/// <param name="Quantity">The quantity.</param>
/// <param name="Section">The section of the presentation that holds the field.</param>
/// <param name="Property">The C# name of the field (for a derived quantity, the field a value is written to).</param>
/// <param name="Label">The label for people.</param>
/// <param name="Unit">The unit in words, for example "mg/L".</param>
/// <param name="Minimum">The lowest possible value; a rule threshold or a value below it is an error.</param>
/// <param name="Maximum">The highest possible value.</param>
internal sealed record QuantityFact(Quantity Quantity, FactSection Section, string Property, string Label, string Unit, double Minimum, double Maximum)
{
    /// <summary>Gets whether the quantity is read and written through <see cref="FactDerivations"/>.</summary>
    public bool IsDerived { get; init; }

    /// <summary>Gets the camelCase name rule files use, for example <c>ageYears</c>.</summary>
    public string Name { get; } = FactNames.CamelCase(Quantity.ToString());

    /// <summary>Gets the JSON path of the field, for example <c>labs.crpMilligramsPerLitre</c>.</summary>
    public string Path { get; } = FactNames.Path(Section, Property);
}
