using System.Diagnostics.CodeAnalysis;

namespace RedFlags.Benchmarks.Baselines;

/// <summary>
/// Baseline (b), the floor: the default catalogue (<c>redflags-lbp-default</c> 0.1.0) as plain C# over a
/// <see cref="FlatPresentation"/>: one boolean method per rule, a flag reference is a call, and urgency is decided
/// by testing the emergency rules first, then the urgent ones, then the soon ones.
/// </summary>
/// <remarks>
/// Written mechanically from the catalogue's criteria and checked in; the equivalence test
/// (<c>tests/RedFlags.Benchmarks.Tests</c>) checks that it fires exactly what RedFlags fires. It knows nothing of
/// unknowns beyond "not present": a rule is true only when RedFlags' three-valued result is true. No validation,
/// no explanation.
/// </remarks>
[SuppressMessage("Style", "IDE0047:Remove unnecessary parentheses", Justification = "Generated layout.")]
public static class IfChainBaseline
{
    /// <summary>The number of rules, one bit each in <see cref="FiredFlags"/>.</summary>
    public const int RuleCount = 55;

    private const int Absent = 1;
    private const int Present = 2;

    /// <summary>The highest urgency of any fired rule, or routine.</summary>
    /// <param name="p">The flattened presentation.</param>
    /// <returns>The urgency.</returns>
    public static Urgency UrgencyOf(FlatPresentation p)
    {
        if (CesAnalTone(p)
            || CesBladder(p)
            || CesBowel(p)
            || CesProgressiveNeuro(p)
            || CesPvr200(p)
            || CesSaddleSensory(p)
            || CesSexual(p)
            || FrxHighEnergyTrauma(p)
            || FrxNeuroDeficit(p)
            || InfRiskCombination(p)
            || InfTriad(p)
            || InfWithNeuroDeficit(p)
            || MalMsccNeuro(p)
            || MalMsccSuspected(p)
            || MalSevereHypercalcaemia(p))
        {
            return Urgency.Emergency;
        }

        if (CesBilateralLeg(p)
            || InfIvdu(p)
            || InfRecentInfection(p)
            || MalClinicianSuspicion(p)
            || MalCombination50(p)
            || MalMsccPain(p)
            || MalMyelomaLabs(p)
            || MalPancreaticNg12(p))
        {
            return Urgency.Urgent;
        }

        if (FrxContusionAbrasion(p)
            || FrxCorticosteroid(p)
            || FrxMulti3of4(p)
            || FrxSignificantTrauma(p)
            || FrxSuddenOnset(p)
            || InfEsrCrp(p)
            || InfFever(p)
            || MalAnaemia(p)
            || MalEsrRaised(p)
            || MalHighRiskPrimary(p)
            || MalHistoryOfCancer(p)
            || MalMyelomaNg12(p)
            || MalUnexplainedWeightLoss(p))
        {
            return Urgency.Soon;
        }

        return Urgency.Routine;
    }

