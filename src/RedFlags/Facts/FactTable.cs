using System;

namespace RedFlags.Facts;

/// <summary>
/// The table of facts: one declaration per <see cref="Finding"/> and per <see cref="Quantity"/>, the only place that
/// says where a fact lives in a <see cref="PatientPresentation"/>, what it is called and how it is labelled.
/// </summary>
/// <remarks>
/// <para>A finding's position in <see cref="Findings"/> is its slot: bit <c>slot % 64</c> of word <c>slot / 64</c> of the
/// finding snapshot. The snapshot has as many 64-bit words as the table needs (<see cref="SnapshotWords"/>, generated); there is no
/// ceiling on the number of findings.</para>
/// <para>To add a finding: add the enum member, the model property, and one line here; then run the tests with
/// <c>UPDATE_GENERATED=1</c> to regenerate <c>FactTable.Generated.cs</c> (see <c>docs/architecture.md</c>).</para>
/// <para>Immutable; shared by every thread.</para>
/// </remarks>
internal static partial class FactTable
{
    /// <summary>Every finding, in slot order.</summary>
    public static readonly FindingFact[] Findings =
    [
        Stored(Finding.LumbarPain, FactSection.Pain, nameof(PainFeatures.Lumbar), "Pain in the lower (lumbar) back"),
        Stored(Finding.ThoracicPain, FactSection.Pain, nameof(PainFeatures.Thoracic), "Pain in the mid or upper (thoracic) back"),
        Stored(Finding.CervicalPain, FactSection.Pain, nameof(PainFeatures.Cervical), "Pain in the neck (cervical spine)"),
        Stored(Finding.NightPain, FactSection.Pain, nameof(PainFeatures.WorseAtNightOrWakesFromSleep), "Pain worse at night or waking from sleep"),
        Stored(Finding.PainNotRelievedByRest, FactSection.Pain, nameof(PainFeatures.NotRelievedByRestOrLyingDown), "Pain not relieved by rest or lying down"),
        Stored(Finding.ConstantUnremittingPain, FactSection.Pain, nameof(PainFeatures.ConstantAndUnremitting), "Constant, unremitting pain"),
        Stored(Finding.ProgressivePain, FactSection.Pain, nameof(PainFeatures.ProgressiveOrWorsening), "Progressive (worsening) pain"),
        Stored(Finding.LocalisedSpinalTenderness, FactSection.Pain, nameof(PainFeatures.LocalisedSpinalTenderness), "Pain localised to one spot, with spinal tenderness"),
        Stored(Finding.PainWorseOnStraining, FactSection.Pain, nameof(PainFeatures.WorseOnStraining), "Pain worse on coughing, sneezing or straining"),
        Stored(Finding.MechanicalPain, FactSection.Pain, nameof(PainFeatures.Mechanical), "Mechanical pain (worse on standing, sitting or moving)"),
        Stored(Finding.RadicularOrBandLikePain, FactSection.Pain, nameof(PainFeatures.RadicularOrBandLike), "Radicular or band-like pain"),
        Stored(Finding.InsidiousOnset, FactSection.Pain, nameof(PainFeatures.InsidiousOnset), "Insidious (gradual) onset"),
        Stored(Finding.PersistentPain, FactSection.Pain, nameof(PainFeatures.Persistent), "Persistent bone or back pain"),
        Stored(Finding.NoImprovementAfterFourWeeks, FactSection.Pain, nameof(PainFeatures.NoImprovementAfterFourWeeksOfConservativeCare), "No improvement after four weeks of usual care"),
        Stored(Finding.SuddenSevereOnset, FactSection.Pain, nameof(PainFeatures.SuddenSevereCentralOnset), "Sudden onset of severe central spinal pain"),
        Derived(Finding.PersonalHistoryOfCancer, FactSection.History, nameof(MedicalHistory.PersonalHistoryOfCancer), "Past or current cancer (the patient's own)", hasOwnField: true),
        Derived(Finding.HighRiskPrimaryCancer, FactSection.History, nameof(MedicalHistory.Cancers), "Cancer of breast, lung, prostate, kidney or thyroid, myeloma or lymphoma"),
        Derived(Finding.MetastaticCancer, FactSection.History, nameof(MedicalHistory.Cancers), "Known metastatic cancer"),
        Stored(Finding.FamilyHistoryOfCancer, FactSection.History, nameof(MedicalHistory.FamilyHistoryOfCancer), "Family history of cancer"),
        Stored(Finding.ClinicianSuspectsCancer, FactSection.History, nameof(MedicalHistory.ClinicianSuspectsCancer), "Clinician suspects cancer"),
        Stored(Finding.CorticosteroidUse, FactSection.History, nameof(MedicalHistory.CorticosteroidUse), "Corticosteroid use", writeIsDerived: true),
        Stored(Finding.Immunosuppression, FactSection.History, nameof(MedicalHistory.Immunosuppression), "Immunosuppression (e.g. diabetes, HIV, chemotherapy, transplant drugs)"),
        Stored(Finding.InjectingDrugUse, FactSection.History, nameof(MedicalHistory.InjectingDrugUse), "Injecting drug use"),
        Stored(Finding.Osteoporosis, FactSection.History, nameof(MedicalHistory.Osteoporosis), "Known osteoporosis"),
        Stored(Finding.PreviousFragilityFracture, FactSection.History, nameof(MedicalHistory.PreviousFragilityFracture), "Previous fragility fracture"),
        Stored(Finding.UnexplainedFracture, FactSection.History, nameof(MedicalHistory.UnexplainedFracture), "Unexplained fracture"),
        Derived(Finding.HighEnergyTrauma, FactSection.History, nameof(MedicalHistory.Trauma), "High-energy injury (road collision, fall from height)"),
        Derived(Finding.LowEnergyTrauma, FactSection.History, nameof(MedicalHistory.Trauma), "Low-energy injury (fall from standing, heavy lift)"),
        Stored(Finding.RecentInfectionOrBacteraemia, FactSection.History, nameof(MedicalHistory.RecentInfectionOrBacteraemia), "Recent infection or bacteraemia"),
        Stored(Finding.RecentSpinalProcedureOrHardware, FactSection.History, nameof(MedicalHistory.RecentSpinalProcedureOrHardware), "Recent spinal procedure or spinal hardware"),
        Stored(Finding.IndwellingVascularCatheter, FactSection.History, nameof(MedicalHistory.IndwellingVascularCatheter), "Indwelling vascular catheter"),
        Stored(Finding.UnexplainedWeightLoss, FactSection.Systemic, nameof(SystemicFeatures.UnexplainedWeightLoss), "Unexplained weight loss"),
        Stored(Finding.Fever, FactSection.Systemic, nameof(SystemicFeatures.Fever), "Fever or rigors"),
        Stored(Finding.NightSweats, FactSection.Systemic, nameof(SystemicFeatures.NightSweats), "Night sweats"),
        Stored(Finding.Fatigue, FactSection.Systemic, nameof(SystemicFeatures.Fatigue), "Fatigue or feeling generally unwell"),
        Derived(Finding.LegWeakness, FactSection.Neurology, nameof(NeurologicalFeatures.LegWeakness), "Weakness in the legs or feet"),
        Derived(Finding.ProgressiveLegWeakness, FactSection.Neurology, nameof(NeurologicalFeatures.LegWeakness), "Progressive (worsening) leg weakness"),
        Derived(Finding.LegSymptomsInOneLeg, FactSection.Neurology, nameof(NeurologicalFeatures.LegSymptoms), "Leg symptoms in one leg"),
        Derived(Finding.LegSymptomsInBothLegs, FactSection.Neurology, nameof(NeurologicalFeatures.LegSymptoms), "Leg symptoms in both legs"),
        Stored(Finding.NumbnessInOneLeg, FactSection.Neurology, nameof(NeurologicalFeatures.NumbnessOrTinglingInOneLeg), "Numbness or tingling in one leg or foot"),
        Stored(Finding.NumbnessInBothLegs, FactSection.Neurology, nameof(NeurologicalFeatures.NumbnessOrTinglingInBothLegs), "Numbness or tingling in both legs or feet"),
        Stored(Finding.SaddleNumbness, FactSection.Neurology, nameof(NeurologicalFeatures.SaddleNumbnessOrTingling), "Numbness or altered feeling in the saddle area"),
        Stored(Finding.UrinaryRetention, FactSection.Neurology, nameof(NeurologicalFeatures.UrinaryRetention), "Urinary retention"),
        Stored(Finding.UrinaryIncontinence, FactSection.Neurology, nameof(NeurologicalFeatures.UrinaryIncontinence), "Urinary incontinence"),
        Stored(Finding.UrinaryHesitancy, FactSection.Neurology, nameof(NeurologicalFeatures.UrinaryHesitancyOrPoorStream), "Urinary hesitancy or poor stream"),
        Stored(Finding.AlteredBladderSensation, FactSection.Neurology, nameof(NeurologicalFeatures.AlteredBladderSensation), "Altered bladder sensation"),
        Stored(Finding.FaecalIncontinence, FactSection.Neurology, nameof(NeurologicalFeatures.FaecalIncontinence), "Faecal incontinence"),
        Stored(Finding.AlteredRectalSensation, FactSection.Neurology, nameof(NeurologicalFeatures.AlteredRectalSensation), "Altered rectal sensation"),
        Stored(Finding.SexualDysfunction, FactSection.Neurology, nameof(NeurologicalFeatures.SexualDysfunction), "New sexual dysfunction"),
        Stored(Finding.GaitDisturbance, FactSection.Neurology, nameof(NeurologicalFeatures.GaitDisturbance), "Difficulty walking or change in gait"),
        Stored(Finding.NeurologicalSymptomsRecent, FactSection.Neurology, nameof(NeurologicalFeatures.BeganOrWorsenedWithin14Days), "Neurological symptoms began or worsened within 14 days"),
        Stored(Finding.SpinalBruiseOrGraze, FactSection.Examination, nameof(ExaminationFindings.SpinalBruiseOrGraze), "Bruise or graze over the spine"),
        Stored(Finding.ReducedAnalTone, FactSection.Examination, nameof(ExaminationFindings.ReducedAnalTone), "Reduced anal tone"),
        Stored(Finding.RaisedCrp, FactSection.Labs, nameof(LaboratoryResults.RaisedCrp), "CRP above the reference range"),
        Stored(Finding.Anaemia, FactSection.Labs, nameof(LaboratoryResults.Anaemia), "Anaemia (haemoglobin below the reference range)"),
        Stored(Finding.Hypercalcaemia, FactSection.Labs, nameof(LaboratoryResults.Hypercalcaemia), "Hypercalcaemia"),
        Stored(Finding.Leukopenia, FactSection.Labs, nameof(LaboratoryResults.Leukopenia), "Leukopenia (low white cell count)"),
        Stored(Finding.RaisedPlasmaViscosity, FactSection.Labs, nameof(LaboratoryResults.RaisedPlasmaViscosity), "Plasma viscosity above the reference range"),
        Stored(Finding.MyelomaScreenAbnormal, FactSection.Labs, nameof(LaboratoryResults.MyelomaScreenAbnormal), "Protein electrophoresis or free light chains suggest myeloma"),
        Derived(Finding.Female, FactSection.Presentation, nameof(PatientPresentation.Sex), "Female sex"),
        Derived(Finding.Male, FactSection.Presentation, nameof(PatientPresentation.Sex), "Male sex"),
    ];

