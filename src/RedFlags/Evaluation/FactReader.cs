using System;
using System.Runtime.CompilerServices;

namespace RedFlags.Evaluation;

/// <summary>
/// Reads findings and quantities from a presentation, with ages and durations computed once at the assessment date.
/// A value type so that evaluation allocates nothing; unknown numbers are NaN.
/// </summary>
internal readonly struct FactReader
{
    private readonly PatientPresentation _p;
    private readonly double _ageYears;
    private readonly double _painDurationDays;

    public FactReader(PatientPresentation presentation)
    {
        _p = presentation;
        var assessed = presentation.AssessmentDate;
        _ageYears = presentation.DateOfBirth is CalendarDate born
            ? assessed.CompletedYearsSince(born)
            : presentation.AgeYears ?? double.NaN;
        _painDurationDays = presentation.Pain.OnsetDate is CalendarDate onset
            ? assessed.DaysSince(onset)
            : presentation.Pain.DurationDays ?? double.NaN;
    }

    /// <summary>The presentation the facts are read from.</summary>
    public PatientPresentation Presentation => _p;

    /// <summary>The age in completed years at the assessment date; NaN when unknown.</summary>
    public double AgeYears => _ageYears;

    /// <summary>The days of pain at the assessment date; NaN when unknown.</summary>
    public double PainDurationDays => _painDurationDays;

    public double Read(Quantity quantity) => quantity switch
    {
        Quantity.AgeYears => _ageYears,
        Quantity.PainDurationDays => _painDurationDays,
        Quantity.CorticosteroidDurationDays => CorticosteroidDays(_p.History),
        Quantity.WeightLossKilograms => _p.Systemic.WeightLossKilograms ?? double.NaN,
        Quantity.WeightLossPeriodWeeks => _p.Systemic.WeightLossPeriodWeeks ?? double.NaN,
        Quantity.TemperatureCelsius => _p.Systemic.TemperatureCelsius ?? double.NaN,
        Quantity.EsrMillimetresPerHour => _p.Labs.EsrMillimetresPerHour ?? double.NaN,
        Quantity.CrpMilligramsPerLitre => _p.Labs.CrpMilligramsPerLitre ?? double.NaN,
        Quantity.HaemoglobinGramsPerLitre => _p.Labs.HaemoglobinGramsPerLitre ?? double.NaN,
        Quantity.AdjustedCalciumMillimolesPerLitre => _p.Labs.AdjustedCalciumMillimolesPerLitre ?? double.NaN,
        Quantity.WhiteCellCountBillionsPerLitre => _p.Labs.WhiteCellCountBillionsPerLitre ?? double.NaN,
        Quantity.PlasmaViscosityMillipascalSeconds => _p.Labs.PlasmaViscosityMillipascalSeconds ?? double.NaN,
        Quantity.PostVoidResidualMillilitres => _p.Examination.PostVoidResidualMillilitres ?? double.NaN,
        _ => double.NaN,
    };

    public Presence Read(Finding finding) => finding switch
    {
        Finding.LumbarPain => _p.Pain.Lumbar,
        Finding.ThoracicPain => _p.Pain.Thoracic,
        Finding.CervicalPain => _p.Pain.Cervical,
        Finding.NightPain => _p.Pain.WorseAtNightOrWakesFromSleep,
        Finding.PainNotRelievedByRest => _p.Pain.NotRelievedByRestOrLyingDown,
        Finding.ConstantUnremittingPain => _p.Pain.ConstantAndUnremitting,
        Finding.ProgressivePain => _p.Pain.ProgressiveOrWorsening,
        Finding.LocalisedSpinalTenderness => _p.Pain.LocalisedSpinalTenderness,
        Finding.PainWorseOnStraining => _p.Pain.WorseOnStraining,
        Finding.MechanicalPain => _p.Pain.Mechanical,
        Finding.RadicularOrBandLikePain => _p.Pain.RadicularOrBandLike,
        Finding.InsidiousOnset => _p.Pain.InsidiousOnset,
        Finding.PersistentPain => _p.Pain.Persistent,
        Finding.NoImprovementAfterFourWeeks => _p.Pain.NoImprovementAfterFourWeeksOfConservativeCare,
        Finding.PersonalHistoryOfCancer => PersonalHistoryOfCancer(),
        Finding.HighRiskPrimaryCancer => HighRiskPrimaryCancer(),
        Finding.MetastaticCancer => MetastaticCancer(),
        Finding.FamilyHistoryOfCancer => _p.History.FamilyHistoryOfCancer,
        Finding.ClinicianSuspectsCancer => _p.History.ClinicianSuspectsCancer,
        Finding.CorticosteroidUse => _p.History.CorticosteroidUse,
        Finding.Immunosuppression => _p.History.Immunosuppression,
        Finding.InjectingDrugUse => _p.History.InjectingDrugUse,
        Finding.Osteoporosis => _p.History.Osteoporosis,
        Finding.PreviousFragilityFracture => _p.History.PreviousFragilityFracture,
        Finding.UnexplainedFracture => _p.History.UnexplainedFracture,
        Finding.HighEnergyTrauma => TraumaIs(_p.History.Trauma, TraumaSeverity.HighEnergy),
        Finding.LowEnergyTrauma => TraumaIs(_p.History.Trauma, TraumaSeverity.LowEnergy),
        Finding.RecentInfectionOrBacteraemia => _p.History.RecentInfectionOrBacteraemia,
        Finding.RecentSpinalProcedureOrHardware => _p.History.RecentSpinalProcedureOrHardware,
        Finding.IndwellingVascularCatheter => _p.History.IndwellingVascularCatheter,
        Finding.UnexplainedWeightLoss => _p.Systemic.UnexplainedWeightLoss,
        Finding.Fever => _p.Systemic.Fever,
        Finding.NightSweats => _p.Systemic.NightSweats,
        Finding.Fatigue => _p.Systemic.Fatigue,
        Finding.LegWeakness => AnyLegWeakness(_p.Neurology.LegWeakness),
        Finding.ProgressiveLegWeakness => ProgressiveLegWeakness(_p.Neurology.LegWeakness),
        Finding.LegSymptomsInOneLeg => SideIs(_p.Neurology.LegSymptoms, LegSymptomSide.OneLeg),
        Finding.LegSymptomsInBothLegs => SideIs(_p.Neurology.LegSymptoms, LegSymptomSide.BothLegs),
        Finding.NumbnessInOneLeg => _p.Neurology.NumbnessOrTinglingInOneLeg,
        Finding.NumbnessInBothLegs => _p.Neurology.NumbnessOrTinglingInBothLegs,
        Finding.SaddleNumbness => _p.Neurology.SaddleNumbnessOrTingling,
        Finding.UrinaryRetention => _p.Neurology.UrinaryRetention,
        Finding.UrinaryIncontinence => _p.Neurology.UrinaryIncontinence,
        Finding.UrinaryHesitancy => _p.Neurology.UrinaryHesitancyOrPoorStream,
        Finding.AlteredBladderSensation => _p.Neurology.AlteredBladderSensation,
        Finding.FaecalIncontinence => _p.Neurology.FaecalIncontinence,
        Finding.AlteredRectalSensation => _p.Neurology.AlteredRectalSensation,
        Finding.SexualDysfunction => _p.Neurology.SexualDysfunction,
        Finding.GaitDisturbance => _p.Neurology.GaitDisturbance,
        Finding.NeurologicalSymptomsRecent => _p.Neurology.BeganOrWorsenedWithin14Days,
        Finding.SpinalBruiseOrGraze => _p.Examination.SpinalBruiseOrGraze,
        Finding.ReducedAnalTone => _p.Examination.ReducedAnalTone,
        Finding.RaisedCrp => _p.Labs.RaisedCrp,
        Finding.Anaemia => _p.Labs.Anaemia,
        Finding.Hypercalcaemia => _p.Labs.Hypercalcaemia,
        Finding.Leukopenia => _p.Labs.Leukopenia,
        Finding.RaisedPlasmaViscosity => _p.Labs.RaisedPlasmaViscosity,
        Finding.MyelomaScreenAbnormal => _p.Labs.MyelomaScreenAbnormal,
        Finding.Female => SexIs(_p.Sex, Sex.Female),
        Finding.Male => SexIs(_p.Sex, Sex.Male),
        _ => Presence.Unknown,
    };

    /// <summary>The findings in snapshot order: bit <c>i</c> of <see cref="FindingBits"/> is <c>SnapshotOrder[i]</c>.</summary>
    public static readonly Finding[] SnapshotOrder =
    [
        Finding.LumbarPain,
        Finding.ThoracicPain,
        Finding.CervicalPain,
        Finding.NightPain,
        Finding.PainNotRelievedByRest,
        Finding.ConstantUnremittingPain,
        Finding.ProgressivePain,
        Finding.LocalisedSpinalTenderness,
        Finding.PainWorseOnStraining,
        Finding.MechanicalPain,
        Finding.RadicularOrBandLikePain,
        Finding.InsidiousOnset,
        Finding.PersistentPain,
        Finding.NoImprovementAfterFourWeeks,
        Finding.PersonalHistoryOfCancer,
        Finding.HighRiskPrimaryCancer,
        Finding.MetastaticCancer,
        Finding.FamilyHistoryOfCancer,
        Finding.ClinicianSuspectsCancer,
        Finding.CorticosteroidUse,
        Finding.Immunosuppression,
        Finding.InjectingDrugUse,
        Finding.Osteoporosis,
        Finding.PreviousFragilityFracture,
        Finding.UnexplainedFracture,
        Finding.HighEnergyTrauma,
        Finding.LowEnergyTrauma,
        Finding.RecentInfectionOrBacteraemia,
        Finding.RecentSpinalProcedureOrHardware,
        Finding.IndwellingVascularCatheter,
        Finding.UnexplainedWeightLoss,
        Finding.Fever,
        Finding.NightSweats,
        Finding.Fatigue,
        Finding.LegWeakness,
        Finding.ProgressiveLegWeakness,
        Finding.LegSymptomsInOneLeg,
        Finding.LegSymptomsInBothLegs,
        Finding.NumbnessInOneLeg,
        Finding.NumbnessInBothLegs,
        Finding.SaddleNumbness,
        Finding.UrinaryRetention,
        Finding.UrinaryIncontinence,
        Finding.UrinaryHesitancy,
        Finding.AlteredBladderSensation,
        Finding.FaecalIncontinence,
        Finding.AlteredRectalSensation,
        Finding.SexualDysfunction,
        Finding.GaitDisturbance,
        Finding.NeurologicalSymptomsRecent,
        Finding.SpinalBruiseOrGraze,
        Finding.ReducedAnalTone,
        Finding.RaisedCrp,
        Finding.Anaemia,
        Finding.Hypercalcaemia,
        Finding.Leukopenia,
        Finding.RaisedPlasmaViscosity,
        Finding.MyelomaScreenAbnormal,
        Finding.Female,
        Finding.Male,
    ];

    private static readonly int[] s_snapshotBit = SnapshotBits();

    /// <summary>The bit of a finding in <see cref="FindingBits"/>, or -1 for a finding the snapshot does not hold.</summary>
    public static int SnapshotBit(Finding finding) => (uint)finding < (uint)s_snapshotBit.Length ? s_snapshotBit[(int)finding] : -1;

    private static int[] SnapshotBits()
    {
        var max = 0;
        foreach (var finding in SnapshotOrder)
        {
            max = Math.Max(max, (int)finding);
        }

        var bits = new int[max + 1];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = -1;
        }

        for (var i = 0; i < SnapshotOrder.Length; i++)
        {
            bits[(int)SnapshotOrder[i]] = i;
        }

        return bits;
    }

    /// <summary>Reads every finding at once, without dispatching on the finding: bit <c>i</c> of
    /// <paramref name="present"/> (of <paramref name="absent"/>) is set when <c>SnapshotOrder[i]</c> is present (absent).</summary>
    public void FindingBits(out ulong present, out ulong absent)
    {
        // Accumulated in locals and written once: out parameters live in memory, locals in registers.
        ulong isPresent = 0;
        ulong isAbsent = 0;
        var pain = _p.Pain;
        var history = _p.History;
        var systemic = _p.Systemic;
        var neurology = _p.Neurology;
        var examination = _p.Examination;
        var labs = _p.Labs;
        Presence cancer, highRisk, metastatic;
        if (history.Cancers.Count == 0)
        {
            // No listed cancer: the three cancer findings follow the recorded history alone.
            cancer = history.PersonalHistoryOfCancer;
            highRisk = cancer == Presence.Present ? Presence.Unknown : cancer;
            metastatic = highRisk;
        }
        else
        {
            cancer = PersonalHistoryOfCancer();
            highRisk = HighRiskPrimaryCancer();
            metastatic = MetastaticCancer();
        }

        Put(pain.Lumbar, 0, ref isPresent, ref isAbsent);
        Put(pain.Thoracic, 1, ref isPresent, ref isAbsent);
        Put(pain.Cervical, 2, ref isPresent, ref isAbsent);
        Put(pain.WorseAtNightOrWakesFromSleep, 3, ref isPresent, ref isAbsent);
        Put(pain.NotRelievedByRestOrLyingDown, 4, ref isPresent, ref isAbsent);
        Put(pain.ConstantAndUnremitting, 5, ref isPresent, ref isAbsent);
        Put(pain.ProgressiveOrWorsening, 6, ref isPresent, ref isAbsent);
        Put(pain.LocalisedSpinalTenderness, 7, ref isPresent, ref isAbsent);
        Put(pain.WorseOnStraining, 8, ref isPresent, ref isAbsent);
        Put(pain.Mechanical, 9, ref isPresent, ref isAbsent);
        Put(pain.RadicularOrBandLike, 10, ref isPresent, ref isAbsent);
        Put(pain.InsidiousOnset, 11, ref isPresent, ref isAbsent);
        Put(pain.Persistent, 12, ref isPresent, ref isAbsent);
        Put(pain.NoImprovementAfterFourWeeksOfConservativeCare, 13, ref isPresent, ref isAbsent);
        Put(cancer, 14, ref isPresent, ref isAbsent);
        Put(highRisk, 15, ref isPresent, ref isAbsent);
        Put(metastatic, 16, ref isPresent, ref isAbsent);
        Put(history.FamilyHistoryOfCancer, 17, ref isPresent, ref isAbsent);
        Put(history.ClinicianSuspectsCancer, 18, ref isPresent, ref isAbsent);
        Put(history.CorticosteroidUse, 19, ref isPresent, ref isAbsent);
        Put(history.Immunosuppression, 20, ref isPresent, ref isAbsent);
        Put(history.InjectingDrugUse, 21, ref isPresent, ref isAbsent);
        Put(history.Osteoporosis, 22, ref isPresent, ref isAbsent);
        Put(history.PreviousFragilityFracture, 23, ref isPresent, ref isAbsent);
        Put(history.UnexplainedFracture, 24, ref isPresent, ref isAbsent);
        Put(TraumaIs(history.Trauma, TraumaSeverity.HighEnergy), 25, ref isPresent, ref isAbsent);
        Put(TraumaIs(history.Trauma, TraumaSeverity.LowEnergy), 26, ref isPresent, ref isAbsent);
        Put(history.RecentInfectionOrBacteraemia, 27, ref isPresent, ref isAbsent);
        Put(history.RecentSpinalProcedureOrHardware, 28, ref isPresent, ref isAbsent);
        Put(history.IndwellingVascularCatheter, 29, ref isPresent, ref isAbsent);
        Put(systemic.UnexplainedWeightLoss, 30, ref isPresent, ref isAbsent);
        Put(systemic.Fever, 31, ref isPresent, ref isAbsent);
        Put(systemic.NightSweats, 32, ref isPresent, ref isAbsent);
        Put(systemic.Fatigue, 33, ref isPresent, ref isAbsent);
        Put(AnyLegWeakness(neurology.LegWeakness), 34, ref isPresent, ref isAbsent);
        Put(ProgressiveLegWeakness(neurology.LegWeakness), 35, ref isPresent, ref isAbsent);
        Put(SideIs(neurology.LegSymptoms, LegSymptomSide.OneLeg), 36, ref isPresent, ref isAbsent);
        Put(SideIs(neurology.LegSymptoms, LegSymptomSide.BothLegs), 37, ref isPresent, ref isAbsent);
        Put(neurology.NumbnessOrTinglingInOneLeg, 38, ref isPresent, ref isAbsent);
        Put(neurology.NumbnessOrTinglingInBothLegs, 39, ref isPresent, ref isAbsent);
        Put(neurology.SaddleNumbnessOrTingling, 40, ref isPresent, ref isAbsent);
        Put(neurology.UrinaryRetention, 41, ref isPresent, ref isAbsent);
        Put(neurology.UrinaryIncontinence, 42, ref isPresent, ref isAbsent);
        Put(neurology.UrinaryHesitancyOrPoorStream, 43, ref isPresent, ref isAbsent);
        Put(neurology.AlteredBladderSensation, 44, ref isPresent, ref isAbsent);
        Put(neurology.FaecalIncontinence, 45, ref isPresent, ref isAbsent);
        Put(neurology.AlteredRectalSensation, 46, ref isPresent, ref isAbsent);
        Put(neurology.SexualDysfunction, 47, ref isPresent, ref isAbsent);
        Put(neurology.GaitDisturbance, 48, ref isPresent, ref isAbsent);
        Put(neurology.BeganOrWorsenedWithin14Days, 49, ref isPresent, ref isAbsent);
        Put(examination.SpinalBruiseOrGraze, 50, ref isPresent, ref isAbsent);
        Put(examination.ReducedAnalTone, 51, ref isPresent, ref isAbsent);
        Put(labs.RaisedCrp, 52, ref isPresent, ref isAbsent);
        Put(labs.Anaemia, 53, ref isPresent, ref isAbsent);
        Put(labs.Hypercalcaemia, 54, ref isPresent, ref isAbsent);
        Put(labs.Leukopenia, 55, ref isPresent, ref isAbsent);
        Put(labs.RaisedPlasmaViscosity, 56, ref isPresent, ref isAbsent);
        Put(labs.MyelomaScreenAbnormal, 57, ref isPresent, ref isAbsent);
        Put(SexIs(_p.Sex, Sex.Female), 58, ref isPresent, ref isAbsent);
        Put(SexIs(_p.Sex, Sex.Male), 59, ref isPresent, ref isAbsent);
        present = isPresent;
        absent = isAbsent;
    }

    // The findings derived from a recorded choice; FactExpressions calls these too, so that there is one derivation.
    internal static Presence AnyLegWeakness(LegWeakness weakness) => weakness switch
    {
        RedFlags.LegWeakness.None => Presence.Absent,
        RedFlags.LegWeakness.Stable or RedFlags.LegWeakness.Progressive => Presence.Present,
        _ => Presence.Unknown,
    };

    internal static Presence ProgressiveLegWeakness(LegWeakness weakness) => weakness switch
    {
        RedFlags.LegWeakness.None or RedFlags.LegWeakness.Stable => Presence.Absent,
        RedFlags.LegWeakness.Progressive => Presence.Present,
        _ => Presence.Unknown,
    };

    // Female: present for female, absent for male or other; male likewise.
    internal static Presence SexIs(Sex recorded, Sex wanted) => recorded == Sex.Unknown
        ? Presence.Unknown
        : recorded == wanted ? Presence.Present : Presence.Absent;

    /// <summary>The number of slots <see cref="QuantityValues"/> fills: one per <see cref="Quantity"/> value.</summary>
    public const int QuantitySlots = (int)Quantity.PostVoidResidualMillilitres + 1;

    /// <summary>Reads every quantity at once into <paramref name="values"/>, indexed by the quantity's value; NaN when unknown.</summary>
    public void QuantityValues(Span<double> values)
    {
        var systemic = _p.Systemic;
        var labs = _p.Labs;
        values[0] = double.NaN;
        values[(int)Quantity.AgeYears] = _ageYears;
        values[(int)Quantity.PainDurationDays] = _painDurationDays;
        values[(int)Quantity.CorticosteroidDurationDays] = CorticosteroidDays(_p.History);
        values[(int)Quantity.WeightLossKilograms] = systemic.WeightLossKilograms ?? double.NaN;
        values[(int)Quantity.WeightLossPeriodWeeks] = systemic.WeightLossPeriodWeeks ?? double.NaN;
        values[(int)Quantity.TemperatureCelsius] = systemic.TemperatureCelsius ?? double.NaN;
        values[(int)Quantity.EsrMillimetresPerHour] = labs.EsrMillimetresPerHour ?? double.NaN;
        values[(int)Quantity.CrpMilligramsPerLitre] = labs.CrpMilligramsPerLitre ?? double.NaN;
        values[(int)Quantity.HaemoglobinGramsPerLitre] = labs.HaemoglobinGramsPerLitre ?? double.NaN;
        values[(int)Quantity.AdjustedCalciumMillimolesPerLitre] = labs.AdjustedCalciumMillimolesPerLitre ?? double.NaN;
        values[(int)Quantity.WhiteCellCountBillionsPerLitre] = labs.WhiteCellCountBillionsPerLitre ?? double.NaN;
        values[(int)Quantity.PlasmaViscosityMillipascalSeconds] = labs.PlasmaViscosityMillipascalSeconds ?? double.NaN;
        values[(int)Quantity.PostVoidResidualMillilitres] = _p.Examination.PostVoidResidualMillilitres ?? double.NaN;
    }

    // Valid presences are 0 (unknown), 1 (absent) and 2 (present): bit 1 is "present", bit 0 is "absent".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(Presence value, int bit, ref ulong present, ref ulong absent)
    {
        present |= (ulong)(((uint)value >> 1) & 1) << bit;
        absent |= (ulong)((uint)value & 1) << bit;
    }

    // The steroid duration as a number; FactExpressions calls this too, so that there is one derivation.
    internal static double CorticosteroidDays(MedicalHistory history)
    {
        if (history.CorticosteroidDurationDays is int days)
        {
            return days;
        }

        // Known non-use is a known duration of zero; unknown use stays unknown.
        return history.CorticosteroidUse == Presence.Absent ? 0 : double.NaN;
    }

    private Presence PersonalHistoryOfCancer()
    {
        var cancers = _p.History.Cancers;
        for (var i = 0; i < cancers.Count; i++)
        {
            if (cancers[i].PrimarySite != CancerSite.NonMelanomaSkin)
            {
                return Presence.Present;
            }
        }

        return _p.History.PersonalHistoryOfCancer;
    }

    private Presence HighRiskPrimaryCancer()
    {
        var cancers = _p.History.Cancers;
        for (var i = 0; i < cancers.Count; i++)
        {
            if (cancers[i].PrimarySite is CancerSite.Breast or CancerSite.Lung or CancerSite.Prostate or CancerSite.Kidney
                or CancerSite.Thyroid or CancerSite.Myeloma or CancerSite.Lymphoma)
            {
                return Presence.Present;
            }
        }

        return FromCountedCancers(static cancer => cancer.PrimarySite == CancerSite.Unknown);
    }

    private Presence MetastaticCancer()
    {
        var cancers = _p.History.Cancers;
        for (var i = 0; i < cancers.Count; i++)
        {
            if (cancers[i].Metastatic == Presence.Present)
            {
                return Presence.Present;
            }
        }

        return FromCountedCancers(static cancer => cancer.Metastatic == Presence.Unknown);
    }

    // For a property of "a cancer" that no listed cancer has: absent when there is no cancer; unknown when the
    // history itself is unknown, when a cancer is counted without details, or when a listed cancer leaves it unknown.
    private Presence FromCountedCancers(Func<CancerHistory, bool> leavesItUnknown)
    {
        var history = PersonalHistoryOfCancer();
        if (history != Presence.Present)
        {
            return history;
        }

        var cancers = _p.History.Cancers;
        var counted = 0;
        for (var i = 0; i < cancers.Count; i++)
        {
            if (cancers[i].PrimarySite == CancerSite.NonMelanomaSkin)
            {
                continue;
            }

            counted++;
            if (leavesItUnknown(cancers[i]))
            {
                return Presence.Unknown;
            }
        }

        return counted == 0 ? Presence.Unknown : Presence.Absent;
    }

    internal static Presence TraumaIs(TraumaSeverity recorded, TraumaSeverity wanted) => recorded switch
    {
        TraumaSeverity.Unknown => Presence.Unknown,
        _ when recorded == wanted => Presence.Present,
        _ => Presence.Absent,
    };

    internal static Presence SideIs(LegSymptomSide recorded, LegSymptomSide wanted) => recorded switch
    {
        LegSymptomSide.Unknown => Presence.Unknown,
        _ when recorded == wanted => Presence.Present,
        _ => Presence.Absent,
    };

    public static bool IsKnown(double value) => !double.IsNaN(value);

    public static Truth Compare(double value, Rules.Comparison comparison, double threshold)
    {
        if (double.IsNaN(value))
        {
            return Truth.Unknown;
        }

        var holds = comparison switch
        {
            Rules.Comparison.AtLeast => value >= threshold,
            Rules.Comparison.GreaterThan => value > threshold,
            Rules.Comparison.AtMost => value <= threshold,
            Rules.Comparison.LessThan => value < threshold,
            _ => throw new InvalidOperationException("Unreachable: comparisons are validated when the rule set is created."),
        };
        return holds ? Truth.True : Truth.False;
    }
}