    /// <summary>The fired rules as a bit mask: bit i is the i-th rule of the default catalogue in id order.</summary>
    /// <param name="p">The flattened presentation.</param>
    /// <returns>The mask.</returns>
    public static ulong FiredFlags(FlatPresentation p)
    {
        ulong fired = 0;
        if (CesAnalTone(p)) { fired |= 1UL << 0; }
        if (CesBilateralLeg(p)) { fired |= 1UL << 1; }
        if (CesBladder(p)) { fired |= 1UL << 2; }
        if (CesBowel(p)) { fired |= 1UL << 3; }
        if (CesProgressiveNeuro(p)) { fired |= 1UL << 4; }
        if (CesPvr200(p)) { fired |= 1UL << 5; }
        if (CesSaddleSensory(p)) { fired |= 1UL << 6; }
        if (CesSafetyNet(p)) { fired |= 1UL << 7; }
        if (CesSexual(p)) { fired |= 1UL << 8; }
        if (FrxAge70(p)) { fired |= 1UL << 9; }
        if (FrxContusionAbrasion(p)) { fired |= 1UL << 10; }
        if (FrxCorticosteroid(p)) { fired |= 1UL << 11; }
        if (FrxFemale(p)) { fired |= 1UL << 12; }
        if (FrxHighEnergyTrauma(p)) { fired |= 1UL << 13; }
        if (FrxMulti3of4(p)) { fired |= 1UL << 14; }
        if (FrxNeuroDeficit(p)) { fired |= 1UL << 15; }
        if (FrxOsteoporosis(p)) { fired |= 1UL << 16; }
        if (FrxSignificantTrauma(p)) { fired |= 1UL << 17; }
        if (FrxSuddenOnset(p)) { fired |= 1UL << 18; }
        if (InfEsrCrp(p)) { fired |= 1UL << 19; }
        if (InfFever(p)) { fired |= 1UL << 20; }
        if (InfImmunosuppression(p)) { fired |= 1UL << 21; }
        if (InfIvdu(p)) { fired |= 1UL << 22; }
        if (InfRecentInfection(p)) { fired |= 1UL << 23; }
        if (InfRiskCombination(p)) { fired |= 1UL << 24; }
        if (InfSpinalProcedure(p)) { fired |= 1UL << 25; }
        if (InfTriad(p)) { fired |= 1UL << 26; }
        if (InfVascularCatheter(p)) { fired |= 1UL << 27; }
        if (InfWithNeuroDeficit(p)) { fired |= 1UL << 28; }
        if (MalAge50(p)) { fired |= 1UL << 29; }
        if (MalAnaemia(p)) { fired |= 1UL << 30; }
        if (MalClinicianSuspicion(p)) { fired |= 1UL << 31; }
        if (MalCombination50(p)) { fired |= 1UL << 32; }
        if (MalConstantPain(p)) { fired |= 1UL << 33; }
        if (MalDeyoCombination(p)) { fired |= 1UL << 34; }
        if (MalDurationGt1m(p)) { fired |= 1UL << 35; }
        if (MalEsrRaised(p)) { fired |= 1UL << 36; }
        if (MalFatigue(p)) { fired |= 1UL << 37; }
        if (MalHighRiskPrimary(p)) { fired |= 1UL << 38; }
        if (MalHistoryOfCancer(p)) { fired |= 1UL << 39; }
        if (MalInsidiousOnset(p)) { fired |= 1UL << 40; }
        if (MalLocalisedPain(p)) { fired |= 1UL << 41; }
        if (MalMsccNeuro(p)) { fired |= 1UL << 42; }
        if (MalMsccPain(p)) { fired |= 1UL << 43; }
        if (MalMsccSuspected(p)) { fired |= 1UL << 44; }
        if (MalMyelomaLabs(p)) { fired |= 1UL << 45; }
        if (MalMyelomaNg12(p)) { fired |= 1UL << 46; }
        if (MalNightSweats(p)) { fired |= 1UL << 47; }
        if (MalNoImprovement4w(p)) { fired |= 1UL << 48; }
        if (MalPancreaticNg12(p)) { fired |= 1UL << 49; }
        if (MalProgressivePain(p)) { fired |= 1UL << 50; }
        if (MalRestNightPain(p)) { fired |= 1UL << 51; }
        if (MalSevereHypercalcaemia(p)) { fired |= 1UL << 52; }
        if (MalThoracicPain(p)) { fired |= 1UL << 53; }
        if (MalUnexplainedWeightLoss(p)) { fired |= 1UL << 54; }
        return fired;
    }

    // CES-ANAL-TONE: Emergency
    private static bool CesAnalTone(FlatPresentation p) => p.ReducedAnalTone == Present;

    // CES-BILATERAL-LEG: Urgent
    private static bool CesBilateralLeg(FlatPresentation p) => (p.LegSymptomsInBothLegs == Present || p.NumbnessInBothLegs == Present)
        && (p.NeurologicalSymptomsRecent == Present || p.ProgressiveLegWeakness == Present || p.SaddleNumbness == Present || p.UrinaryRetention == Present || p.UrinaryIncontinence == Present || p.UrinaryHesitancy == Present || p.AlteredBladderSensation == Present || p.FaecalIncontinence == Present || p.AlteredRectalSensation == Present || p.SexualDysfunction == Present);

    // CES-BLADDER: Emergency
    private static bool CesBladder(FlatPresentation p) => (p.UrinaryRetention == Present || p.UrinaryIncontinence == Present || p.UrinaryHesitancy == Present || p.AlteredBladderSensation == Present) && p.NeurologicalSymptomsRecent != Absent;

