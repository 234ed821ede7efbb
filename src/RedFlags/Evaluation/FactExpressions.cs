#if NET
using System;
using System.Linq.Expressions;

namespace RedFlags.Evaluation;

/// <summary>
/// Each finding and number as an expression, for <see cref="UrgencyCompiler"/>: compiled code then reads only the
/// fields the rule set tests, where it tests them, instead of snapshotting every fact first.
/// </summary>
/// <remarks>
/// Must agree with <see cref="FactReader.Read(Finding)"/> and <see cref="FactReader.Read(Quantity)"/>; a test compares
/// them for every finding and number on generated presentations. The three cancer findings, which look through the
/// list of cancers, return null: compiled code calls <see cref="FactReader.Read(Finding)"/> for them.
/// </remarks>
internal static class FactExpressions
{
    /// <summary>The expression of a number; NaN when it is unknown, as <see cref="FactReader.Read(Quantity)"/>.</summary>
    public static Expression<Func<FactReader, double>> For(Quantity quantity) => quantity switch
    {
        Quantity.AgeYears => f => f.AgeYears,
        Quantity.PainDurationDays => f => f.PainDurationDays,
        Quantity.CorticosteroidDurationDays => f => FactReader.CorticosteroidDays(f.Presentation.History),
        Quantity.WeightLossKilograms => f => f.Presentation.Systemic.WeightLossKilograms ?? double.NaN,
        Quantity.WeightLossPeriodWeeks => f => (double?)f.Presentation.Systemic.WeightLossPeriodWeeks ?? double.NaN,
        Quantity.TemperatureCelsius => f => f.Presentation.Systemic.TemperatureCelsius ?? double.NaN,
        Quantity.EsrMillimetresPerHour => f => f.Presentation.Labs.EsrMillimetresPerHour ?? double.NaN,
        Quantity.CrpMilligramsPerLitre => f => f.Presentation.Labs.CrpMilligramsPerLitre ?? double.NaN,
        Quantity.HaemoglobinGramsPerLitre => f => f.Presentation.Labs.HaemoglobinGramsPerLitre ?? double.NaN,
        Quantity.AdjustedCalciumMillimolesPerLitre => f => f.Presentation.Labs.AdjustedCalciumMillimolesPerLitre ?? double.NaN,
        Quantity.WhiteCellCountBillionsPerLitre => f => f.Presentation.Labs.WhiteCellCountBillionsPerLitre ?? double.NaN,
        Quantity.PlasmaViscosityMillipascalSeconds => f => f.Presentation.Labs.PlasmaViscosityMillipascalSeconds ?? double.NaN,
        Quantity.PostVoidResidualMillilitres => f => f.Presentation.Examination.PostVoidResidualMillilitres ?? double.NaN,
        _ => f => double.NaN,
    };

