using RedFlags.Rules;

namespace RedFlags.Tests.Support;

/// <summary>Builds presentations for tests: a base patient and a way to set any finding or quantity.</summary>
internal static class Patients
{
    public static readonly CalendarDate Today = new(2026, 11, 24);

    public static RedFlagEvaluator Evaluator { get; } = new(DefaultCatalogue.RuleSet);

    /// <summary>An adult in primary care with nothing else known.</summary>
    public static PatientPresentation Sparse(int? age = 40) => new()
    {
        AssessmentDate = Today,
        AgeYears = age,
        CareSetting = CareSetting.PrimaryCare,
    };

    /// <summary>A 40-year-old man in primary care with every finding asked and absent, and normal numbers.</summary>
    public static PatientPresentation NothingFound()
    {
        var p = Sparse(40) with { Sex = Sex.Male };
        foreach (var finding in Vocabulary.AllFindings)
        {
            if (finding is Finding.Female or Finding.Male or Finding.PersonalHistoryOfCancer or Finding.HighRiskPrimaryCancer or Finding.MetastaticCancer)
            {
                continue;
            }

            p = p.With(finding, Presence.Absent);
        }

        return p with
        {
            History = p.History with { PersonalHistoryOfCancer = Presence.Absent, CorticosteroidDurationDays = 0 },
            Pain = p.Pain with { DurationDays = 10, Lumbar = Presence.Present },
            Systemic = p.Systemic with { TemperatureCelsius = 36.8 },
            Labs = p.Labs with { EsrMillimetresPerHour = 8 },
            Examination = p.Examination with { PostVoidResidualMillilitres = 20 },
        };
    }

    public static PatientPresentation With(this PatientPresentation p, params Finding[] present)
    {
        foreach (var finding in present)
        {
            p = p.With(finding, Presence.Present);
        }

        return p;
    }