    // CES-BOWEL: Emergency
    private static bool CesBowel(FlatPresentation p) => (p.FaecalIncontinence == Present || p.AlteredRectalSensation == Present) && p.NeurologicalSymptomsRecent != Absent;

    // CES-PROGRESSIVE-NEURO: Emergency
    private static bool CesProgressiveNeuro(FlatPresentation p) => p.ProgressiveLegWeakness == Present;

    // CES-PVR-200: Emergency
    private static bool CesPvr200(FlatPresentation p) => p.PostVoidResidualMillilitres >= 200.0;

    // CES-SADDLE-SENSORY: Emergency
    private static bool CesSaddleSensory(FlatPresentation p) => p.SaddleNumbness == Present && p.NeurologicalSymptomsRecent != Absent;

    // CES-SAFETY-NET: Routine
    private static bool CesSafetyNet(FlatPresentation p) => p.LegSymptomsInOneLeg == Present || p.LegSymptomsInBothLegs == Present || p.NumbnessInOneLeg == Present || p.NumbnessInBothLegs == Present || p.RadicularOrBandLikePain == Present || p.LegWeakness == Present;

    // CES-SEXUAL: Emergency
    private static bool CesSexual(FlatPresentation p) => p.SexualDysfunction == Present && p.NeurologicalSymptomsRecent != Absent;

    // FRX-SUDDEN-ONSET: Soon
    private static bool FrxSuddenOnset(FlatPresentation p) => p.SuddenSevereOnset == Present && (p.Osteoporosis == Present || p.PreviousFragilityFracture == Present || p.CorticosteroidDurationDays > 90.0 || p.AgeYears >= 70.0);

    // FRX-AGE-70: Routine
    private static bool FrxAge70(FlatPresentation p) => p.AgeYears > 70.0;

    // FRX-CONTUSION-ABRASION: Soon
    private static bool FrxContusionAbrasion(FlatPresentation p) => p.SpinalBruiseOrGraze == Present;

    // FRX-CORTICOSTEROID: Soon
    private static bool FrxCorticosteroid(FlatPresentation p) => p.CorticosteroidDurationDays > 90.0;

    // FRX-FEMALE: Routine
    private static bool FrxFemale(FlatPresentation p) => p.Female == Present;

    // FRX-HIGH-ENERGY-TRAUMA: Emergency
    private static bool FrxHighEnergyTrauma(FlatPresentation p) => p.HighEnergyTrauma == Present;

    // FRX-MULTI-3OF4: Soon
    private static bool FrxMulti3of4(FlatPresentation p) => ((p.Female == Present ? 1 : 0) + (p.AgeYears > 70.0 ? 1 : 0) + ((FrxHighEnergyTrauma(p) || FrxSignificantTrauma(p)) ? 1 : 0) + (p.CorticosteroidDurationDays > 90.0 ? 1 : 0) >= 3);

    // FRX-NEURO-DEFICIT: Emergency
    private static bool FrxNeuroDeficit(FlatPresentation p) => (FrxCorticosteroid(p) || FrxHighEnergyTrauma(p) || FrxSignificantTrauma(p) || FrxContusionAbrasion(p) || FrxMulti3of4(p) || FrxSuddenOnset(p)) && (p.LegWeakness == Present || p.GaitDisturbance == Present || p.NumbnessInBothLegs == Present || p.SaddleNumbness == Present || p.UrinaryRetention == Present || p.FaecalIncontinence == Present || p.ReducedAnalTone == Present);

    // FRX-OSTEOPOROSIS: Routine
    private static bool FrxOsteoporosis(FlatPresentation p) => p.Osteoporosis == Present || p.PreviousFragilityFracture == Present;

    // FRX-SIGNIFICANT-TRAUMA: Soon
    private static bool FrxSignificantTrauma(FlatPresentation p) => p.LowEnergyTrauma == Present && (p.AgeYears >= 50.0 || p.Osteoporosis == Present || p.PreviousFragilityFracture == Present || p.CorticosteroidDurationDays > 90.0);

    // INF-ESR-CRP: Soon
    private static bool InfEsrCrp(FlatPresentation p) => p.EsrMillimetresPerHour > 20.0 || p.RaisedCrp == Present;

    // INF-FEVER: Soon
    private static bool InfFever(FlatPresentation p) => p.Fever == Present || p.TemperatureCelsius >= 38.0;