    /// <summary>The expression of a finding, or null when it is read through <see cref="FactReader.Read(Finding)"/>.</summary>
    public static Expression<Func<PatientPresentation, Presence>>? For(Finding finding) => finding switch
    {
        Finding.LumbarPain => p => p.Pain.Lumbar,
        Finding.ThoracicPain => p => p.Pain.Thoracic,
        Finding.CervicalPain => p => p.Pain.Cervical,
        Finding.NightPain => p => p.Pain.WorseAtNightOrWakesFromSleep,
        Finding.PainNotRelievedByRest => p => p.Pain.NotRelievedByRestOrLyingDown,
        Finding.ConstantUnremittingPain => p => p.Pain.ConstantAndUnremitting,
        Finding.ProgressivePain => p => p.Pain.ProgressiveOrWorsening,
        Finding.LocalisedSpinalTenderness => p => p.Pain.LocalisedSpinalTenderness,
        Finding.PainWorseOnStraining => p => p.Pain.WorseOnStraining,
        Finding.MechanicalPain => p => p.Pain.Mechanical,
        Finding.RadicularOrBandLikePain => p => p.Pain.RadicularOrBandLike,
        Finding.InsidiousOnset => p => p.Pain.InsidiousOnset,
        Finding.PersistentPain => p => p.Pain.Persistent,
        Finding.NoImprovementAfterFourWeeks => p => p.Pain.NoImprovementAfterFourWeeksOfConservativeCare,
        Finding.FamilyHistoryOfCancer => p => p.History.FamilyHistoryOfCancer,
        Finding.ClinicianSuspectsCancer => p => p.History.ClinicianSuspectsCancer,
        Finding.CorticosteroidUse => p => p.History.CorticosteroidUse,
        Finding.Immunosuppression => p => p.History.Immunosuppression,
        Finding.InjectingDrugUse => p => p.History.InjectingDrugUse,
        Finding.Osteoporosis => p => p.History.Osteoporosis,
        Finding.PreviousFragilityFracture => p => p.History.PreviousFragilityFracture,
        Finding.UnexplainedFracture => p => p.History.UnexplainedFracture,
        Finding.HighEnergyTrauma => p => FactReader.TraumaIs(p.History.Trauma, TraumaSeverity.HighEnergy),
        Finding.LowEnergyTrauma => p => FactReader.TraumaIs(p.History.Trauma, TraumaSeverity.LowEnergy),
        Finding.RecentInfectionOrBacteraemia => p => p.History.RecentInfectionOrBacteraemia,
        Finding.RecentSpinalProcedureOrHardware => p => p.History.RecentSpinalProcedureOrHardware,
        Finding.IndwellingVascularCatheter => p => p.History.IndwellingVascularCatheter,
        Finding.UnexplainedWeightLoss => p => p.Systemic.UnexplainedWeightLoss,
        Finding.Fever => p => p.Systemic.Fever,
        Finding.NightSweats => p => p.Systemic.NightSweats,
        Finding.Fatigue => p => p.Systemic.Fatigue,
        Finding.LegWeakness => p => FactReader.AnyLegWeakness(p.Neurology.LegWeakness),
        Finding.ProgressiveLegWeakness => p => FactReader.ProgressiveLegWeakness(p.Neurology.LegWeakness),
        Finding.LegSymptomsInOneLeg => p => FactReader.SideIs(p.Neurology.LegSymptoms, LegSymptomSide.OneLeg),
        Finding.LegSymptomsInBothLegs => p => FactReader.SideIs(p.Neurology.LegSymptoms, LegSymptomSide.BothLegs),
        Finding.NumbnessInOneLeg => p => p.Neurology.NumbnessOrTinglingInOneLeg,
        Finding.NumbnessInBothLegs => p => p.Neurology.NumbnessOrTinglingInBothLegs,
        Finding.SaddleNumbness => p => p.Neurology.SaddleNumbnessOrTingling,
        Finding.UrinaryRetention => p => p.Neurology.UrinaryRetention,
        Finding.UrinaryIncontinence => p => p.Neurology.UrinaryIncontinence,
        Finding.UrinaryHesitancy => p => p.Neurology.UrinaryHesitancyOrPoorStream,
        Finding.AlteredBladderSensation => p => p.Neurology.AlteredBladderSensation,
        Finding.FaecalIncontinence => p => p.Neurology.FaecalIncontinence,
        Finding.AlteredRectalSensation => p => p.Neurology.AlteredRectalSensation,
        Finding.SexualDysfunction => p => p.Neurology.SexualDysfunction,
        Finding.GaitDisturbance => p => p.Neurology.GaitDisturbance,
        Finding.NeurologicalSymptomsRecent => p => p.Neurology.BeganOrWorsenedWithin14Days,
        Finding.SpinalBruiseOrGraze => p => p.Examination.SpinalBruiseOrGraze,
        Finding.ReducedAnalTone => p => p.Examination.ReducedAnalTone,
        Finding.RaisedCrp => p => p.Labs.RaisedCrp,
        Finding.Anaemia => p => p.Labs.Anaemia,
        Finding.Hypercalcaemia => p => p.Labs.Hypercalcaemia,
        Finding.Leukopenia => p => p.Labs.Leukopenia,
        Finding.RaisedPlasmaViscosity => p => p.Labs.RaisedPlasmaViscosity,
        Finding.MyelomaScreenAbnormal => p => p.Labs.MyelomaScreenAbnormal,
        Finding.Female => p => FactReader.SexIs(p.Sex, Sex.Female),
        Finding.Male => p => FactReader.SexIs(p.Sex, Sex.Male),
        _ => null,
    };
}
#endif
