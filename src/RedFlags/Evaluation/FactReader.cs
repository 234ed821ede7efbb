using System;

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

    public double Read(Quantity quantity) => quantity switch
    {
        Quantity.AgeYears => _ageYears,
        Quantity.PainDurationDays => _painDurationDays,
        Quantity.CorticosteroidDurationDays => CorticosteroidDays(),
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
        Finding.HighEnergyTrauma => Trauma(TraumaSeverity.HighEnergy),
        Finding.LowEnergyTrauma => Trauma(TraumaSeverity.LowEnergy),
        Finding.RecentInfectionOrBacteraemia => _p.History.RecentInfectionOrBacteraemia,
        Finding.RecentSpinalProcedureOrHardware => _p.History.RecentSpinalProcedureOrHardware,
        Finding.IndwellingVascularCatheter => _p.History.IndwellingVascularCatheter,
        Finding.UnexplainedWeightLoss => _p.Systemic.UnexplainedWeightLoss,
        Finding.Fever => _p.Systemic.Fever,
        Finding.NightSweats => _p.Systemic.NightSweats,
        Finding.Fatigue => _p.Systemic.Fatigue,
        Finding.LegWeakness => _p.Neurology.LegWeakness switch
        {
            RedFlags.LegWeakness.None => Presence.Absent,
            RedFlags.LegWeakness.Stable or RedFlags.LegWeakness.Progressive => Presence.Present,
            _ => Presence.Unknown,
        },
        Finding.ProgressiveLegWeakness => _p.Neurology.LegWeakness switch
        {
            RedFlags.LegWeakness.None or RedFlags.LegWeakness.Stable => Presence.Absent,
            RedFlags.LegWeakness.Progressive => Presence.Present,
            _ => Presence.Unknown,
        },
        Finding.LegSymptomsInOneLeg => Side(LegSymptomSide.OneLeg),
        Finding.LegSymptomsInBothLegs => Side(LegSymptomSide.BothLegs),
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
        Finding.Female => _p.Sex switch
        {
            Sex.Female => Presence.Present,
            Sex.Male or Sex.Other => Presence.Absent,
            _ => Presence.Unknown,
        },
        Finding.Male => _p.Sex switch
        {
            Sex.Male => Presence.Present,
            Sex.Female or Sex.Other => Presence.Absent,
            _ => Presence.Unknown,
        },
        _ => Presence.Unknown,
    };

    private double CorticosteroidDays()
    {
        if (_p.History.CorticosteroidDurationDays is int days)
        {
            return days;
        }

        // Known non-use is a known duration of zero; unknown use stays unknown.
        return _p.History.CorticosteroidUse == Presence.Absent ? 0 : double.NaN;
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

    private Presence Trauma(TraumaSeverity severity) => _p.History.Trauma switch
    {
        TraumaSeverity.Unknown => Presence.Unknown,
        var recorded when recorded == severity => Presence.Present,
        _ => Presence.Absent,
    };

    private Presence Side(LegSymptomSide side) => _p.Neurology.LegSymptoms switch
    {
        LegSymptomSide.Unknown => Presence.Unknown,
        var recorded when recorded == side => Presence.Present,
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
