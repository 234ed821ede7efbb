namespace RedFlags;

/// <summary>A number that rules compare with a threshold, read from a <see cref="PatientPresentation"/>.</summary>
/// <remarks>The unit is part of the name. The numeric values are stable forever and never reused.</remarks>
public enum Quantity
{
    /// <summary>Age in completed years at the assessment date (from the date of birth when given).</summary>
    AgeYears = 1,

    /// <summary>Days from the onset of pain to the assessment date (or the duration given).</summary>
    PainDurationDays = 2,

    /// <summary>Days of corticosteroid use; 0 when corticosteroid use is known to be absent.</summary>
    CorticosteroidDurationDays = 3,

    /// <summary>Weight lost, in kilograms.</summary>
    WeightLossKilograms = 4,

    /// <summary>Period over which the weight was lost, in weeks.</summary>
    WeightLossPeriodWeeks = 5,

    /// <summary>Highest measured body temperature, in degrees Celsius.</summary>
    TemperatureCelsius = 6,

    /// <summary>Erythrocyte sedimentation rate, in mm/h.</summary>
    EsrMillimetresPerHour = 7,

    /// <summary>C-reactive protein, in mg/L.</summary>
    CrpMilligramsPerLitre = 8,

    /// <summary>Haemoglobin, in g/L.</summary>
    HaemoglobinGramsPerLitre = 9,

    /// <summary>Adjusted calcium, in mmol/L.</summary>
    AdjustedCalciumMillimolesPerLitre = 10,

    /// <summary>White cell count, in 10^9 per litre.</summary>
    WhiteCellCountBillionsPerLitre = 11,

    /// <summary>Plasma viscosity, in mPa·s.</summary>
    PlasmaViscosityMillipascalSeconds = 12,

    /// <summary>Post-void residual bladder volume, in millilitres.</summary>
    PostVoidResidualMillilitres = 13,
}
