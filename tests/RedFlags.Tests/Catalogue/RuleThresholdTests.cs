using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Catalogue;

/// <summary>Each catalogue rule fires at its threshold and not just below it (one row per rule; a new rule needs a row).</summary>
public class RuleThresholdTests
{
    // Base: a 40-year-old man with every finding asked and absent, so "just below" differs from "fires" by one fact.
    private static readonly Dictionary<string, (Func<PatientPresentation> Fires, Func<PatientPresentation> JustBelow)> s_cases = new()
    {
        ["MAL-HISTORY-OF-CANCER"] = (() => NothingFound().With(Finding.PersonalHistoryOfCancer, Presence.Present), () => NothingFound().With(Finding.FamilyHistoryOfCancer)),
        ["MAL-HIGH-RISK-PRIMARY"] = (() => WithCancer(CancerSite.Prostate), () => WithCancer(CancerSite.Colorectal)),
        ["MAL-AGE-50"] = (() => NothingFound().With(Quantity.AgeYears, 50), () => NothingFound().With(Quantity.AgeYears, 49)),
        ["MAL-UNEXPLAINED-WEIGHT-LOSS"] = (() => NothingFound().With(Finding.UnexplainedWeightLoss), () => NothingFound()),
        ["MAL-NO-IMPROVEMENT-4W"] = (() => NothingFound().With(Finding.NoImprovementAfterFourWeeks), () => NothingFound()),
        ["MAL-DURATION-GT-1M"] = (() => NothingFound().With(Quantity.PainDurationDays, 31), () => NothingFound().With(Quantity.PainDurationDays, 30)),
        ["MAL-REST-NIGHT-PAIN"] = (() => NothingFound().With(Finding.PainNotRelievedByRest), () => NothingFound()),
        ["MAL-CONSTANT-PAIN"] = (() => NothingFound().With(Finding.ConstantUnremittingPain), () => NothingFound()),
        ["MAL-PROGRESSIVE-PAIN"] = (() => NothingFound().With(Finding.ProgressivePain), () => NothingFound()),
        ["MAL-LOCALISED-PAIN"] = (() => NothingFound().With(Finding.LocalisedSpinalTenderness), () => NothingFound()),
        ["MAL-THORACIC-PAIN"] = (() => NothingFound().With(Finding.CervicalPain), () => NothingFound()),
        ["MAL-INSIDIOUS-ONSET"] = (() => NothingFound().With(Finding.InsidiousOnset), () => NothingFound()),
        ["MAL-FATIGUE"] = (() => NothingFound().With(Finding.Fatigue), () => NothingFound()),
        ["MAL-NIGHT-SWEATS"] = (() => NothingFound().With(Finding.NightSweats), () => NothingFound()),
        ["MAL-DEYO-COMBINATION"] = (() => NothingFound().With(Quantity.AgeYears, 50), () => NothingFound().With(Quantity.AgeYears, 49)),
        ["MAL-CLINICIAN-SUSPICION"] = (() => NothingFound().With(Finding.ClinicianSuspectsCancer), () => NothingFound()),
        ["MAL-ESR-RAISED"] = (() => NothingFound().With(Quantity.EsrMillimetresPerHour, 20), () => NothingFound().With(Quantity.EsrMillimetresPerHour, 19.9)),
        ["MAL-ANAEMIA"] = (() => NothingFound().With(Finding.Anaemia), () => NothingFound()),
        ["MAL-COMBINATION-50"] = (
            () => NothingFound().With(Quantity.AgeYears, 50).With(Finding.UnexplainedWeightLoss).With(Quantity.EsrMillimetresPerHour, 20),
            () => NothingFound().With(Quantity.AgeYears, 50).With(Finding.UnexplainedWeightLoss).With(Quantity.EsrMillimetresPerHour, 19.9)),
        ["MAL-MYELOMA-NG12"] = (() => NothingFound().With(Quantity.AgeYears, 60).With(Finding.PersistentPain), () => NothingFound().With(Quantity.AgeYears, 59).With(Finding.PersistentPain)),
        ["MAL-MYELOMA-LABS"] = (() => NothingFound().With(Finding.Hypercalcaemia, Finding.PersistentPain), () => NothingFound().With(Finding.Hypercalcaemia)),
        ["MAL-SEVERE-HYPERCALCAEMIA"] = (() => NothingFound().With(Finding.Hypercalcaemia).With(Quantity.AdjustedCalciumMillimolesPerLitre, 3.41), () => NothingFound().With(Finding.Hypercalcaemia).With(Quantity.AdjustedCalciumMillimolesPerLitre, 3.40)),
        ["MAL-PANCREATIC-NG12"] = (() => NothingFound().With(Quantity.AgeYears, 60).With(Finding.UnexplainedWeightLoss), () => NothingFound().With(Quantity.AgeYears, 59).With(Finding.UnexplainedWeightLoss)),
        ["MAL-MSCC-NEURO"] = (() => WithCancer(CancerSite.Breast).With(Finding.GaitDisturbance), () => NothingFound().With(Finding.GaitDisturbance)),
        ["MAL-MSCC-SUSPECTED"] = (() => NothingFound().With(Quantity.AgeYears, 50).With(Finding.GaitDisturbance, Finding.NeurologicalSymptomsRecent), () => NothingFound().With(Quantity.AgeYears, 49).With(Finding.GaitDisturbance, Finding.NeurologicalSymptomsRecent)),
        ["MAL-MSCC-PAIN"] = (() => WithCancer(CancerSite.Breast).With(Finding.PainWorseOnStraining), () => WithCancer(CancerSite.Breast)),
        ["FRX-SUDDEN-ONSET"] = (() => NothingFound().With(Finding.SuddenSevereOnset).With(Quantity.AgeYears, 70), () => NothingFound().With(Finding.SuddenSevereOnset).With(Quantity.AgeYears, 69)),
        ["CES-SADDLE-SENSORY"] = (() => NothingFound().With(Finding.SaddleNumbness).With(Finding.NeurologicalSymptomsRecent, Presence.Unknown), () => NothingFound().With(Finding.SaddleNumbness)),
        ["CES-BLADDER"] = (() => NothingFound().With(Finding.AlteredBladderSensation, Finding.NeurologicalSymptomsRecent), () => NothingFound().With(Finding.AlteredBladderSensation)),
        ["CES-BOWEL"] = (() => NothingFound().With(Finding.FaecalIncontinence, Finding.NeurologicalSymptomsRecent), () => NothingFound().With(Finding.FaecalIncontinence)),
        ["CES-SEXUAL"] = (() => NothingFound().With(Finding.SexualDysfunction, Finding.NeurologicalSymptomsRecent), () => NothingFound().With(Finding.SexualDysfunction)),
        ["CES-PVR-200"] = (() => NothingFound().With(Quantity.PostVoidResidualMillilitres, 200), () => NothingFound().With(Quantity.PostVoidResidualMillilitres, 199)),
        ["CES-ANAL-TONE"] = (() => NothingFound().With(Finding.ReducedAnalTone), () => NothingFound()),
        ["CES-PROGRESSIVE-NEURO"] = (() => NothingFound().With(Finding.ProgressiveLegWeakness), () => NothingFound().With(Finding.LegWeakness)),
        ["CES-BILATERAL-LEG"] = (() => NothingFound().With(Finding.LegSymptomsInBothLegs, Finding.NeurologicalSymptomsRecent), () => NothingFound().With(Finding.LegSymptomsInOneLeg, Finding.NeurologicalSymptomsRecent)),
        ["CES-SAFETY-NET"] = (() => NothingFound().With(Finding.NumbnessInOneLeg), () => NothingFound()),
        ["FRX-CORTICOSTEROID"] = (() => NothingFound().With(Quantity.CorticosteroidDurationDays, 91), () => NothingFound().With(Quantity.CorticosteroidDurationDays, 90)),
        ["FRX-AGE-70"] = (() => NothingFound().With(Quantity.AgeYears, 71), () => NothingFound().With(Quantity.AgeYears, 70)),
        ["FRX-HIGH-ENERGY-TRAUMA"] = (() => NothingFound().With(Finding.HighEnergyTrauma), () => NothingFound().With(Finding.LowEnergyTrauma)),
        ["FRX-SIGNIFICANT-TRAUMA"] = (() => NothingFound().With(Finding.LowEnergyTrauma).With(Quantity.AgeYears, 50), () => NothingFound().With(Finding.LowEnergyTrauma).With(Quantity.AgeYears, 49)),
        ["FRX-CONTUSION-ABRASION"] = (() => NothingFound().With(Finding.SpinalBruiseOrGraze), () => NothingFound()),
        ["FRX-FEMALE"] = (() => NothingFound().With(Finding.Female), () => NothingFound()),
        ["FRX-OSTEOPOROSIS"] = (() => NothingFound().With(Finding.PreviousFragilityFracture), () => NothingFound()),
        ["FRX-MULTI-3OF4"] = (
            () => NothingFound().With(Finding.Female).With(Quantity.AgeYears, 71).With(Quantity.CorticosteroidDurationDays, 91),
            () => NothingFound().With(Finding.Female).With(Quantity.AgeYears, 70).With(Quantity.CorticosteroidDurationDays, 91)),
        ["FRX-NEURO-DEFICIT"] = (() => NothingFound().With(Finding.SpinalBruiseOrGraze, Finding.GaitDisturbance), () => NothingFound().With(Finding.SpinalBruiseOrGraze, Finding.NumbnessInOneLeg)),
        ["INF-FEVER"] = (() => NothingFound().With(Quantity.TemperatureCelsius, 38.0), () => NothingFound().With(Quantity.TemperatureCelsius, 37.9)),
        ["INF-IVDU"] = (() => NothingFound().With(Finding.InjectingDrugUse), () => NothingFound()),
        ["INF-RECENT-INFECTION"] = (() => NothingFound().With(Finding.RecentInfectionOrBacteraemia), () => NothingFound()),
        ["INF-IMMUNOSUPPRESSION"] = (() => NothingFound().With(Finding.Immunosuppression), () => NothingFound()),
        ["INF-SPINAL-PROCEDURE"] = (() => NothingFound().With(Finding.RecentSpinalProcedureOrHardware), () => NothingFound()),
        ["INF-VASCULAR-CATHETER"] = (() => NothingFound().With(Finding.IndwellingVascularCatheter), () => NothingFound()),
        ["INF-ESR-CRP"] = (() => NothingFound().With(Quantity.EsrMillimetresPerHour, 20.5), () => NothingFound().With(Quantity.EsrMillimetresPerHour, 20)),
        ["INF-RISK-COMBINATION"] = (() => NothingFound().With(Finding.RaisedCrp, Finding.RecentSpinalProcedureOrHardware), () => NothingFound().With(Finding.RaisedCrp)),
        ["INF-TRIAD"] = (() => NothingFound().With(Finding.Fever, Finding.LegWeakness), () => NothingFound().With(Finding.Fever)),
        ["INF-WITH-NEURO-DEFICIT"] = (() => NothingFound().With(Finding.InjectingDrugUse, Finding.SaddleNumbness), () => NothingFound().With(Finding.InjectingDrugUse, Finding.NumbnessInOneLeg)),
    };

    public static TheoryData<string> RuleIds() => new(s_cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_ValueAtThreshold_Fires(string ruleId) => Assert.Contains(ruleId, Evaluator.Assess(s_cases[ruleId].Fires()).FiredRuleIds());

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_ValueJustBelowThreshold_DoesNotFire(string ruleId) => Assert.DoesNotContain(ruleId, Evaluator.Assess(s_cases[ruleId].JustBelow()).FiredRuleIds());

    [Fact]
    public void ThresholdCases_EveryCatalogueRule_HasOne()
    {
        var catalogue = DefaultCatalogue.RuleSet.Rules.Select(rule => rule.Id).ToArray();
        Assert.Equal(catalogue.Order(StringComparer.Ordinal), s_cases.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Assess_NothingFound_FiresNoFlag() => Assert.Empty(Evaluator.Assess(NothingFound()).FiredRuleIds());

    private static PatientPresentation WithCancer(CancerSite site)
    {
        var p = NothingFound();
        return p with { History = p.History with { PersonalHistoryOfCancer = Presence.Present, Cancers = [new CancerHistory { PrimarySite = site, Metastatic = Presence.Absent }] } };
    }
}
