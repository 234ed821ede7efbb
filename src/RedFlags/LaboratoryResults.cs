namespace RedFlags;

/// <summary>Laboratory results, with the laboratory's own interpretation where the brief gives no cut-off.</summary>
/// <remarks>
/// <para>The evidence brief gives a numeric cut-off only for ESR. For haemoglobin, calcium, white cells, CRP and
/// plasma viscosity it gives none, so rules read the laboratory's reference-range interpretation
/// (<see cref="Anaemia"/>, <see cref="Hypercalcaemia"/> ...) rather than a number invented here.
/// The numbers are kept for custom rules and for the record.</para>
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
