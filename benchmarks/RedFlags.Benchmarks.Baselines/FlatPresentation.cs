using System;
using System.Diagnostics.CodeAnalysis;

namespace RedFlags.Benchmarks.Baselines;

/// <summary>
/// A presentation flattened to one property per finding and per number: the input object of the RulesEngine and
/// if-chain baselines. Findings are 0 (unknown), 1 (absent) or 2 (present), as <see cref="Presence"/>; unknown
/// numbers are NaN, so any comparison with them is false. Ages and durations are computed at the assessment date.
/// </summary>
/// <remarks>Flattening is done once per presentation, outside the measured baseline calls: it favours the baselines.</remarks>
[SuppressMessage("Design", "CA1024:Use properties where appropriate", Justification = "Mirrors the engine's fact reader.")]
public sealed class FlatPresentation
{
    /// <summary>Gets the finding SuddenSevereOnset: 0 unknown, 1 absent, 2 present.</summary>
    public int SuddenSevereOnset { get; init; }

    /// <summary>Gets the finding LumbarPain: 0 unknown, 1 absent, 2 present.</summary>
    public int LumbarPain { get; init; }

    /// <summary>Gets the finding ThoracicPain: 0 unknown, 1 absent, 2 present.</summary>
    public int ThoracicPain { get; init; }

    /// <summary>Gets the finding CervicalPain: 0 unknown, 1 absent, 2 present.</summary>
    public int CervicalPain { get; init; }

    /// <summary>Gets the finding NightPain: 0 unknown, 1 absent, 2 present.</summary>
    public int NightPain { get; init; }

    /// <summary>Gets the finding PainNotRelievedByRest: 0 unknown, 1 absent, 2 present.</summary>
    public int PainNotRelievedByRest { get; init; }

    /// <summary>Gets the finding ConstantUnremittingPain: 0 unknown, 1 absent, 2 present.</summary>
    public int ConstantUnremittingPain { get; init; }

    /// <summary>Gets the finding ProgressivePain: 0 unknown, 1 absent, 2 present.</summary>
    public int ProgressivePain { get; init; }

    /// <summary>Gets the finding LocalisedSpinalTenderness: 0 unknown, 1 absent, 2 present.</summary>
    public int LocalisedSpinalTenderness { get; init; }

    /// <summary>Gets the finding PainWorseOnStraining: 0 unknown, 1 absent, 2 present.</summary>
    public int PainWorseOnStraining { get; init; }

    /// <summary>Gets the finding MechanicalPain: 0 unknown, 1 absent, 2 present.</summary>
    public int MechanicalPain { get; init; }

    /// <summary>Gets the finding RadicularOrBandLikePain: 0 unknown, 1 absent, 2 present.</summary>
    public int RadicularOrBandLikePain { get; init; }

    /// <summary>Gets the finding InsidiousOnset: 0 unknown, 1 absent, 2 present.</summary>
    public int InsidiousOnset { get; init; }

    /// <summary>Gets the finding PersistentPain: 0 unknown, 1 absent, 2 present.</summary>
    public int PersistentPain { get; init; }

    /// <summary>Gets the finding NoImprovementAfterFourWeeks: 0 unknown, 1 absent, 2 present.</summary>
    public int NoImprovementAfterFourWeeks { get; init; }

    /// <summary>Gets the finding PersonalHistoryOfCancer: 0 unknown, 1 absent, 2 present.</summary>
    public int PersonalHistoryOfCancer { get; init; }

    /// <summary>Gets the finding HighRiskPrimaryCancer: 0 unknown, 1 absent, 2 present.</summary>
    public int HighRiskPrimaryCancer { get; init; }

    /// <summary>Gets the finding MetastaticCancer: 0 unknown, 1 absent, 2 present.</summary>
    public int MetastaticCancer { get; init; }

    /// <summary>Gets the finding FamilyHistoryOfCancer: 0 unknown, 1 absent, 2 present.</summary>
    public int FamilyHistoryOfCancer { get; init; }