    /// <summary>Sets the presentation field behind <paramref name="finding"/> so that it reads <paramref name="value"/>.</summary>
    public static PatientPresentation With(this PatientPresentation p, Finding finding, Presence value) => finding switch
    {
        Finding.LumbarPain => p with { Pain = p.Pain with { Lumbar = value } },
        Finding.ThoracicPain => p with { Pain = p.Pain with { Thoracic = value } },
        Finding.CervicalPain => p with { Pain = p.Pain with { Cervical = value } },
        Finding.NightPain => p with { Pain = p.Pain with { WorseAtNightOrWakesFromSleep = value } },
        Finding.PainNotRelievedByRest => p with { Pain = p.Pain with { NotRelievedByRestOrLyingDown = value } },
        Finding.ConstantUnremittingPain => p with { Pain = p.Pain with { ConstantAndUnremitting = value } },
        Finding.ProgressivePain => p with { Pain = p.Pain with { ProgressiveOrWorsening = value } },
        Finding.LocalisedSpinalTenderness => p with { Pain = p.Pain with { LocalisedSpinalTenderness = value } },
        Finding.PainWorseOnStraining => p with { Pain = p.Pain with { WorseOnStraining = value } },
        Finding.MechanicalPain => p with { Pain = p.Pain with { Mechanical = value } },
        Finding.RadicularOrBandLikePain => p with { Pain = p.Pain with { RadicularOrBandLike = value } },
        Finding.InsidiousOnset => p with { Pain = p.Pain with { InsidiousOnset = value } },
        Finding.PersistentPain => p with { Pain = p.Pain with { Persistent = value } },
        Finding.NoImprovementAfterFourWeeks => p with { Pain = p.Pain with { NoImprovementAfterFourWeeksOfConservativeCare = value } },
        Finding.PersonalHistoryOfCancer => p with { History = p.History with { PersonalHistoryOfCancer = value } },
        Finding.HighRiskPrimaryCancer => value == Presence.Present
            ? p with { History = p.History with { Cancers = [new CancerHistory { PrimarySite = CancerSite.Lung }] } }
            : p with { History = p.History with { PersonalHistoryOfCancer = value } },
        Finding.MetastaticCancer => value == Presence.Present
            ? p with { History = p.History with { Cancers = [new CancerHistory { PrimarySite = CancerSite.Other, Metastatic = Presence.Present }] } }
            : p with { History = p.History with { PersonalHistoryOfCancer = value } },
        Finding.FamilyHistoryOfCancer => p with { History = p.History with { FamilyHistoryOfCancer = value } },
        Finding.ClinicianSuspectsCancer => p with { History = p.History with { ClinicianSuspectsCancer = value } },
        Finding.CorticosteroidUse => p with { History = p.History with { CorticosteroidUse = value } },
        Finding.Immunosuppression => p with { History = p.History with { Immunosuppression = value } },
        Finding.InjectingDrugUse => p with { History = p.History with { InjectingDrugUse = value } },
        Finding.Osteoporosis => p with { History = p.History with { Osteoporosis = value } },
        Finding.PreviousFragilityFracture => p with { History = p.History with { PreviousFragilityFracture = value } },
        Finding.UnexplainedFracture => p with { History = p.History with { UnexplainedFracture = value } },
        Finding.HighEnergyTrauma => p with { History = p.History with { Trauma = Trauma(value, TraumaSeverity.HighEnergy) } },
        Finding.LowEnergyTrauma => p with { History = p.History with { Trauma = Trauma(value, TraumaSeverity.LowEnergy) } },
        Finding.RecentInfectionOrBacteraemia => p with { History = p.History with { RecentInfectionOrBacteraemia = value } },
        Finding.RecentSpinalProcedureOrHardware => p with { History = p.History with { RecentSpinalProcedureOrHardware = value } },
        Finding.IndwellingVascularCatheter => p with { History = p.History with { IndwellingVascularCatheter = value } },
        Finding.UnexplainedWeightLoss => p with { Systemic = p.Systemic with { UnexplainedWeightLoss = value } },
        Finding.Fever => p with { Systemic = p.Systemic with { Fever = value } },
        Finding.NightSweats => p with { Systemic = p.Systemic with { NightSweats = value } },
        Finding.Fatigue => p with { Systemic = p.Systemic with { Fatigue = value } },
        Finding.LegWeakness => p with { Neurology = p.Neurology with { LegWeakness = value switch { Presence.Present => LegWeakness.Stable, Presence.Absent => LegWeakness.None, _ => LegWeakness.Unknown } } },
        Finding.ProgressiveLegWeakness => p with { Neurology = p.Neurology with { LegWeakness = value switch { Presence.Present => LegWeakness.Progressive, Presence.Absent => LegWeakness.None, _ => LegWeakness.Unknown } } },
        Finding.LegSymptomsInOneLeg => p with { Neurology = p.Neurology with { LegSymptoms = value switch { Presence.Present => LegSymptomSide.OneLeg, Presence.Absent => LegSymptomSide.None, _ => LegSymptomSide.Unknown } } },
        Finding.LegSymptomsInBothLegs => p with { Neurology = p.Neurology with { LegSymptoms = value switch { Presence.Present => LegSymptomSide.BothLegs, Presence.Absent => LegSymptomSide.None, _ => LegSymptomSide.Unknown } } },
        Finding.NumbnessInOneLeg => p with { Neurology = p.Neurology with { NumbnessOrTinglingInOneLeg = value } },
        Finding.NumbnessInBothLegs => p with { Neurology = p.Neurology with { NumbnessOrTinglingInBothLegs = value } },
        Finding.SaddleNumbness => p with { Neurology = p.Neurology with { SaddleNumbnessOrTingling = value } },
        Finding.UrinaryRetention => p with { Neurology = p.Neurology with { UrinaryRetention = value } },
        Finding.UrinaryIncontinence => p with { Neurology = p.Neurology with { UrinaryIncontinence = value } },
        Finding.UrinaryHesitancy => p with { Neurology = p.Neurology with { UrinaryHesitancyOrPoorStream = value } },
        Finding.AlteredBladderSensation => p with { Neurology = p.Neurology with { AlteredBladderSensation = value } },
        Finding.FaecalIncontinence => p with { Neurology = p.Neurology with { FaecalIncontinence = value } },
        Finding.AlteredRectalSensation => p with { Neurology = p.Neurology with { AlteredRectalSensation = value } },
        Finding.SexualDysfunction => p with { Neurology = p.Neurology with { SexualDysfunction = value } },
        Finding.GaitDisturbance => p with { Neurology = p.Neurology with { GaitDisturbance = value } },
        Finding.NeurologicalSymptomsRecent => p with { Neurology = p.Neurology with { BeganOrWorsenedWithin14Days = value } },
        Finding.SpinalBruiseOrGraze => p with { Examination = p.Examination with { SpinalBruiseOrGraze = value } },
        Finding.ReducedAnalTone => p with { Examination = p.Examination with { ReducedAnalTone = value } },
        Finding.RaisedCrp => p with { Labs = p.Labs with { RaisedCrp = value } },
        Finding.Anaemia => p with { Labs = p.Labs with { Anaemia = value } },
        Finding.Hypercalcaemia => p with { Labs = p.Labs with { Hypercalcaemia = value } },
        Finding.Leukopenia => p with { Labs = p.Labs with { Leukopenia = value } },
        Finding.RaisedPlasmaViscosity => p with { Labs = p.Labs with { RaisedPlasmaViscosity = value } },
        Finding.MyelomaScreenAbnormal => p with { Labs = p.Labs with { MyelomaScreenAbnormal = value } },
        Finding.Female => p with { Sex = value switch { Presence.Present => Sex.Female, Presence.Absent => Sex.Male, _ => Sex.Unknown } },
        Finding.Male => p with { Sex = value switch { Presence.Present => Sex.Male, Presence.Absent => Sex.Female, _ => Sex.Unknown } },
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, "No test setter for this finding."),
    };

    /// <summary>Sets the presentation field behind <paramref name="quantity"/> (null = unknown).</summary>
    public static PatientPresentation With(this PatientPresentation p, Quantity quantity, double? value) => quantity switch
    {
        Quantity.AgeYears => p with { AgeYears = value is null ? null : (int)value, DateOfBirth = null },
        Quantity.PainDurationDays => p with { Pain = p.Pain with { DurationDays = value is null ? null : (int)value, OnsetDate = null } },
        Quantity.CorticosteroidDurationDays => p with { History = p.History with { CorticosteroidUse = value > 0 ? Presence.Present : p.History.CorticosteroidUse, CorticosteroidDurationDays = value is null ? null : (int)value } },
        Quantity.WeightLossKilograms => p with { Systemic = p.Systemic with { WeightLossKilograms = value } },
        Quantity.WeightLossPeriodWeeks => p with { Systemic = p.Systemic with { WeightLossPeriodWeeks = value is null ? null : (int)value } },
        Quantity.TemperatureCelsius => p with { Systemic = p.Systemic with { TemperatureCelsius = value } },
        Quantity.EsrMillimetresPerHour => p with { Labs = p.Labs with { EsrMillimetresPerHour = value } },
        Quantity.CrpMilligramsPerLitre => p with { Labs = p.Labs with { CrpMilligramsPerLitre = value } },
        Quantity.HaemoglobinGramsPerLitre => p with { Labs = p.Labs with { HaemoglobinGramsPerLitre = value } },
        Quantity.AdjustedCalciumMillimolesPerLitre => p with { Labs = p.Labs with { AdjustedCalciumMillimolesPerLitre = value } },
        Quantity.WhiteCellCountBillionsPerLitre => p with { Labs = p.Labs with { WhiteCellCountBillionsPerLitre = value } },
        Quantity.PlasmaViscosityMillipascalSeconds => p with { Labs = p.Labs with { PlasmaViscosityMillipascalSeconds = value } },
        Quantity.PostVoidResidualMillilitres => p with { Examination = p.Examination with { PostVoidResidualMillilitres = value } },
        _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "No test setter for this quantity."),
    };

    public static IReadOnlyList<string> FiredRuleIds(this Assessment assessment)
        => assessment.Conditions.SelectMany(c => c.Flags).Select(f => f.RuleId).OrderBy(id => id, StringComparer.Ordinal).ToArray();

    public static bool Fires(this PatientPresentation p, string ruleId) => Evaluator.Assess(p).FiredRuleIds().Contains(ruleId);

    private static TraumaSeverity Trauma(Presence value, TraumaSeverity severity) => value switch
    {
        Presence.Present => severity,
        Presence.Absent => TraumaSeverity.None,
        _ => TraumaSeverity.Unknown,
    };
}