    /// <summary>Every quantity, in slot order.</summary>
    public static readonly QuantityFact[] Quantities =
    [
        Derived(Quantity.AgeYears, FactSection.Presentation, nameof(PatientPresentation.AgeYears), "Age", "years", 0, 130),
        Derived(Quantity.PainDurationDays, FactSection.Pain, nameof(PainFeatures.DurationDays), "Duration of pain", "days", 0, 36_500),
        Derived(Quantity.CorticosteroidDurationDays, FactSection.History, nameof(MedicalHistory.CorticosteroidDurationDays), "Duration of corticosteroid use", "days", 0, 36_500),
        Stored(Quantity.WeightLossKilograms, FactSection.Systemic, nameof(SystemicFeatures.WeightLossKilograms), "Weight lost", "kg", 0, 300),
        Stored(Quantity.WeightLossPeriodWeeks, FactSection.Systemic, nameof(SystemicFeatures.WeightLossPeriodWeeks), "Period of weight loss", "weeks", 0, 520),
        Stored(Quantity.TemperatureCelsius, FactSection.Systemic, nameof(SystemicFeatures.TemperatureCelsius), "Measured temperature", "°C", 25, 45),
        Stored(Quantity.EsrMillimetresPerHour, FactSection.Labs, nameof(LaboratoryResults.EsrMillimetresPerHour), "ESR", "mm/h", 0, 200),
        Stored(Quantity.CrpMilligramsPerLitre, FactSection.Labs, nameof(LaboratoryResults.CrpMilligramsPerLitre), "CRP", "mg/L", 0, 1_000),
        Stored(Quantity.HaemoglobinGramsPerLitre, FactSection.Labs, nameof(LaboratoryResults.HaemoglobinGramsPerLitre), "Haemoglobin", "g/L", 0, 300),
        Stored(Quantity.AdjustedCalciumMillimolesPerLitre, FactSection.Labs, nameof(LaboratoryResults.AdjustedCalciumMillimolesPerLitre), "Adjusted calcium", "mmol/L", 0, 10),
        Stored(Quantity.WhiteCellCountBillionsPerLitre, FactSection.Labs, nameof(LaboratoryResults.WhiteCellCountBillionsPerLitre), "White cell count", "x10^9/L", 0, 1_000),
        Stored(Quantity.PlasmaViscosityMillipascalSeconds, FactSection.Labs, nameof(LaboratoryResults.PlasmaViscosityMillipascalSeconds), "Plasma viscosity", "mPa·s", 0, 10),
        Stored(Quantity.PostVoidResidualMillilitres, FactSection.Examination, nameof(ExaminationFindings.PostVoidResidualMillilitres), "Post-void residual volume", "mL", 0, 5_000),
    ];

