using System;
using RedFlags.Facts;

namespace RedFlags;

/// <summary>The names, labels and valid ranges of findings and quantities, as rule files, reports and questions use them.</summary>
/// <remarks>
/// Names are the enum member names in camelCase (for example <c>saddleNumbness</c>, <c>ageYears</c>): the form used
/// in JSON rule files. Labels are for people. This type has no state and is thread-safe.
/// </remarks>
public static partial class Vocabulary
{
    /// <summary>Gets the camelCase name of a finding, as rule files write it.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The name, for example <c>saddleNumbness</c>.</returns>
    public static string Name(Finding finding) => FactTable.SlotOf(finding) is var slot and >= 0 ? FactTable.Findings[slot].Name : FactNames.CamelCase(finding.ToString());

    /// <summary>Gets the camelCase name of a quantity, as rule files write it.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The name, for example <c>ageYears</c>.</returns>
    public static string Name(Quantity quantity) => FactTable.SlotOf(quantity) is var slot and >= 0 ? FactTable.Quantities[slot].Name : FactNames.CamelCase(quantity.ToString());

    /// <summary>Gets the JSON path of the presentation field a finding is stored in (for a derived finding, the field
    /// it is derived from), as validation errors and mapping reports name it.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The path, for example <c>neurology.saddleNumbnessOrTingling</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="finding"/> is not defined.</exception>
    public static string Path(Finding finding) => FactTable.Of(finding).Path;

    /// <summary>Gets the JSON path of the presentation field a quantity is stored in.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The path, for example <c>labs.crpMilligramsPerLitre</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="quantity"/> is not defined.</exception>
    public static string Path(Quantity quantity) => FactTable.Of(quantity).Path;

    /// <summary>Parses a finding name (case-sensitive camelCase).</summary>
    /// <param name="name">The name.</param>
    /// <param name="finding">The finding, when the name is known.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> names a finding.</returns>
    public static bool TryParseFinding(string? name, out Finding finding)
    {
        // The table's names are built once: a parse compares, and allocates nothing.
        foreach (var fact in FactTable.Findings)
        {
            if (string.Equals(fact.Name, name, StringComparison.Ordinal))
            {
                finding = fact.Finding;
                return true;
            }
        }

        finding = default;
        return false;
    }

    /// <summary>Parses a quantity name (case-sensitive camelCase).</summary>
    /// <param name="name">The name.</param>
    /// <param name="quantity">The quantity, when the name is known.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> names a quantity.</returns>
    public static bool TryParseQuantity(string? name, out Quantity quantity)
    {
        foreach (var fact in FactTable.Quantities)
        {
            if (string.Equals(fact.Name, name, StringComparison.Ordinal))
            {
                quantity = fact.Quantity;
                return true;
            }
        }

        quantity = default;
        return false;
    }

    /// <summary>Gets every finding, in numeric order.</summary>
    public static ReadOnlySpan<Finding> AllFindings => s_findings;

    /// <summary>Gets every quantity, in numeric order.</summary>
    public static ReadOnlySpan<Quantity> AllQuantities => s_quantities;

    /// <summary>Gets the lowest and highest possible value of a quantity; a rule threshold outside it is an error.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The inclusive range.</returns>
    public static (double Minimum, double Maximum) Range(Quantity quantity)
        => FactTable.SlotOf(quantity) is var slot and >= 0 ? (FactTable.Quantities[slot].Minimum, FactTable.Quantities[slot].Maximum) : (double.NaN, double.NaN);

    /// <summary>Gets the unit of a quantity in words.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The unit, for example "years".</returns>
    public static string Unit(Quantity quantity) => FactTable.SlotOf(quantity) is var slot and >= 0 ? FactTable.Quantities[slot].Unit : string.Empty;

    /// <summary>Gets a label for a quantity, for people.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The label, for example "Age".</returns>
    public static string Label(Quantity quantity) => FactTable.SlotOf(quantity) is var slot and >= 0 ? FactTable.Quantities[slot].Label : quantity.ToString();

    /// <summary>Gets a label for a condition, for people.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The label, for example "Cauda equina syndrome".</returns>
    public static string Label(SuspectedCondition condition) => condition switch
    {
        SuspectedCondition.Malignancy => "Malignancy",
        SuspectedCondition.MetastaticSpinalCordCompression => "Metastatic spinal cord compression",
        SuspectedCondition.CaudaEquinaSyndrome => "Cauda equina syndrome",
        SuspectedCondition.VertebralFracture => "Vertebral fracture",
        SuspectedCondition.SpinalInfection => "Spinal infection",
        _ => condition.ToString(),
    };

    /// <summary>Gets a label for a finding, for people.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The label, for example "Numbness or altered feeling in the saddle area".</returns>
    public static string Label(Finding finding) => FactTable.SlotOf(finding) is var slot and >= 0 ? FactTable.Findings[slot].Label : finding.ToString();

#if NET5_0_OR_GREATER
    private static readonly Finding[] s_findings = Enum.GetValues<Finding>();
    private static readonly Quantity[] s_quantities = Enum.GetValues<Quantity>();
#else
    private static readonly Finding[] s_findings = (Finding[])Enum.GetValues(typeof(Finding));
    private static readonly Quantity[] s_quantities = (Quantity[])Enum.GetValues(typeof(Quantity));
#endif
}