    // INF-IMMUNOSUPPRESSION: Routine
    private static bool InfImmunosuppression(FlatPresentation p) => p.Immunosuppression == Present;

    // INF-IVDU: Urgent
    private static bool InfIvdu(FlatPresentation p) => p.InjectingDrugUse == Present;

    // INF-RECENT-INFECTION: Urgent
    private static bool InfRecentInfection(FlatPresentation p) => p.RecentInfectionOrBacteraemia == Present;

    // INF-RISK-COMBINATION: Emergency
    private static bool InfRiskCombination(FlatPresentation p) => (InfFever(p) || InfEsrCrp(p)) && (InfIvdu(p) || InfRecentInfection(p) || InfImmunosuppression(p) || InfSpinalProcedure(p) || InfVascularCatheter(p));

    // INF-SPINAL-PROCEDURE: Routine
    private static bool InfSpinalProcedure(FlatPresentation p) => p.RecentSpinalProcedureOrHardware == Present;

    // INF-TRIAD: Emergency
    private static bool InfTriad(FlatPresentation p) => InfFever(p) && (p.LegWeakness == Present || p.GaitDisturbance == Present || p.NumbnessInBothLegs == Present || p.SaddleNumbness == Present || p.UrinaryRetention == Present || p.FaecalIncontinence == Present || p.ReducedAnalTone == Present);

    // INF-VASCULAR-CATHETER: Routine
    private static bool InfVascularCatheter(FlatPresentation p) => p.IndwellingVascularCatheter == Present;

    // INF-WITH-NEURO-DEFICIT: Emergency
    private static bool InfWithNeuroDeficit(FlatPresentation p) => (InfFever(p) || InfEsrCrp(p) || InfIvdu(p) || InfRecentInfection(p) || InfImmunosuppression(p) || InfSpinalProcedure(p) || InfVascularCatheter(p)) && (p.LegWeakness == Present || p.GaitDisturbance == Present || p.NumbnessInBothLegs == Present || p.SaddleNumbness == Present || p.UrinaryRetention == Present || p.FaecalIncontinence == Present || p.ReducedAnalTone == Present);

    // MAL-AGE-50: Routine
    private static bool MalAge50(FlatPresentation p) => p.AgeYears >= 50.0;

    // MAL-ANAEMIA: Soon
    private static bool MalAnaemia(FlatPresentation p) => p.Anaemia == Present;

    // MAL-CLINICIAN-SUSPICION: Urgent
    private static bool MalClinicianSuspicion(FlatPresentation p) => p.ClinicianSuspectsCancer == Present;

    // MAL-COMBINATION-50: Urgent
    private static bool MalCombination50(FlatPresentation p) => p.AgeYears >= 50.0 && ((p.UnexplainedWeightLoss == Present ? 1 : 0) + (p.NoImprovementAfterFourWeeks == Present ? 1 : 0) + (p.EsrMillimetresPerHour >= 20.0 ? 1 : 0) + (p.Anaemia == Present ? 1 : 0) >= 2);

    // MAL-CONSTANT-PAIN: Routine
    private static bool MalConstantPain(FlatPresentation p) => p.ConstantUnremittingPain == Present;

    // MAL-DEYO-COMBINATION: Routine
    private static bool MalDeyoCombination(FlatPresentation p) => MalAge50(p) || MalHistoryOfCancer(p) || MalUnexplainedWeightLoss(p) || MalNoImprovement4w(p);

    // MAL-DURATION-GT-1M: Routine
    private static bool MalDurationGt1m(FlatPresentation p) => p.PainDurationDays > 30.0;

    // MAL-ESR-RAISED: Soon
    private static bool MalEsrRaised(FlatPresentation p) => p.EsrMillimetresPerHour >= 20.0;

    // MAL-FATIGUE: Routine
    private static bool MalFatigue(FlatPresentation p) => p.Fatigue == Present;

    // MAL-HIGH-RISK-PRIMARY: Soon
    private static bool MalHighRiskPrimary(FlatPresentation p) => p.HighRiskPrimaryCancer == Present;

    // MAL-HISTORY-OF-CANCER: Soon
    private static bool MalHistoryOfCancer(FlatPresentation p) => p.PersonalHistoryOfCancer == Present;

    // MAL-INSIDIOUS-ONSET: Routine
    private static bool MalInsidiousOnset(FlatPresentation p) => p.InsidiousOnset == Present;

