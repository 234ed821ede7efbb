namespace RedFlags;

/// <summary>A yes/no/unknown fact that rules test, read from a <see cref="PatientPresentation"/>.</summary>
/// <remarks>
/// Most findings are a <see cref="Presence"/> of the presentation; some are derived (noted on each member).
/// The numeric values are stable forever and never reused; new findings get new values.
/// </remarks>
public enum Finding
{
    /// <summary>Pain in the lumbar spine. From <see cref="PainFeatures.Lumbar"/>.</summary>
    LumbarPain = 1,

    /// <summary>Pain in the thoracic spine. From <see cref="PainFeatures.Thoracic"/>.</summary>
    ThoracicPain = 2,

    /// <summary>Pain in the cervical spine. From <see cref="PainFeatures.Cervical"/>.</summary>
    CervicalPain = 3,

    /// <summary>Pain worse at night or waking from sleep. From <see cref="PainFeatures.WorseAtNightOrWakesFromSleep"/>.</summary>
    NightPain = 4,

    /// <summary>Pain not relieved by rest or lying down. From <see cref="PainFeatures.NotRelievedByRestOrLyingDown"/>.</summary>
    PainNotRelievedByRest = 5,

    /// <summary>Constant, unremitting pain. From <see cref="PainFeatures.ConstantAndUnremitting"/>.</summary>
    ConstantUnremittingPain = 6,

    /// <summary>Progressive (worsening) pain. From <see cref="PainFeatures.ProgressiveOrWorsening"/>.</summary>
    ProgressivePain = 7,

    /// <summary>Pain localised to one spot with spinal tenderness. From <see cref="PainFeatures.LocalisedSpinalTenderness"/>.</summary>
    LocalisedSpinalTenderness = 8,

    /// <summary>Pain worse on straining. From <see cref="PainFeatures.WorseOnStraining"/>.</summary>
    PainWorseOnStraining = 9,

    /// <summary>Mechanical pain. From <see cref="PainFeatures.Mechanical"/>.</summary>
    MechanicalPain = 10,

    /// <summary>Radicular or band-like pain. From <see cref="PainFeatures.RadicularOrBandLike"/>.</summary>
    RadicularOrBandLikePain = 11,

    /// <summary>Insidious onset. From <see cref="PainFeatures.InsidiousOnset"/>.</summary>
    InsidiousOnset = 12,

    /// <summary>Persistent bone or back pain. From <see cref="PainFeatures.Persistent"/>.</summary>
    PersistentPain = 13,

    /// <summary>No improvement after four weeks of conservative care. From <see cref="PainFeatures.NoImprovementAfterFourWeeksOfConservativeCare"/>.</summary>
    NoImprovementAfterFourWeeks = 14,

    /// <summary>Sudden onset of severe central spinal pain, with or without a fall (for example on coughing, lifting or bending). From <see cref="PainFeatures.SuddenSevereCentralOnset"/>.</summary>
    SuddenSevereOnset = 92,

    /// <summary>Personal history of cancer (derived): present when <see cref="MedicalHistory.Cancers"/> lists a cancer other than non-melanoma skin cancer, otherwise <see cref="MedicalHistory.PersonalHistoryOfCancer"/>. Never set by family history.</summary>
    PersonalHistoryOfCancer = 20,

    /// <summary>A cancer whose primary site often spreads to the spine: breast, lung, prostate, kidney, thyroid, myeloma or lymphoma (derived from <see cref="MedicalHistory.Cancers"/>; unknown when a cancer's site is unknown).</summary>
    HighRiskPrimaryCancer = 21,

    /// <summary>A cancer known to be metastatic (derived from <see cref="MedicalHistory.Cancers"/>).</summary>
    MetastaticCancer = 22,

    /// <summary>Family history of cancer. From <see cref="MedicalHistory.FamilyHistoryOfCancer"/>; no default rule uses it as a personal history.</summary>
    FamilyHistoryOfCancer = 23,

    /// <summary>Clinician suspects cancer. From <see cref="MedicalHistory.ClinicianSuspectsCancer"/>.</summary>
    ClinicianSuspectsCancer = 24,

    /// <summary>Corticosteroid use. From <see cref="MedicalHistory.CorticosteroidUse"/>.</summary>
    CorticosteroidUse = 25,

    /// <summary>Immunosuppression. From <see cref="MedicalHistory.Immunosuppression"/>.</summary>
    Immunosuppression = 26,

    /// <summary>Injecting drug use. From <see cref="MedicalHistory.InjectingDrugUse"/>.</summary>
    InjectingDrugUse = 27,

    /// <summary>Known osteoporosis. From <see cref="MedicalHistory.Osteoporosis"/>.</summary>
    Osteoporosis = 28,

    /// <summary>Previous fragility fracture. From <see cref="MedicalHistory.PreviousFragilityFracture"/>.</summary>
    PreviousFragilityFracture = 29,

    /// <summary>Unexplained fracture. From <see cref="MedicalHistory.UnexplainedFracture"/>.</summary>
    UnexplainedFracture = 30,

    /// <summary>High-energy trauma (derived from <see cref="MedicalHistory.Trauma"/>).</summary>
    HighEnergyTrauma = 31,

    /// <summary>Low-energy trauma (derived from <see cref="MedicalHistory.Trauma"/>).</summary>
    LowEnergyTrauma = 32,

    /// <summary>Recent infection or bacteraemia. From <see cref="MedicalHistory.RecentInfectionOrBacteraemia"/>.</summary>
    RecentInfectionOrBacteraemia = 33,

