using System;

namespace RedFlags.Fhir.Internal;

/// <summary>
/// Converts UCUM quantities into the units of <see cref="PatientPresentation"/>. A table of (kind, UCUM code) →
/// linear conversion; a unit that is not in the table is not guessed at, and the value is reported as not used.
/// </summary>
internal static class UcumConverter
{
    private readonly record struct UnitRow(ObservationKind Kind, string Code, double Factor, double Offset);

    private static readonly UnitRow[] s_units =
    [
        new(ObservationKind.BodyTemperature, "Cel", 1, 0),
        new(ObservationKind.BodyTemperature, "[degF]", 5.0 / 9.0, -32.0 * 5.0 / 9.0),
        new(ObservationKind.BodyTemperature, "K", 1, -273.15),
        new(ObservationKind.BodyWeight, "kg", 1, 0),
        new(ObservationKind.BodyWeight, "g", 0.001, 0),
        new(ObservationKind.BodyWeight, "[lb_av]", 0.45359237, 0),
        new(ObservationKind.Esr, "mm/h", 1, 0),
        new(ObservationKind.Esr, "mm/(1.h)", 1, 0),
        new(ObservationKind.Crp, "mg/L", 1, 0),
        new(ObservationKind.Crp, "mg/dL", 10, 0),
        new(ObservationKind.Crp, "ug/mL", 1, 0),
        new(ObservationKind.Haemoglobin, "g/L", 1, 0),
        new(ObservationKind.Haemoglobin, "g/dL", 10, 0),
        // Haemoglobin (monomer) 1 mmol/L = 16.114 g/L, as reported in the Netherlands and Scandinavia.
        new(ObservationKind.Haemoglobin, "mmol/L", 16.114, 0),
        new(ObservationKind.TotalCalcium, "mmol/L", 1, 0),
        new(ObservationKind.TotalCalcium, "mg/dL", 1 / 4.008, 0),
        new(ObservationKind.TotalCalcium, "meq/L", 0.5, 0),
        new(ObservationKind.AdjustedCalcium, "mmol/L", 1, 0),
        new(ObservationKind.AdjustedCalcium, "mg/dL", 1 / 4.008, 0),
        new(ObservationKind.WhiteCellCount, "10*9/L", 1, 0),
        new(ObservationKind.WhiteCellCount, "10*3/uL", 1, 0),
        new(ObservationKind.WhiteCellCount, "10*3/mm3", 1, 0),
        new(ObservationKind.WhiteCellCount, "/uL", 0.001, 0),
        new(ObservationKind.WhiteCellCount, "/mm3", 0.001, 0),
        new(ObservationKind.PlasmaViscosity, "mPa.s", 1, 0),
        new(ObservationKind.PlasmaViscosity, "cP", 1, 0),
    ];

    /// <summary>Gets the unit a kind is converted into, for the report.</summary>
    public static string TargetUnit(ObservationKind kind) => kind switch
    {
        ObservationKind.BodyTemperature => "Cel",
        ObservationKind.BodyWeight => "kg",
        ObservationKind.Esr => "mm/h",
        ObservationKind.Crp => "mg/L",
        ObservationKind.Haemoglobin => "g/L",
        ObservationKind.TotalCalcium or ObservationKind.AdjustedCalcium => "mmol/L",
        ObservationKind.WhiteCellCount => "10*9/L",
        ObservationKind.PlasmaViscosity => "mPa.s",
        _ => string.Empty,
    };

    /// <summary>Converts a value in a UCUM unit into the presentation's unit for the kind.</summary>
    /// <returns><see langword="true"/> when the unit is known for the kind.</returns>
    public static bool TryConvert(ObservationKind kind, double value, string? ucumCode, out double converted)
    {
        if (ucumCode is not null)
        {
            foreach (var row in s_units)
            {
                if (row.Kind == kind && string.Equals(row.Code, ucumCode.Trim(), StringComparison.Ordinal))
                {
                    converted = (value * row.Factor) + row.Offset;
                    return true;
                }
            }
        }

        converted = double.NaN;
        return false;
    }
}