    // MAL-LOCALISED-PAIN: Routine
    private static bool MalLocalisedPain(FlatPresentation p) => p.LocalisedSpinalTenderness == Present;

    // MAL-MSCC-NEURO: Emergency
    private static bool MalMsccNeuro(FlatPresentation p) => (MalHistoryOfCancer(p) || p.ClinicianSuspectsCancer == Present) && (p.RadicularOrBandLikePain == Present || p.LegWeakness == Present || p.GaitDisturbance == Present || p.NumbnessInOneLeg == Present || p.NumbnessInBothLegs == Present || p.SaddleNumbness == Present || p.UrinaryRetention == Present || p.UrinaryIncontinence == Present || p.UrinaryHesitancy == Present || p.AlteredBladderSensation == Present || p.FaecalIncontinence == Present || p.AlteredRectalSensation == Present || p.ReducedAnalTone == Present);

    // MAL-MSCC-SUSPECTED: Emergency
    private static bool MalMsccSuspected(FlatPresentation p) => (MalHistoryOfCancer(p) || p.ClinicianSuspectsCancer == Present || p.UnexplainedWeightLoss == Present || p.ProgressivePain == Present || p.NightPain == Present || p.ThoracicPain == Present || p.AgeYears >= 50.0)
        && (p.SaddleNumbness == Present || p.UrinaryRetention == Present || p.UrinaryIncontinence == Present || p.AlteredBladderSensation == Present || p.FaecalIncontinence == Present || p.AlteredRectalSensation == Present || p.ReducedAnalTone == Present || p.ProgressiveLegWeakness == Present || p.GaitDisturbance == Present || p.NumbnessInBothLegs == Present)
        && p.NeurologicalSymptomsRecent != Absent;

    // MAL-SEVERE-HYPERCALCAEMIA: Emergency
    private static bool MalSevereHypercalcaemia(FlatPresentation p) => p.Hypercalcaemia == Present && p.AdjustedCalciumMillimolesPerLitre > 3.40;

    // MAL-MSCC-PAIN: Urgent
    private static bool MalMsccPain(FlatPresentation p) => MalHistoryOfCancer(p) && (p.ProgressivePain == Present || p.ConstantUnremittingPain == Present || p.PainWorseOnStraining == Present || p.LocalisedSpinalTenderness == Present || p.NightPain == Present || p.ThoracicPain == Present || p.CervicalPain == Present || p.MechanicalPain == Present);

    // MAL-MYELOMA-LABS: Urgent
    private static bool MalMyelomaLabs(FlatPresentation p) => (p.Hypercalcaemia == Present || p.Leukopenia == Present || p.RaisedPlasmaViscosity == Present || p.MyelomaScreenAbnormal == Present) && (p.PersistentPain == Present || p.UnexplainedFracture == Present);

    // MAL-MYELOMA-NG12: Soon
    private static bool MalMyelomaNg12(FlatPresentation p) => p.AgeYears >= 60.0 && (p.PersistentPain == Present || p.UnexplainedFracture == Present);

    // MAL-NIGHT-SWEATS: Routine
    private static bool MalNightSweats(FlatPresentation p) => p.NightSweats == Present;

    // MAL-NO-IMPROVEMENT-4W: Routine, contributes only
    private static bool MalNoImprovement4w(FlatPresentation p) => p.NoImprovementAfterFourWeeks == Present;

    // MAL-PANCREATIC-NG12: Urgent
    private static bool MalPancreaticNg12(FlatPresentation p) => p.AgeYears >= 60.0 && p.UnexplainedWeightLoss == Present;

    // MAL-PROGRESSIVE-PAIN: Routine
    private static bool MalProgressivePain(FlatPresentation p) => p.ProgressivePain == Present;

    // MAL-REST-NIGHT-PAIN: Routine
    private static bool MalRestNightPain(FlatPresentation p) => p.NightPain == Present || p.PainNotRelievedByRest == Present;

    // MAL-THORACIC-PAIN: Routine
    private static bool MalThoracicPain(FlatPresentation p) => p.ThoracicPain == Present || p.CervicalPain == Present;

    // MAL-UNEXPLAINED-WEIGHT-LOSS: Soon
    private static bool MalUnexplainedWeightLoss(FlatPresentation p) => p.UnexplainedWeightLoss == Present;
}