    /// <summary>Gets the finding ClinicianSuspectsCancer: 0 unknown, 1 absent, 2 present.</summary>
    public int ClinicianSuspectsCancer { get; init; }

    /// <summary>Gets the finding CorticosteroidUse: 0 unknown, 1 absent, 2 present.</summary>
    public int CorticosteroidUse { get; init; }

    /// <summary>Gets the finding Immunosuppression: 0 unknown, 1 absent, 2 present.</summary>
    public int Immunosuppression { get; init; }

    /// <summary>Gets the finding InjectingDrugUse: 0 unknown, 1 absent, 2 present.</summary>
    public int InjectingDrugUse { get; init; }

    /// <summary>Gets the finding Osteoporosis: 0 unknown, 1 absent, 2 present.</summary>
    public int Osteoporosis { get; init; }

    /// <summary>Gets the finding PreviousFragilityFracture: 0 unknown, 1 absent, 2 present.</summary>
    public int PreviousFragilityFracture { get; init; }

    /// <summary>Gets the finding UnexplainedFracture: 0 unknown, 1 absent, 2 present.</summary>
    public int UnexplainedFracture { get; init; }

    /// <summary>Gets the finding HighEnergyTrauma: 0 unknown, 1 absent, 2 present.</summary>
    public int HighEnergyTrauma { get; init; }

    /// <summary>Gets the finding LowEnergyTrauma: 0 unknown, 1 absent, 2 present.</summary>
    public int LowEnergyTrauma { get; init; }

    /// <summary>Gets the finding RecentInfectionOrBacteraemia: 0 unknown, 1 absent, 2 present.</summary>
    public int RecentInfectionOrBacteraemia { get; init; }

    /// <summary>Gets the finding RecentSpinalProcedureOrHardware: 0 unknown, 1 absent, 2 present.</summary>
    public int RecentSpinalProcedureOrHardware { get; init; }

    /// <summary>Gets the finding IndwellingVascularCatheter: 0 unknown, 1 absent, 2 present.</summary>
    public int IndwellingVascularCatheter { get; init; }

    /// <summary>Gets the finding UnexplainedWeightLoss: 0 unknown, 1 absent, 2 present.</summary>
    public int UnexplainedWeightLoss { get; init; }

    /// <summary>Gets the finding Fever: 0 unknown, 1 absent, 2 present.</summary>
    public int Fever { get; init; }

    /// <summary>Gets the finding NightSweats: 0 unknown, 1 absent, 2 present.</summary>
    public int NightSweats { get; init; }

    /// <summary>Gets the finding Fatigue: 0 unknown, 1 absent, 2 present.</summary>
    public int Fatigue { get; init; }

    /// <summary>Gets the finding LegWeakness: 0 unknown, 1 absent, 2 present.</summary>
    public int LegWeakness { get; init; }

    /// <summary>Gets the finding ProgressiveLegWeakness: 0 unknown, 1 absent, 2 present.</summary>
    public int ProgressiveLegWeakness { get; init; }

    /// <summary>Gets the finding LegSymptomsInOneLeg: 0 unknown, 1 absent, 2 present.</summary>
    public int LegSymptomsInOneLeg { get; init; }

    /// <summary>Gets the finding LegSymptomsInBothLegs: 0 unknown, 1 absent, 2 present.</summary>
    public int LegSymptomsInBothLegs { get; init; }

    /// <summary>Gets the finding NumbnessInOneLeg: 0 unknown, 1 absent, 2 present.</summary>
    public int NumbnessInOneLeg { get; init; }

    /// <summary>Gets the finding NumbnessInBothLegs: 0 unknown, 1 absent, 2 present.</summary>
    public int NumbnessInBothLegs { get; init; }

    /// <summary>Gets the finding SaddleNumbness: 0 unknown, 1 absent, 2 present.</summary>
    public int SaddleNumbness { get; init; }

    /// <summary>Gets the finding UrinaryRetention: 0 unknown, 1 absent, 2 present.</summary>
    public int UrinaryRetention { get; init; }

