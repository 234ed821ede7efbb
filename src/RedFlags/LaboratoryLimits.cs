using System.Text.Json.Serialization;

namespace RedFlags;

/// <summary>The default adult limits a rule set reads a laboratory number with when the result carries neither the
/// laboratory's flag nor its reference range (brief §13.1).</summary>
/// <remarks>
/// <para>A limit that is <see langword="null"/> has no default: a number without the laboratory's interpretation then
/// leaves its finding unknown, and the assessment asks for the interpretation naming the value. The brief gives no
/// default for CRP or plasma viscosity, so <see cref="Default"/> has none; a local rule set may set its own.</para>
/// <para>Every limit must be finite and above zero (RF2017). In a rule file (<c>laboratoryLimits</c>) every limit is
/// written, <c>null</c> included, because a limit left out of the file keeps its published default while
/// <c>null</c> removes it. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record LaboratoryLimits
{
    /// <summary>Gets the limits of brief §13.1: adjusted calcium above 2.60 mmol/L (UK Pathology Harmony), haemoglobin
    /// below 130 g/L in men and 120 g/L in women (WHO 2024), white cells below 4.0 × 10⁹/L (NHS laboratories), and
    /// no default for CRP or plasma viscosity.</summary>
    public static LaboratoryLimits Default { get; } = new();

    /// <summary>Reads the laboratory numbers of a presentation into their findings with these limits, as an evaluator
    /// whose rule set has them does: the laboratory's flag when given, else its reference range, else the limit.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>A copy with the laboratory findings read, or the presentation itself when it has no number to read.</returns>
    /// <exception cref="System.ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    public PatientPresentation Read(PatientPresentation presentation)
        => Evaluation.LaboratoryReading.Apply(Internal.Guard.NotNull(presentation), this, out _);

    /// <summary>Gets the adjusted calcium above which it is hypercalcaemia, in mmol/L.</summary>
    /// <value>Defaults to 2.60 ([V] Schini et al. 2021, UK Pathology Harmony range 2.20-2.60; brief §13.1).</value>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? AdjustedCalciumAboveMillimolesPerLitre { get; init; } = 2.60;

    /// <summary>Gets the haemoglobin below which a man is anaemic, in g/L.</summary>
    /// <value>Defaults to 130 ([V] WHO guideline on haemoglobin cutoffs 2024; brief §13.1).</value>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? HaemoglobinBelowInMenGramsPerLitre { get; init; } = 130;

    /// <summary>Gets the haemoglobin below which a non-pregnant woman is anaemic, in g/L.</summary>
    /// <value>Defaults to 120 ([V] WHO guideline on haemoglobin cutoffs 2024; brief §13.1).</value>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? HaemoglobinBelowInWomenGramsPerLitre { get; init; } = 120;

    /// <summary>Gets the white cell count below which it is leukopenia, in 10^9 per litre.</summary>
    /// <value>Defaults to 4.0 ([S] lower limit printed by NHS laboratories; brief §13.1).</value>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? WhiteCellCountBelowBillionsPerLitre { get; init; } = 4.0;

    /// <summary>Gets the CRP above which it is raised, in mg/L.</summary>
    /// <value>No default: the brief retrieved none (§13.1).</value>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? CrpAboveMilligramsPerLitre { get; init; }

    /// <summary>Gets the plasma viscosity above which it is raised, in mPa·s.</summary>
    /// <value>No default: the brief retrieved none (§13.1).</value>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? PlasmaViscosityAboveMillipascalSeconds { get; init; }
}
