using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFlags.Testing;

/// <summary>Sets any finding or quantity of a presentation by its rule-language name, for tests.</summary>
/// <remarks>
/// A finding is set through the presentation field that the evaluator reads it from. Derived findings set their source
/// field: <see cref="Finding.Female"/> sets <see cref="PatientPresentation.Sex"/>, <see cref="Finding.HighEnergyTrauma"/>
/// sets <see cref="MedicalHistory.Trauma"/>, <see cref="Finding.HighRiskPrimaryCancer"/> lists a lung cancer, and so on;
/// those can change a sibling finding too (see <see cref="IndependentFindings"/>).
/// </remarks>
public static class PresentationExtensions
{
    private static readonly Finding[] s_sharedField =
    [
        Finding.HighRiskPrimaryCancer, Finding.MetastaticCancer, Finding.Female, Finding.Male,
        Finding.LegWeakness, Finding.ProgressiveLegWeakness, Finding.LegSymptomsInOneLeg, Finding.LegSymptomsInBothLegs,
        Finding.HighEnergyTrauma, Finding.LowEnergyTrauma,
    ];

    /// <summary>Gets the findings whose setter changes that finding and no other: safe for "change one finding" properties.</summary>
    public static IReadOnlyList<Finding> IndependentFindings { get; } = Vocabulary.AllFindings.ToArray().Except(s_sharedField).ToArray();

    /// <summary>Returns the presentation with the findings set to present.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="present">The findings to set present.</param>
    /// <returns>The changed presentation.</returns>
    public static PatientPresentation WithFindings(this PatientPresentation presentation, params Finding[] present)
    {
        ArgumentNullException.ThrowIfNull(present);
        foreach (var finding in present)
        {
            presentation = presentation.WithFinding(finding, Presence.Present);
        }

        return presentation;
    }