    /// <summary>Gets the finding UrinaryIncontinence: 0 unknown, 1 absent, 2 present.</summary>
    public int UrinaryIncontinence { get; init; }

    /// <summary>Gets the finding UrinaryHesitancy: 0 unknown, 1 absent, 2 present.</summary>
    public int UrinaryHesitancy { get; init; }

    /// <summary>Gets the finding AlteredBladderSensation: 0 unknown, 1 absent, 2 present.</summary>
    public int AlteredBladderSensation { get; init; }

    /// <summary>Gets the finding FaecalIncontinence: 0 unknown, 1 absent, 2 present.</summary>
    public int FaecalIncontinence { get; init; }

    /// <summary>Gets the finding AlteredRectalSensation: 0 unknown, 1 absent, 2 present.</summary>
    public int AlteredRectalSensation { get; init; }

    /// <summary>Gets the finding SexualDysfunction: 0 unknown, 1 absent, 2 present.</summary>
    public int SexualDysfunction { get; init; }

    /// <summary>Gets the finding GaitDisturbance: 0 unknown, 1 absent, 2 present.</summary>
    public int GaitDisturbance { get; init; }

    /// <summary>Gets the finding NeurologicalSymptomsRecent: 0 unknown, 1 absent, 2 present.</summary>
    public int NeurologicalSymptomsRecent { get; init; }

    /// <summary>Gets the finding SpinalBruiseOrGraze: 0 unknown, 1 absent, 2 present.</summary>
    public int SpinalBruiseOrGraze { get; init; }

    /// <summary>Gets the finding ReducedAnalTone: 0 unknown, 1 absent, 2 present.</summary>
    public int ReducedAnalTone { get; init; }

    /// <summary>Gets the finding RaisedCrp: 0 unknown, 1 absent, 2 present.</summary>
    public int RaisedCrp { get; init; }

    /// <summary>Gets the finding Anaemia: 0 unknown, 1 absent, 2 present.</summary>
    public int Anaemia { get; init; }

    /// <summary>Gets the finding Hypercalcaemia: 0 unknown, 1 absent, 2 present.</summary>
    public int Hypercalcaemia { get; init; }

    /// <summary>Gets the finding Leukopenia: 0 unknown, 1 absent, 2 present.</summary>
    public int Leukopenia { get; init; }

    /// <summary>Gets the finding RaisedPlasmaViscosity: 0 unknown, 1 absent, 2 present.</summary>
    public int RaisedPlasmaViscosity { get; init; }

    /// <summary>Gets the finding MyelomaScreenAbnormal: 0 unknown, 1 absent, 2 present.</summary>
    public int MyelomaScreenAbnormal { get; init; }

    /// <summary>Gets the finding Female: 0 unknown, 1 absent, 2 present.</summary>
    public int Female { get; init; }

    /// <summary>Gets the finding Male: 0 unknown, 1 absent, 2 present.</summary>
    public int Male { get; init; }

    /// <summary>Gets the number AgeYears; NaN when unknown.</summary>
    public double AgeYears { get; init; }

    /// <summary>Gets the number PainDurationDays; NaN when unknown.</summary>
    public double PainDurationDays { get; init; }

    /// <summary>Gets the number CorticosteroidDurationDays; NaN when unknown.</summary>
    public double CorticosteroidDurationDays { get; init; }

    /// <summary>Gets the number WeightLossKilograms; NaN when unknown.</summary>
    public double WeightLossKilograms { get; init; }

    /// <summary>Gets the number WeightLossPeriodWeeks; NaN when unknown.</summary>
    public double WeightLossPeriodWeeks { get; init; }

    /// <summary>Gets the number TemperatureCelsius; NaN when unknown.</summary>
    public double TemperatureCelsius { get; init; }

    /// <summary>Gets the number EsrMillimetresPerHour; NaN when unknown.</summary>
    public double EsrMillimetresPerHour { get; init; }

