using System;
using RedFlags.Facts;

namespace RedFlags.Evaluation;

/// <summary>
/// Reads findings and quantities from a presentation through the table of facts (<see cref="FactTable"/>). A value
/// type so that evaluation allocates nothing; unknown numbers are NaN.
/// </summary>
internal readonly struct FactReader
{
    private readonly PatientPresentation _p;

    public FactReader(PatientPresentation presentation) => _p = presentation;

    /// <summary>The presentation the facts are read from.</summary>
    public PatientPresentation Presentation => _p;

    public double Read(Quantity quantity) => FactTable.Read(_p, quantity);

    public Presence Read(Finding finding) => FactTable.Read(_p, finding);

    /// <summary>Reads every finding at once into <see cref="FactTable.SnapshotWords"/> words (see <see cref="FactTable.Snapshot"/>).</summary>
    public void FindingBits(Span<ulong> present, Span<ulong> absent) => FactTable.Snapshot(_p, present, absent);

    /// <summary>The number of slots <see cref="QuantityValues"/> fills: one per quantity of the table.</summary>
    public static int QuantitySlots => FactTable.Quantities.Length;

    /// <summary>Reads every quantity at once into <paramref name="values"/>, by slot (<see cref="FactTable.SlotOf(Quantity)"/>); NaN when unknown.</summary>
    public void QuantityValues(Span<double> values) => FactTable.QuantityValues(_p, values);

    public static bool IsKnown(double value) => !double.IsNaN(value);

    public static Truth Compare(double value, Rules.Comparison comparison, double threshold)
    {
        if (double.IsNaN(value))
        {
            return Truth.Unknown;
        }

        var holds = comparison switch
        {
            Rules.Comparison.AtLeast => value >= threshold,
            Rules.Comparison.GreaterThan => value > threshold,
            Rules.Comparison.AtMost => value <= threshold,
            Rules.Comparison.LessThan => value < threshold,
            _ => throw new InvalidOperationException("Unreachable: comparisons are validated when the rule set is created."),
        };
        return holds ? Truth.True : Truth.False;
    }
}
