using System;

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
    public static string Name(Finding finding) => CamelCase(finding.ToString());

    /// <summary>Gets the camelCase name of a quantity, as rule files write it.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The name, for example <c>ageYears</c>.</returns>
    public static string Name(Quantity quantity) => CamelCase(quantity.ToString());

    /// <summary>Parses a finding name (case-sensitive camelCase).</summary>
    /// <param name="name">The name.</param>
    /// <param name="finding">The finding, when the name is known.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> names a finding.</returns>
    public static bool TryParseFinding(string? name, out Finding finding)
    {
        foreach (var candidate in AllFindings)
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                finding = candidate;
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
        foreach (var candidate in AllQuantities)
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                quantity = candidate;
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
    public static (double Minimum, double Maximum) Range(Quantity quantity) => quantity switch
    {
        Quantity.AgeYears => (0, 130),
        Quantity.PainDurationDays => (0, 36_500),
        Quantity.CorticosteroidDurationDays => (0, 36_500),
        Quantity.WeightLossKilograms => (0, 300),
        Quantity.WeightLossPeriodWeeks => (0, 520),
        Quantity.TemperatureCelsius => (25, 45),
        Quantity.EsrMillimetresPerHour => (0, 200),
        Quantity.CrpMilligramsPerLitre => (0, 1_000),
        Quantity.HaemoglobinGramsPerLitre => (0, 300),
        Quantity.AdjustedCalciumMillimolesPerLitre => (0, 10),
        Quantity.WhiteCellCountBillionsPerLitre => (0, 1_000),
        Quantity.PlasmaViscosityMillipascalSeconds => (0, 10),
        Quantity.PostVoidResidualMillilitres => (0, 5_000),
        _ => (double.NaN, double.NaN),
    };

    /// <summary>Gets the unit of a quantity in words.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The unit, for example "years".</returns>
    public static string Unit(Quantity quantity) => quantity switch
    {
        Quantity.AgeYears => "years",
        Quantity.PainDurationDays or Quantity.CorticosteroidDurationDays => "days",
        Quantity.WeightLossKilograms => "kg",
        Quantity.WeightLossPeriodWeeks => "weeks",
        Quantity.TemperatureCelsius => "°C",
        Quantity.EsrMillimetresPerHour => "mm/h",
        Quantity.CrpMilligramsPerLitre => "mg/L",
        Quantity.HaemoglobinGramsPerLitre => "g/L",
        Quantity.AdjustedCalciumMillimolesPerLitre => "mmol/L",
        Quantity.WhiteCellCountBillionsPerLitre => "x10^9/L",
        Quantity.PlasmaViscosityMillipascalSeconds => "mPa·s",
        Quantity.PostVoidResidualMillilitres => "mL",
        _ => string.Empty,
    };

    /// <summary>Gets a label for a quantity, for people.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The label, for example "Age".</returns>
    public static string Label(Quantity quantity) => quantity switch
    {
        Quantity.AgeYears => "Age",
        Quantity.PainDurationDays => "Duration of pain",
        Quantity.CorticosteroidDurationDays => "Duration of corticosteroid use",
        Quantity.WeightLossKilograms => "Weight lost",
        Quantity.WeightLossPeriodWeeks => "Period of weight loss",
        Quantity.TemperatureCelsius => "Measured temperature",
        Quantity.EsrMillimetresPerHour => "ESR",
        Quantity.CrpMilligramsPerLitre => "CRP",
        Quantity.HaemoglobinGramsPerLitre => "Haemoglobin",
        Quantity.AdjustedCalciumMillimolesPerLitre => "Adjusted calcium",
        Quantity.WhiteCellCountBillionsPerLitre => "White cell count",
        Quantity.PlasmaViscosityMillipascalSeconds => "Plasma viscosity",
        Quantity.PostVoidResidualMillilitres => "Post-void residual volume",
        _ => quantity.ToString(),
    };

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
    public static string Label(Finding finding) => finding switch
    {
        Finding.LumbarPain => "Pain in the lower (lumbar) back",
        Finding.ThoracicPain => "Pain in the mid or upper (thoracic) back",
        Finding.CervicalPain => "Pain in the neck (cervical spine)",
        Finding.NightPain => "Pain worse at night or waking from sleep",
        Finding.PainNotRelievedByRest => "Pain not relieved by rest or lying down",
        Finding.ConstantUnremittingPain => "Constant, unremitting pain",
        Finding.ProgressivePain => "Progressive (worsening) pain",
        Finding.LocalisedSpinalTenderness => "Pain localised to one spot, with spinal tenderness",
        Finding.PainWorseOnStraining => "Pain worse on coughing, sneezing or straining",
        Finding.MechanicalPain => "Mechanical pain (worse on standing, sitting or moving)",
        Finding.RadicularOrBandLikePain => "Radicular or band-like pain",
        Finding.InsidiousOnset => "Insidious (gradual) onset",
        Finding.PersistentPain => "Persistent bone or back pain",
        Finding.NoImprovementAfterFourWeeks => "No improvement after four weeks of usual care",
        Finding.PersonalHistoryOfCancer => "Past or current cancer (the patient's own)",
        Finding.HighRiskPrimaryCancer => "Cancer of breast, lung, prostate, kidney or thyroid, myeloma or lymphoma",
        Finding.MetastaticCancer => "Known metastatic cancer",
        Finding.FamilyHistoryOfCancer => "Family history of cancer",
        Finding.ClinicianSuspectsCancer => "Clinician suspects cancer",
        Finding.CorticosteroidUse => "Corticosteroid use",
        Finding.Immunosuppression => "Immunosuppression (e.g. diabetes, HIV, chemotherapy, transplant drugs)",
        Finding.InjectingDrugUse => "Injecting drug use",
        Finding.Osteoporosis => "Known osteoporosis",
        Finding.PreviousFragilityFracture => "Previous fragility fracture",
        Finding.UnexplainedFracture => "Unexplained fracture",
        Finding.HighEnergyTrauma => "High-energy injury (road collision, fall from height)",
        Finding.LowEnergyTrauma => "Low-energy injury (fall from standing, heavy lift)",
        Finding.RecentInfectionOrBacteraemia => "Recent infection or bacteraemia",
        Finding.RecentSpinalProcedureOrHardware => "Recent spinal procedure or spinal hardware",
        Finding.IndwellingVascularCatheter => "Indwelling vascular catheter",
        Finding.UnexplainedWeightLoss => "Unexplained weight loss",
        Finding.Fever => "Fever or rigors",
        Finding.NightSweats => "Night sweats",
        Finding.Fatigue => "Fatigue or feeling generally unwell",
        Finding.LegWeakness => "Weakness in the legs or feet",
        Finding.ProgressiveLegWeakness => "Progressive (worsening) leg weakness",
        Finding.LegSymptomsInOneLeg => "Leg symptoms in one leg",
        Finding.LegSymptomsInBothLegs => "Leg symptoms in both legs",
        Finding.NumbnessInOneLeg => "Numbness or tingling in one leg or foot",
        Finding.NumbnessInBothLegs => "Numbness or tingling in both legs or feet",
        Finding.SaddleNumbness => "Numbness or altered feeling in the saddle area",
        Finding.UrinaryRetention => "Urinary retention",
        Finding.UrinaryIncontinence => "Urinary incontinence",
        Finding.UrinaryHesitancy => "Urinary hesitancy or poor stream",
        Finding.AlteredBladderSensation => "Altered bladder sensation",
        Finding.FaecalIncontinence => "Faecal incontinence",
        Finding.AlteredRectalSensation => "Altered rectal sensation",
        Finding.SexualDysfunction => "New sexual dysfunction",
        Finding.GaitDisturbance => "Difficulty walking or change in gait",
        Finding.NeurologicalSymptomsRecent => "Neurological symptoms began or worsened within 14 days",
        Finding.SpinalBruiseOrGraze => "Bruise or graze over the spine",
        Finding.ReducedAnalTone => "Reduced anal tone",
        Finding.RaisedCrp => "CRP above the reference range",
        Finding.Anaemia => "Anaemia (haemoglobin below the reference range)",
        Finding.Hypercalcaemia => "Hypercalcaemia",
        Finding.Leukopenia => "Leukopenia (low white cell count)",
        Finding.RaisedPlasmaViscosity => "Plasma viscosity above the reference range",
        Finding.MyelomaScreenAbnormal => "Protein electrophoresis or free light chains suggest myeloma",
        Finding.Female => "Female sex",
        Finding.Male => "Male sex",
        _ => finding.ToString(),
    };

#if NET5_0_OR_GREATER
    private static readonly Finding[] s_findings = Enum.GetValues<Finding>();
    private static readonly Quantity[] s_quantities = Enum.GetValues<Quantity>();
#else
    private static readonly Finding[] s_findings = (Finding[])Enum.GetValues(typeof(Finding));
    private static readonly Quantity[] s_quantities = (Quantity[])Enum.GetValues(typeof(Quantity));
#endif

    private static string CamelCase(string pascal) => pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
}