    /// <summary>Gets the number CrpMilligramsPerLitre; NaN when unknown.</summary>
    public double CrpMilligramsPerLitre { get; init; }

    /// <summary>Gets the number HaemoglobinGramsPerLitre; NaN when unknown.</summary>
    public double HaemoglobinGramsPerLitre { get; init; }

    /// <summary>Gets the number AdjustedCalciumMillimolesPerLitre; NaN when unknown.</summary>
    public double AdjustedCalciumMillimolesPerLitre { get; init; }

    /// <summary>Gets the number WhiteCellCountBillionsPerLitre; NaN when unknown.</summary>
    public double WhiteCellCountBillionsPerLitre { get; init; }

    /// <summary>Gets the number PlasmaViscosityMillipascalSeconds; NaN when unknown.</summary>
    public double PlasmaViscosityMillipascalSeconds { get; init; }

    /// <summary>Gets the number PostVoidResidualMillilitres; NaN when unknown.</summary>
    public double PostVoidResidualMillilitres { get; init; }

    /// <summary>Flattens a presentation with the same reading rules as the RedFlags fact reader.</summary>
    /// <param name="p">The presentation.</param>
    /// <returns>The flat input.</returns>
    public static FlatPresentation From(PatientPresentation p)
    {
        ArgumentNullException.ThrowIfNull(p);

        // Laboratory numbers are read into their findings as the evaluator reads them (brief §13.1).
        p = LaboratoryLimits.Default.Read(p);
        return new FlatPresentation
        {
            SuddenSevereOnset = (int)(p.Pain.SuddenSevereCentralOnset),
            LumbarPain = (int)(p.Pain.Lumbar),
            ThoracicPain = (int)(p.Pain.Thoracic),
            CervicalPain = (int)(p.Pain.Cervical),
            NightPain = (int)(p.Pain.WorseAtNightOrWakesFromSleep),
            PainNotRelievedByRest = (int)(p.Pain.NotRelievedByRestOrLyingDown),
            ConstantUnremittingPain = (int)(p.Pain.ConstantAndUnremitting),
            ProgressivePain = (int)(p.Pain.ProgressiveOrWorsening),
            LocalisedSpinalTenderness = (int)(p.Pain.LocalisedSpinalTenderness),
            PainWorseOnStraining = (int)(p.Pain.WorseOnStraining),
            MechanicalPain = (int)(p.Pain.Mechanical),
            RadicularOrBandLikePain = (int)(p.Pain.RadicularOrBandLike),
            InsidiousOnset = (int)(p.Pain.InsidiousOnset),
            PersistentPain = (int)(p.Pain.Persistent),
            NoImprovementAfterFourWeeks = (int)(p.Pain.NoImprovementAfterFourWeeksOfConservativeCare),
            PersonalHistoryOfCancer = (int)(PersonalHistoryOfCancerOf(p.History)),
            HighRiskPrimaryCancer = (int)(HighRiskPrimaryCancerOf(p.History)),
            MetastaticCancer = (int)(MetastaticCancerOf(p.History)),
            FamilyHistoryOfCancer = (int)(p.History.FamilyHistoryOfCancer),
            ClinicianSuspectsCancer = (int)(p.History.ClinicianSuspectsCancer),
            CorticosteroidUse = (int)(p.History.CorticosteroidUse),
            Immunosuppression = (int)(p.History.Immunosuppression),
            InjectingDrugUse = (int)(p.History.InjectingDrugUse),
            Osteoporosis = (int)(p.History.Osteoporosis),
            PreviousFragilityFracture = (int)(p.History.PreviousFragilityFracture),
            UnexplainedFracture = (int)(p.History.UnexplainedFracture),
            HighEnergyTrauma = (int)(Trauma(p.History.Trauma, TraumaSeverity.HighEnergy)),
            LowEnergyTrauma = (int)(Trauma(p.History.Trauma, TraumaSeverity.LowEnergy)),
            RecentInfectionOrBacteraemia = (int)(p.History.RecentInfectionOrBacteraemia),
            RecentSpinalProcedureOrHardware = (int)(p.History.RecentSpinalProcedureOrHardware),
            IndwellingVascularCatheter = (int)(p.History.IndwellingVascularCatheter),
            UnexplainedWeightLoss = (int)(p.Systemic.UnexplainedWeightLoss),
            Fever = (int)(p.Systemic.Fever),
            NightSweats = (int)(p.Systemic.NightSweats),
            Fatigue = (int)(p.Systemic.Fatigue),
            LegWeakness = (int)(AnyLegWeakness(p.Neurology.LegWeakness)),
            ProgressiveLegWeakness = (int)(ProgressiveLegWeaknessOf(p.Neurology.LegWeakness)),
            LegSymptomsInOneLeg = (int)(Side(p.Neurology.LegSymptoms, LegSymptomSide.OneLeg)),
            LegSymptomsInBothLegs = (int)(Side(p.Neurology.LegSymptoms, LegSymptomSide.BothLegs)),
            NumbnessInOneLeg = (int)(p.Neurology.NumbnessOrTinglingInOneLeg),
            NumbnessInBothLegs = (int)(p.Neurology.NumbnessOrTinglingInBothLegs),
            SaddleNumbness = (int)(p.Neurology.SaddleNumbnessOrTingling),
            UrinaryRetention = (int)(p.Neurology.UrinaryRetention),
            UrinaryIncontinence = (int)(p.Neurology.UrinaryIncontinence),
            UrinaryHesitancy = (int)(p.Neurology.UrinaryHesitancyOrPoorStream),
            AlteredBladderSensation = (int)(p.Neurology.AlteredBladderSensation),
            FaecalIncontinence = (int)(p.Neurology.FaecalIncontinence),
            AlteredRectalSensation = (int)(p.Neurology.AlteredRectalSensation),
            SexualDysfunction = (int)(p.Neurology.SexualDysfunction),
            GaitDisturbance = (int)(p.Neurology.GaitDisturbance),
            NeurologicalSymptomsRecent = (int)(p.Neurology.BeganOrWorsenedWithin14Days),
            SpinalBruiseOrGraze = (int)(p.Examination.SpinalBruiseOrGraze),
            ReducedAnalTone = (int)(p.Examination.ReducedAnalTone),
            RaisedCrp = (int)(p.Labs.RaisedCrp),
            Anaemia = (int)(p.Labs.Anaemia),
            Hypercalcaemia = (int)(p.Labs.Hypercalcaemia),
            Leukopenia = (int)(p.Labs.Leukopenia),
            RaisedPlasmaViscosity = (int)(p.Labs.RaisedPlasmaViscosity),
            MyelomaScreenAbnormal = (int)(p.Labs.MyelomaScreenAbnormal),
            Female = (int)(SexIs(p.Sex, Sex.Female)),
            Male = (int)(SexIs(p.Sex, Sex.Male)),
            AgeYears = AgeOf(p),
            PainDurationDays = PainDurationOf(p),
            CorticosteroidDurationDays = CorticosteroidDaysOf(p.History),
            WeightLossKilograms = p.Systemic.WeightLossKilograms ?? double.NaN,
            WeightLossPeriodWeeks = p.Systemic.WeightLossPeriodWeeks ?? double.NaN,
            TemperatureCelsius = p.Systemic.TemperatureCelsius ?? double.NaN,
            EsrMillimetresPerHour = p.Labs.EsrMillimetresPerHour ?? double.NaN,
            CrpMilligramsPerLitre = p.Labs.CrpMilligramsPerLitre ?? double.NaN,
            HaemoglobinGramsPerLitre = p.Labs.HaemoglobinGramsPerLitre ?? double.NaN,
            AdjustedCalciumMillimolesPerLitre = p.Labs.AdjustedCalciumMillimolesPerLitre ?? double.NaN,
            WhiteCellCountBillionsPerLitre = p.Labs.WhiteCellCountBillionsPerLitre ?? double.NaN,
            PlasmaViscosityMillipascalSeconds = p.Labs.PlasmaViscosityMillipascalSeconds ?? double.NaN,
            PostVoidResidualMillilitres = p.Examination.PostVoidResidualMillilitres ?? double.NaN,
        };
    }