    /// <summary>Recent spinal procedure or spinal hardware. From <see cref="MedicalHistory.RecentSpinalProcedureOrHardware"/>.</summary>
    RecentSpinalProcedureOrHardware = 34,

    /// <summary>Indwelling vascular catheter. From <see cref="MedicalHistory.IndwellingVascularCatheter"/>.</summary>
    IndwellingVascularCatheter = 35,

    /// <summary>Unexplained weight loss. From <see cref="SystemicFeatures.UnexplainedWeightLoss"/>.</summary>
    UnexplainedWeightLoss = 40,

    /// <summary>Reported fever or rigors. From <see cref="SystemicFeatures.Fever"/>.</summary>
    Fever = 41,

    /// <summary>Night sweats. From <see cref="SystemicFeatures.NightSweats"/>.</summary>
    NightSweats = 42,

    /// <summary>Fatigue or feeling generally unwell. From <see cref="SystemicFeatures.Fatigue"/>.</summary>
    Fatigue = 43,

    /// <summary>Any leg weakness, stable or progressive (derived from <see cref="NeurologicalFeatures.LegWeakness"/>).</summary>
    LegWeakness = 50,

    /// <summary>Progressive leg weakness (derived from <see cref="NeurologicalFeatures.LegWeakness"/>).</summary>
    ProgressiveLegWeakness = 51,

    /// <summary>Leg symptoms in one leg (derived from <see cref="NeurologicalFeatures.LegSymptoms"/>).</summary>
    LegSymptomsInOneLeg = 52,

    /// <summary>Leg symptoms in both legs (derived from <see cref="NeurologicalFeatures.LegSymptoms"/>).</summary>
    LegSymptomsInBothLegs = 53,

    /// <summary>Numbness or tingling in one leg. From <see cref="NeurologicalFeatures.NumbnessOrTinglingInOneLeg"/>.</summary>
    NumbnessInOneLeg = 54,

    /// <summary>Numbness or tingling in both legs. From <see cref="NeurologicalFeatures.NumbnessOrTinglingInBothLegs"/>.</summary>
    NumbnessInBothLegs = 55,

    /// <summary>Saddle numbness or altered saddle sensation. From <see cref="NeurologicalFeatures.SaddleNumbnessOrTingling"/>.</summary>
    SaddleNumbness = 56,

    /// <summary>Urinary retention. From <see cref="NeurologicalFeatures.UrinaryRetention"/>.</summary>
    UrinaryRetention = 57,

    /// <summary>Urinary incontinence. From <see cref="NeurologicalFeatures.UrinaryIncontinence"/>.</summary>
    UrinaryIncontinence = 58,

    /// <summary>Urinary hesitancy or poor stream. From <see cref="NeurologicalFeatures.UrinaryHesitancyOrPoorStream"/>.</summary>
    UrinaryHesitancy = 59,

    /// <summary>Altered bladder sensation. From <see cref="NeurologicalFeatures.AlteredBladderSensation"/>.</summary>
    AlteredBladderSensation = 60,

    /// <summary>Faecal incontinence. From <see cref="NeurologicalFeatures.FaecalIncontinence"/>.</summary>
    FaecalIncontinence = 61,

    /// <summary>Altered rectal sensation. From <see cref="NeurologicalFeatures.AlteredRectalSensation"/>.</summary>
    AlteredRectalSensation = 62,

    /// <summary>Sexual dysfunction. From <see cref="NeurologicalFeatures.SexualDysfunction"/>.</summary>
    SexualDysfunction = 63,

    /// <summary>Gait disturbance or difficulty walking. From <see cref="NeurologicalFeatures.GaitDisturbance"/>.</summary>
    GaitDisturbance = 64,

    /// <summary>Neurological symptoms began or worsened within 14 days. From <see cref="NeurologicalFeatures.BeganOrWorsenedWithin14Days"/>.</summary>
    NeurologicalSymptomsRecent = 65,

    /// <summary>Bruise or graze over the spine. From <see cref="ExaminationFindings.SpinalBruiseOrGraze"/>.</summary>
    SpinalBruiseOrGraze = 70,

    /// <summary>Reduced anal tone. From <see cref="ExaminationFindings.ReducedAnalTone"/>.</summary>
    ReducedAnalTone = 71,

    /// <summary>CRP above the reference range. From <see cref="LaboratoryResults.RaisedCrp"/>.</summary>
    RaisedCrp = 80,

    /// <summary>Anaemia. From <see cref="LaboratoryResults.Anaemia"/>.</summary>
    Anaemia = 81,

    /// <summary>Hypercalcaemia. From <see cref="LaboratoryResults.Hypercalcaemia"/>.</summary>
    Hypercalcaemia = 82,

    /// <summary>Leukopenia. From <see cref="LaboratoryResults.Leukopenia"/>.</summary>
    Leukopenia = 83,

    /// <summary>Plasma viscosity above the reference range. From <see cref="LaboratoryResults.RaisedPlasmaViscosity"/>.</summary>
    RaisedPlasmaViscosity = 84,

    /// <summary>Myeloma screen abnormal. From <see cref="LaboratoryResults.MyelomaScreenAbnormal"/>.</summary>
    MyelomaScreenAbnormal = 85,

    /// <summary>Female sex (derived from <see cref="PatientPresentation.Sex"/>).</summary>
    Female = 90,

    /// <summary>Male sex (derived from <see cref="PatientPresentation.Sex"/>).</summary>
    Male = 91,
}
