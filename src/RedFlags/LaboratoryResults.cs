namespace RedFlags;

/// <summary>Laboratory results: the numbers, the laboratory's own interpretation of each, and its reference ranges.</summary>
/// <remarks>
/// <para>Brief §13.1: a number is read with the laboratory's flag (<see cref="Anaemia"/>, <see cref="Hypercalcaemia"/>
/// ...) when it is given, else with the laboratory's reference range (<see cref="AdjustedCalciumRange"/> ...), else with
/// the rule set's default limit (<see cref="LaboratoryLimits"/>); a number with none of these leaves its finding
/// unknown, and the assessment asks for it naming the value. The flag always wins.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record LaboratoryResults
{
    /// <summary>Nothing recorded: every finding unknown. Shared as the default section of a presentation (immutable, so one instance serves all).</summary>
    internal static readonly LaboratoryResults Empty = new();

    /// <summary>Gets the erythrocyte sedimentation rate, in mm/h.</summary>
    /// <value>0 or more; <see langword="null"/> when not measured.</value>
    public double? EsrMillimetresPerHour { get; init; }

    /// <summary>Gets the C-reactive protein, in mg/L.</summary>
    /// <value>0 or more; <see langword="null"/> when not measured.</value>
    public double? CrpMilligramsPerLitre { get; init; }

    /// <summary>Gets the haemoglobin, in g/L.</summary>
    /// <value>0 or more; <see langword="null"/> when not measured.</value>
    public double? HaemoglobinGramsPerLitre { get; init; }

    /// <summary>Gets the adjusted (corrected) calcium, in mmol/L.</summary>
    /// <value>0 or more; <see langword="null"/> when not measured.</value>
    public double? AdjustedCalciumMillimolesPerLitre { get; init; }

    /// <summary>Gets the white cell count, in 10^9 cells per litre.</summary>
    /// <value>0 or more; <see langword="null"/> when not measured.</value>
    public double? WhiteCellCountBillionsPerLitre { get; init; }

    /// <summary>Gets the plasma viscosity, in mPa·s.</summary>
    /// <value>0 or more; <see langword="null"/> when not measured.</value>
    public double? PlasmaViscosityMillipascalSeconds { get; init; }

    /// <summary>Gets the laboratory's reference range for <see cref="CrpMilligramsPerLitre"/>.</summary>
    /// <value><see langword="null"/> when not given.</value>
    public ReferenceRange? CrpRange { get; init; }

    /// <summary>Gets the laboratory's reference range for <see cref="HaemoglobinGramsPerLitre"/>.</summary>
    /// <value><see langword="null"/> when not given.</value>
    public ReferenceRange? HaemoglobinRange { get; init; }

    /// <summary>Gets the laboratory's reference range for <see cref="AdjustedCalciumMillimolesPerLitre"/>.</summary>
    /// <value><see langword="null"/> when not given.</value>
    public ReferenceRange? AdjustedCalciumRange { get; init; }

    /// <summary>Gets the laboratory's reference range for <see cref="WhiteCellCountBillionsPerLitre"/>.</summary>
    /// <value><see langword="null"/> when not given.</value>
    public ReferenceRange? WhiteCellCountRange { get; init; }

    /// <summary>Gets the laboratory's reference range for <see cref="PlasmaViscosityMillipascalSeconds"/>.</summary>
    /// <value><see langword="null"/> when not given.</value>
    public ReferenceRange? PlasmaViscosityRange { get; init; }

    /// <summary>Gets whether the CRP is above the laboratory's reference range.</summary>
    public Presence RaisedCrp { get; init; }

    /// <summary>Gets whether the haemoglobin (or haematocrit) is below the laboratory's sex-specific reference range.</summary>
    public Presence Anaemia { get; init; }

    /// <summary>Gets whether the adjusted calcium is above the laboratory's reference range.</summary>
    public Presence Hypercalcaemia { get; init; }

    /// <summary>Gets whether the white cell count is below the laboratory's reference range.</summary>
    public Presence Leukopenia { get; init; }

    /// <summary>Gets whether the plasma viscosity is above the laboratory's reference range.</summary>
    public Presence RaisedPlasmaViscosity { get; init; }

    /// <summary>Gets whether serum protein electrophoresis, free light chains or urine Bence-Jones protein suggest myeloma.</summary>
    public Presence MyelomaScreenAbnormal { get; init; }
}