    private static double AgeOf(PatientPresentation p) => p.DateOfBirth is CalendarDate born
        ? p.AssessmentDate.CompletedYearsSince(born)
        : p.AgeYears ?? double.NaN;

    private static double PainDurationOf(PatientPresentation p) => p.Pain.OnsetDate is CalendarDate onset
        ? p.AssessmentDate.DaysSince(onset)
        : p.Pain.DurationDays ?? double.NaN;

    private static double CorticosteroidDaysOf(MedicalHistory h) => h.CorticosteroidDurationDays is int days
        ? days
        : h.CorticosteroidUse == Presence.Absent ? 0 : double.NaN;

    private static Presence PersonalHistoryOfCancerOf(MedicalHistory h)
    {
        foreach (var cancer in h.Cancers)
        {
            if (cancer.PrimarySite != CancerSite.NonMelanomaSkin)
            {
                return Presence.Present;
            }
        }

        return h.PersonalHistoryOfCancer;
    }

    private static Presence HighRiskPrimaryCancerOf(MedicalHistory h)
    {
        foreach (var cancer in h.Cancers)
        {
            if (cancer.PrimarySite is CancerSite.Breast or CancerSite.Lung or CancerSite.Prostate or CancerSite.Kidney
                or CancerSite.Thyroid or CancerSite.Myeloma or CancerSite.Lymphoma)
            {
                return Presence.Present;
            }
        }

        return FromCountedCancers(h, static cancer => cancer.PrimarySite == CancerSite.Unknown);
    }