    /// <summary>Returns the presentation with the field behind <paramref name="finding"/> set so that it reads <paramref name="value"/>.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="finding">The finding.</param>
    /// <param name="value">The value to read.</param>
    /// <returns>The changed presentation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="finding"/> is not defined.</exception>
    public static PatientPresentation WithFinding(this PatientPresentation presentation, Finding finding, Presence value)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        var p = presentation;
        return finding switch
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
            Finding.PersonalHistoryOfCancer => p with { History = p.History with { PersonalHistoryOfCancer = value, Cancers = value == Presence.Absent ? [] : p.History.Cancers } },
            Finding.HighRiskPrimaryCancer => WithCancer(p, value, new CancerHistory { PrimarySite = CancerSite.Lung }),
            Finding.MetastaticCancer => WithCancer(p, value, new CancerHistory { PrimarySite = CancerSite.Other, Metastatic = Presence.Present }),
            Finding.FamilyHistoryOfCancer => p with { History = p.History with { FamilyHistoryOfCancer = value } },
            Finding.ClinicianSuspectsCancer => p with { History = p.History with { ClinicianSuspectsCancer = value } },
            Finding.CorticosteroidUse => p with { History = p.History with { CorticosteroidUse = value, CorticosteroidDurationDays = value == Presence.Absent ? null : p.History.CorticosteroidDurationDays } },
            Finding.Immunosuppression => p with { History = p.History with { Immunosuppression = value } },
            Finding.InjectingDrugUse => p with { History = p.History with { InjectingDrugUse = value } },
            Finding.Osteoporosis => p with { History = p.History with { Osteoporosis = value } },
            Finding.PreviousFragilityFracture => p with { History = p.History with { PreviousFragilityFracture = value } },
            Finding.UnexplainedFracture => p with { History = p.History with { UnexplainedFracture = value } },
            Finding.HighEnergyTrauma => p with { History = p.History with { Trauma = Pick(value, TraumaSeverity.HighEnergy, TraumaSeverity.None, TraumaSeverity.Unknown) } },
            Finding.LowEnergyTrauma => p with { History = p.History with { Trauma = Pick(value, TraumaSeverity.LowEnergy, TraumaSeverity.None, TraumaSeverity.Unknown) } },
            Finding.RecentInfectionOrBacteraemia => p with { History = p.History with { RecentInfectionOrBacteraemia = value } },
            Finding.RecentSpinalProcedureOrHardware => p with { History = p.History with { RecentSpinalProcedureOrHardware = value } },
            Finding.IndwellingVascularCatheter => p with { History = p.History with { IndwellingVascularCatheter = value } },
            Finding.UnexplainedWeightLoss => p with { Systemic = p.Systemic with { UnexplainedWeightLoss = value } },
            Finding.Fever => p with { Systemic = p.Systemic with { Fever = value } },
            Finding.NightSweats => p with { Systemic = p.Systemic with { NightSweats = value } },
            Finding.Fatigue => p with { Systemic = p.Systemic with { Fatigue = value } },
            Finding.LegWeakness => p with { Neurology = p.Neurology with { LegWeakness = Pick(value, RedFlags.LegWeakness.Stable, RedFlags.LegWeakness.None, RedFlags.LegWeakness.Unknown) } },
            Finding.ProgressiveLegWeakness => p with { Neurology = p.Neurology with { LegWeakness = Pick(value, RedFlags.LegWeakness.Progressive, RedFlags.LegWeakness.None, RedFlags.LegWeakness.Unknown) } },
            Finding.LegSymptomsInOneLeg => p with { Neurology = p.Neurology with { LegSymptoms = Pick(value, LegSymptomSide.OneLeg, LegSymptomSide.None, LegSymptomSide.Unknown) } },
            Finding.LegSymptomsInBothLegs => p with { Neurology = p.Neurology with { LegSymptoms = Pick(value, LegSymptomSide.BothLegs, LegSymptomSide.None, LegSymptomSide.Unknown) } },
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
            Finding.Female => p with { Sex = Pick(value, Sex.Female, Sex.Male, Sex.Unknown) },
            Finding.Male => p with { Sex = Pick(value, Sex.Male, Sex.Female, Sex.Unknown) },
            _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, "The finding is not defined."),
        };
    }

    /// <summary>Returns the presentation with the field behind <paramref name="quantity"/> set (<see langword="null"/> = unknown).</summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="quantity">The quantity.</param>
    /// <param name="value">The value in the quantity's unit, or <see langword="null"/>.</param>
    /// <returns>The changed presentation. A corticosteroid duration above zero also records corticosteroid use as present.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="quantity"/> is not defined.</exception>
    public static PatientPresentation WithQuantity(this PatientPresentation presentation, Quantity quantity, double? value)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        var p = presentation;
        int? whole = value is null ? null : (int)Math.Round(value.Value);
        return quantity switch
        {
            Quantity.AgeYears => p with { AgeYears = whole, DateOfBirth = null },
            Quantity.PainDurationDays => p with { Pain = p.Pain with { DurationDays = whole, OnsetDate = null } },
            Quantity.CorticosteroidDurationDays => p with { History = p.History with { CorticosteroidUse = whole > 0 ? Presence.Present : p.History.CorticosteroidUse, CorticosteroidDurationDays = whole } },
            Quantity.WeightLossKilograms => p with { Systemic = p.Systemic with { WeightLossKilograms = value } },
            Quantity.WeightLossPeriodWeeks => p with { Systemic = p.Systemic with { WeightLossPeriodWeeks = whole } },
            Quantity.TemperatureCelsius => p with { Systemic = p.Systemic with { TemperatureCelsius = value } },
            Quantity.EsrMillimetresPerHour => p with { Labs = p.Labs with { EsrMillimetresPerHour = value } },
            Quantity.CrpMilligramsPerLitre => p with { Labs = p.Labs with { CrpMilligramsPerLitre = value } },
            Quantity.HaemoglobinGramsPerLitre => p with { Labs = p.Labs with { HaemoglobinGramsPerLitre = value } },
            Quantity.AdjustedCalciumMillimolesPerLitre => p with { Labs = p.Labs with { AdjustedCalciumMillimolesPerLitre = value } },
            Quantity.WhiteCellCountBillionsPerLitre => p with { Labs = p.Labs with { WhiteCellCountBillionsPerLitre = value } },
            Quantity.PlasmaViscosityMillipascalSeconds => p with { Labs = p.Labs with { PlasmaViscosityMillipascalSeconds = value } },
            Quantity.PostVoidResidualMillilitres => p with { Examination = p.Examination with { PostVoidResidualMillilitres = value } },
            _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "The quantity is not defined."),
        };
    }

    private static PatientPresentation WithCancer(PatientPresentation p, Presence value, CancerHistory cancer) => value == Presence.Present
        ? p with { History = p.History with { PersonalHistoryOfCancer = p.History.PersonalHistoryOfCancer == Presence.Absent ? Presence.Present : p.History.PersonalHistoryOfCancer, Cancers = [.. p.History.Cancers, cancer] } }
        : p with { History = p.History with { PersonalHistoryOfCancer = value, Cancers = [] } };

    private static T Pick<T>(Presence value, T present, T absent, T unknown) => value switch
    {
        Presence.Present => present,
        Presence.Absent => absent,
        _ => unknown,
    };
}