    private static readonly int[] s_findingSlot = SlotsOf(Findings, static fact => (int)fact.Finding);
    private static readonly int[] s_quantitySlot = SlotsOf(Quantities, static fact => (int)fact.Quantity);

    /// <summary>The slot of a finding in <see cref="Findings"/> and in the snapshot, or -1 when it is not defined.</summary>
    public static int SlotOf(Finding finding) => (uint)finding < (uint)s_findingSlot.Length ? s_findingSlot[(int)finding] : -1;

    /// <summary>The slot of a quantity in <see cref="Quantities"/>, or -1 when it is not defined.</summary>
    public static int SlotOf(Quantity quantity) => (uint)quantity < (uint)s_quantitySlot.Length ? s_quantitySlot[(int)quantity] : -1;

    /// <summary>The declaration of a finding.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the finding is not defined.</exception>
    public static FindingFact Of(Finding finding)
        => SlotOf(finding) is var slot and >= 0 ? Findings[slot] : throw new ArgumentOutOfRangeException(nameof(finding), finding, "The finding is not defined.");

    /// <summary>The declaration of a quantity.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the quantity is not defined.</exception>
    public static QuantityFact Of(Quantity quantity)
        => SlotOf(quantity) is var slot and >= 0 ? Quantities[slot] : throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "The quantity is not defined.");

    // A finding stored in a Presence field of its own.
    private static FindingFact Stored(Finding finding, FactSection section, string property, string label, bool writeIsDerived = false)
        => new(finding, section, property, label) { HasOwnField = true, WriteIsDerived = writeIsDerived };

    // A finding computed from other fields, read and written by the FactDerivations methods named after it.
    private static FindingFact Derived(Finding finding, FactSection section, string property, string label, bool hasOwnField = false)
        => new(finding, section, property, label) { HasOwnField = hasOwnField, ReadIsDerived = true, WriteIsDerived = true };

    private static QuantityFact Stored(Quantity quantity, FactSection section, string property, string label, string unit, double minimum, double maximum)
        => new(quantity, section, property, label, unit, minimum, maximum);

    private static QuantityFact Derived(Quantity quantity, FactSection section, string property, string label, string unit, double minimum, double maximum)
        => new(quantity, section, property, label, unit, minimum, maximum) { IsDerived = true };

    private static int[] SlotsOf<T>(T[] facts, Func<T, int> value)
    {
        var max = 0;
        foreach (var fact in facts)
        {
            max = Math.Max(max, value(fact));
        }

        var slots = new int[max + 1];
        slots.AsSpan().Fill(-1);
        for (var i = 0; i < facts.Length; i++)
        {
            slots[value(facts[i])] = i;
        }

        return slots;
    }
}