    private static Presence MetastaticCancerOf(MedicalHistory h)
    {
        foreach (var cancer in h.Cancers)
        {
            if (cancer.Metastatic == Presence.Present)
            {
                return Presence.Present;
            }
        }

        return FromCountedCancers(h, static cancer => cancer.Metastatic == Presence.Unknown);
    }

    private static Presence FromCountedCancers(MedicalHistory h, Func<CancerHistory, bool> leavesItUnknown)
    {
        var history = PersonalHistoryOfCancerOf(h);
        if (history != Presence.Present)
        {
            return history;
        }

        var counted = 0;
        foreach (var cancer in h.Cancers)
        {
            if (cancer.PrimarySite == CancerSite.NonMelanomaSkin)
            {
                continue;
            }

            counted++;
            if (leavesItUnknown(cancer))
            {
                return Presence.Unknown;
            }
        }

        return counted == 0 ? Presence.Unknown : Presence.Absent;
    }

    private static Presence AnyLegWeakness(RedFlags.LegWeakness weakness) => weakness switch
    {
        RedFlags.LegWeakness.None => Presence.Absent,
        RedFlags.LegWeakness.Stable or RedFlags.LegWeakness.Progressive => Presence.Present,
        _ => Presence.Unknown,
    };

    private static Presence ProgressiveLegWeaknessOf(RedFlags.LegWeakness weakness) => weakness switch
    {
        RedFlags.LegWeakness.None or RedFlags.LegWeakness.Stable => Presence.Absent,
        RedFlags.LegWeakness.Progressive => Presence.Present,
        _ => Presence.Unknown,
    };

    private static Presence Trauma(TraumaSeverity recorded, TraumaSeverity wanted) => recorded == TraumaSeverity.Unknown
        ? Presence.Unknown
        : recorded == wanted ? Presence.Present : Presence.Absent;

    private static Presence Side(LegSymptomSide recorded, LegSymptomSide wanted) => recorded == LegSymptomSide.Unknown
        ? Presence.Unknown
        : recorded == wanted ? Presence.Present : Presence.Absent;

    private static Presence SexIs(Sex recorded, Sex wanted) => recorded == Sex.Unknown
        ? Presence.Unknown
        : recorded == wanted ? Presence.Present : Presence.Absent;
}
