using System;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// The JSON contracts of every public record: property names are the C# names in camelCase, enums are camelCase names,
/// dates are <c>yyyy-MM-dd</c>. Written by hand (no reflection), in declaration order, so output is deterministic.
/// </summary>
internal static class JsonContracts
{
    // Leaf values.
    public static EnumValue<Presence> Presence { get; } = new("presence");

    public static EnumValue<Sex> Sex { get; } = new("sex");

    public static EnumValue<CareSetting> CareSetting { get; } = new("careSetting");

    public static EnumValue<TraumaSeverity> Trauma { get; } = new("traumaSeverity");

    public static EnumValue<LegWeakness> LegWeakness { get; } = new("legWeakness");

    public static EnumValue<LegSymptomSide> LegSymptomSide { get; } = new("legSymptomSide");

    public static EnumValue<CancerSite> CancerSite { get; } = new("cancerSite");

    public static EnumValue<SuspectedCondition> Condition { get; } = new("suspectedCondition");

    public static EnumValue<Urgency> Urgency { get; } = new("urgency");

    public static EnumValue<Investigation> Investigation { get; } = new("investigation");

    public static EnumValue<EvidenceTag> EvidenceTag { get; } = new("evidenceTag");

    public static EnumValue<RuleCustomisationKind> CustomisationKind { get; } = new("customisationKind");

    public static EnumValue<ConcernLevel> Concern { get; } = new("concernLevel");

    public static EnumValue<FactKind> FactKind { get; } = new("factKind");

    public static NullableValue<int> OptionalInt { get; } = new(IntValue.Instance);

    public static NullableValue<double> OptionalDouble { get; } = new(DoubleValue.Instance);

    public static NullableValue<CalendarDate> OptionalDate { get; } = new(DateValue.Instance);

    public static OptionalValue<string> OptionalString { get; } = new(StringValue.Instance);

    public static ListValue<string> Strings { get; } = new(StringValue.Instance);

    // Presentation.
    public static ObjectContract<CancerHistory> Cancer { get; } = new ObjectContract<CancerHistory>("cancerHistory", () => new CancerHistory())
        .Add("primarySite", CancerSite, x => x.PrimarySite, (x, v) => x with { PrimarySite = v }, omit: v => v == RedFlags.CancerSite.Unknown)
        .Add("diagnosisDate", OptionalDate, x => x.DiagnosisDate, (x, v) => x with { DiagnosisDate = v }, omit: IsNull)
        .Finding("metastatic", x => x.Metastatic, (x, v) => x with { Metastatic = v })
        .Finding("underTreatment", x => x.UnderTreatment, (x, v) => x with { UnderTreatment = v });

    public static ObjectContract<PainFeatures> Pain { get; } = new ObjectContract<PainFeatures>("painFeatures", () => new PainFeatures())
        .Finding("lumbar", x => x.Lumbar, (x, v) => x with { Lumbar = v })
        .Finding("thoracic", x => x.Thoracic, (x, v) => x with { Thoracic = v })
        .Finding("cervical", x => x.Cervical, (x, v) => x with { Cervical = v })
        .Add("onsetDate", OptionalDate, x => x.OnsetDate, (x, v) => x with { OnsetDate = v }, omit: IsNull)
        .Add("durationDays", OptionalInt, x => x.DurationDays, (x, v) => x with { DurationDays = v }, omit: IsNull)
        .Finding("worseAtNightOrWakesFromSleep", x => x.WorseAtNightOrWakesFromSleep, (x, v) => x with { WorseAtNightOrWakesFromSleep = v })
        .Finding("notRelievedByRestOrLyingDown", x => x.NotRelievedByRestOrLyingDown, (x, v) => x with { NotRelievedByRestOrLyingDown = v })
        .Finding("constantAndUnremitting", x => x.ConstantAndUnremitting, (x, v) => x with { ConstantAndUnremitting = v })
        .Finding("progressiveOrWorsening", x => x.ProgressiveOrWorsening, (x, v) => x with { ProgressiveOrWorsening = v })
        .Finding("localisedSpinalTenderness", x => x.LocalisedSpinalTenderness, (x, v) => x with { LocalisedSpinalTenderness = v })
        .Finding("worseOnStraining", x => x.WorseOnStraining, (x, v) => x with { WorseOnStraining = v })
        .Finding("mechanical", x => x.Mechanical, (x, v) => x with { Mechanical = v })
        .Finding("radicularOrBandLike", x => x.RadicularOrBandLike, (x, v) => x with { RadicularOrBandLike = v })
        .Finding("insidiousOnset", x => x.InsidiousOnset, (x, v) => x with { InsidiousOnset = v })
        .Finding("persistent", x => x.Persistent, (x, v) => x with { Persistent = v })
        .Finding("noImprovementAfterFourWeeksOfConservativeCare", x => x.NoImprovementAfterFourWeeksOfConservativeCare, (x, v) => x with { NoImprovementAfterFourWeeksOfConservativeCare = v });

    public static ObjectContract<MedicalHistory> History { get; } = new ObjectContract<MedicalHistory>("medicalHistory", () => new MedicalHistory())
        .Finding("personalHistoryOfCancer", x => x.PersonalHistoryOfCancer, (x, v) => x with { PersonalHistoryOfCancer = v })
        .Add("cancers", new ListValue<CancerHistory>(Cancer), x => x.Cancers, (x, v) => x with { Cancers = v }, omit: v => v.Count == 0)
        .Finding("familyHistoryOfCancer", x => x.FamilyHistoryOfCancer, (x, v) => x with { FamilyHistoryOfCancer = v })
        .Finding("clinicianSuspectsCancer", x => x.ClinicianSuspectsCancer, (x, v) => x with { ClinicianSuspectsCancer = v })
        .Finding("corticosteroidUse", x => x.CorticosteroidUse, (x, v) => x with { CorticosteroidUse = v })
        .Add("corticosteroidDurationDays", OptionalInt, x => x.CorticosteroidDurationDays, (x, v) => x with { CorticosteroidDurationDays = v }, omit: IsNull)
        .Finding("immunosuppression", x => x.Immunosuppression, (x, v) => x with { Immunosuppression = v })
        .Finding("injectingDrugUse", x => x.InjectingDrugUse, (x, v) => x with { InjectingDrugUse = v })
        .Finding("osteoporosis", x => x.Osteoporosis, (x, v) => x with { Osteoporosis = v })
        .Finding("previousFragilityFracture", x => x.PreviousFragilityFracture, (x, v) => x with { PreviousFragilityFracture = v })
        .Finding("unexplainedFracture", x => x.UnexplainedFracture, (x, v) => x with { UnexplainedFracture = v })
        .Add("trauma", Trauma, x => x.Trauma, (x, v) => x with { Trauma = v }, omit: v => v == TraumaSeverity.Unknown)
        .Finding("recentInfectionOrBacteraemia", x => x.RecentInfectionOrBacteraemia, (x, v) => x with { RecentInfectionOrBacteraemia = v })
        .Finding("recentSpinalProcedureOrHardware", x => x.RecentSpinalProcedureOrHardware, (x, v) => x with { RecentSpinalProcedureOrHardware = v })
        .Finding("indwellingVascularCatheter", x => x.IndwellingVascularCatheter, (x, v) => x with { IndwellingVascularCatheter = v });

    public static ObjectContract<SystemicFeatures> Systemic { get; } = new ObjectContract<SystemicFeatures>("systemicFeatures", () => new SystemicFeatures())
        .Finding("unexplainedWeightLoss", x => x.UnexplainedWeightLoss, (x, v) => x with { UnexplainedWeightLoss = v })
        .Add("weightLossKilograms", OptionalDouble, x => x.WeightLossKilograms, (x, v) => x with { WeightLossKilograms = v }, omit: IsNull)
        .Add("weightLossPeriodWeeks", OptionalInt, x => x.WeightLossPeriodWeeks, (x, v) => x with { WeightLossPeriodWeeks = v }, omit: IsNull)
        .Finding("fever", x => x.Fever, (x, v) => x with { Fever = v })
        .Add("temperatureCelsius", OptionalDouble, x => x.TemperatureCelsius, (x, v) => x with { TemperatureCelsius = v }, omit: IsNull)
        .Finding("nightSweats", x => x.NightSweats, (x, v) => x with { NightSweats = v })
        .Finding("fatigue", x => x.Fatigue, (x, v) => x with { Fatigue = v });

    public static ObjectContract<NeurologicalFeatures> Neurology { get; } = new ObjectContract<NeurologicalFeatures>("neurologicalFeatures", () => new NeurologicalFeatures())
        .Add("legWeakness", LegWeakness, x => x.LegWeakness, (x, v) => x with { LegWeakness = v }, omit: v => v == RedFlags.LegWeakness.Unknown)
        .Add("legSymptoms", LegSymptomSide, x => x.LegSymptoms, (x, v) => x with { LegSymptoms = v }, omit: v => v == RedFlags.LegSymptomSide.Unknown)
        .Finding("numbnessOrTinglingInOneLeg", x => x.NumbnessOrTinglingInOneLeg, (x, v) => x with { NumbnessOrTinglingInOneLeg = v })
        .Finding("numbnessOrTinglingInBothLegs", x => x.NumbnessOrTinglingInBothLegs, (x, v) => x with { NumbnessOrTinglingInBothLegs = v })
        .Finding("saddleNumbnessOrTingling", x => x.SaddleNumbnessOrTingling, (x, v) => x with { SaddleNumbnessOrTingling = v })
        .Finding("urinaryRetention", x => x.UrinaryRetention, (x, v) => x with { UrinaryRetention = v })
        .Finding("urinaryIncontinence", x => x.UrinaryIncontinence, (x, v) => x with { UrinaryIncontinence = v })
        .Finding("urinaryHesitancyOrPoorStream", x => x.UrinaryHesitancyOrPoorStream, (x, v) => x with { UrinaryHesitancyOrPoorStream = v })
        .Finding("alteredBladderSensation", x => x.AlteredBladderSensation, (x, v) => x with { AlteredBladderSensation = v })
        .Finding("faecalIncontinence", x => x.FaecalIncontinence, (x, v) => x with { FaecalIncontinence = v })
        .Finding("alteredRectalSensation", x => x.AlteredRectalSensation, (x, v) => x with { AlteredRectalSensation = v })
        .Finding("sexualDysfunction", x => x.SexualDysfunction, (x, v) => x with { SexualDysfunction = v })
        .Finding("gaitDisturbance", x => x.GaitDisturbance, (x, v) => x with { GaitDisturbance = v })
        .Finding("beganOrWorsenedWithin14Days", x => x.BeganOrWorsenedWithin14Days, (x, v) => x with { BeganOrWorsenedWithin14Days = v });

    public static ObjectContract<ExaminationFindings> Examination { get; } = new ObjectContract<ExaminationFindings>("examinationFindings", () => new ExaminationFindings())
        .Finding("spinalBruiseOrGraze", x => x.SpinalBruiseOrGraze, (x, v) => x with { SpinalBruiseOrGraze = v })
        .Finding("reducedAnalTone", x => x.ReducedAnalTone, (x, v) => x with { ReducedAnalTone = v })
        .Add("postVoidResidualMillilitres", OptionalDouble, x => x.PostVoidResidualMillilitres, (x, v) => x with { PostVoidResidualMillilitres = v }, omit: IsNull);

    public static ObjectContract<LaboratoryResults> Labs { get; } = new ObjectContract<LaboratoryResults>("laboratoryResults", () => new LaboratoryResults())
        .Add("esrMillimetresPerHour", OptionalDouble, x => x.EsrMillimetresPerHour, (x, v) => x with { EsrMillimetresPerHour = v }, omit: IsNull)
        .Add("crpMilligramsPerLitre", OptionalDouble, x => x.CrpMilligramsPerLitre, (x, v) => x with { CrpMilligramsPerLitre = v }, omit: IsNull)
        .Add("haemoglobinGramsPerLitre", OptionalDouble, x => x.HaemoglobinGramsPerLitre, (x, v) => x with { HaemoglobinGramsPerLitre = v }, omit: IsNull)
        .Add("adjustedCalciumMillimolesPerLitre", OptionalDouble, x => x.AdjustedCalciumMillimolesPerLitre, (x, v) => x with { AdjustedCalciumMillimolesPerLitre = v }, omit: IsNull)
        .Add("whiteCellCountBillionsPerLitre", OptionalDouble, x => x.WhiteCellCountBillionsPerLitre, (x, v) => x with { WhiteCellCountBillionsPerLitre = v }, omit: IsNull)
        .Add("plasmaViscosityMillipascalSeconds", OptionalDouble, x => x.PlasmaViscosityMillipascalSeconds, (x, v) => x with { PlasmaViscosityMillipascalSeconds = v }, omit: IsNull)
        .Finding("raisedCrp", x => x.RaisedCrp, (x, v) => x with { RaisedCrp = v })
        .Finding("anaemia", x => x.Anaemia, (x, v) => x with { Anaemia = v })
        .Finding("hypercalcaemia", x => x.Hypercalcaemia, (x, v) => x with { Hypercalcaemia = v })
        .Finding("leukopenia", x => x.Leukopenia, (x, v) => x with { Leukopenia = v })
        .Finding("raisedPlasmaViscosity", x => x.RaisedPlasmaViscosity, (x, v) => x with { RaisedPlasmaViscosity = v })
        .Finding("myelomaScreenAbnormal", x => x.MyelomaScreenAbnormal, (x, v) => x with { MyelomaScreenAbnormal = v });

    public static ObjectContract<PatientPresentation> Presentation { get; } = new ObjectContract<PatientPresentation>("patientPresentation", () => new PatientPresentation())
        .Add("assessmentDate", DateValue.Instance, x => x.AssessmentDate, (x, v) => x with { AssessmentDate = v }, required: true)
        .Add("ageYears", OptionalInt, x => x.AgeYears, (x, v) => x with { AgeYears = v }, omit: IsNull)
        .Add("dateOfBirth", OptionalDate, x => x.DateOfBirth, (x, v) => x with { DateOfBirth = v }, omit: IsNull)
        .Add("sex", Sex, x => x.Sex, (x, v) => x with { Sex = v }, omit: v => v == RedFlags.Sex.Unknown)
        .Add("careSetting", CareSetting, x => x.CareSetting, (x, v) => x with { CareSetting = v }, omit: v => v == RedFlags.CareSetting.Unspecified)
        .Add("pain", Pain, x => x.Pain, (x, v) => x with { Pain = v }, omit: v => v == new PainFeatures())
        .Add("history", History, x => x.History, (x, v) => x with { History = v }, omit: v => v == new MedicalHistory())
        .Add("systemic", Systemic, x => x.Systemic, (x, v) => x with { Systemic = v }, omit: v => v == new SystemicFeatures())
        .Add("neurology", Neurology, x => x.Neurology, (x, v) => x with { Neurology = v }, omit: v => v == new NeurologicalFeatures())
        .Add("examination", Examination, x => x.Examination, (x, v) => x with { Examination = v }, omit: v => v == new ExaminationFindings())
        .Add("labs", Labs, x => x.Labs, (x, v) => x with { Labs = v }, omit: v => v == new LaboratoryResults());

    // Rules.
    public static ObjectContract<Estimate> Estimate { get; } = new ObjectContract<Estimate>("estimate", () => new Estimate(0))
        .Add("value", DoubleValue.Instance, x => x.Value, (x, v) => x with { Value = v }, required: true)
        .Add("lower", OptionalDouble, x => x.Lower, (x, v) => x with { Lower = v }, omit: IsNull)
        .Add("upper", OptionalDouble, x => x.Upper, (x, v) => x with { Upper = v }, omit: IsNull);

    public static OptionalValue<Estimate> OptionalEstimate { get; } = new(Estimate);

    public static ObjectContract<EvidenceSource> Evidence { get; } = new ObjectContract<EvidenceSource>("evidenceSource", () => new EvidenceSource())
        .Add("citation", StringValue.Instance, x => x.Citation, (x, v) => x with { Citation = v }, required: true)
        .Add("tag", EvidenceTag, x => x.Tag, (x, v) => x with { Tag = v }, required: true)
        .Add("studySetting", OptionalString, x => x.StudySetting, (x, v) => x with { StudySetting = v }, omit: IsNull)
        .Add("sensitivity", OptionalEstimate, x => x.Sensitivity, (x, v) => x with { Sensitivity = v }, omit: IsNull)
        .Add("specificity", OptionalEstimate, x => x.Specificity, (x, v) => x with { Specificity = v }, omit: IsNull)
        .Add("positiveLikelihoodRatio", OptionalEstimate, x => x.PositiveLikelihoodRatio, (x, v) => x with { PositiveLikelihoodRatio = v }, omit: IsNull)
        .Add("negativeLikelihoodRatio", OptionalEstimate, x => x.NegativeLikelihoodRatio, (x, v) => x with { NegativeLikelihoodRatio = v }, omit: IsNull)
        .Add("note", OptionalString, x => x.Note, (x, v) => x with { Note = v }, omit: IsNull);

    public static ObjectContract<Recommendation> Recommendation { get; } = new ObjectContract<Recommendation>("recommendation", () => new Recommendation())
        .Add("urgency", Urgency, x => x.Urgency, (x, v) => x with { Urgency = v }, required: true)
        .Add("action", StringValue.Instance, x => x.Action, (x, v) => x with { Action = v }, required: true)
        .Add("timeframe", StringValue.Instance, x => x.Timeframe, (x, v) => x with { Timeframe = v }, required: true)
        .Add("investigations", new ListValue<Investigation>(Investigation), x => x.Investigations, (x, v) => x with { Investigations = v })
        .Add("basis", StringValue.Instance, x => x.Basis, (x, v) => x with { Basis = v }, required: true)
        .Add("patientAdvice", StringValue.Instance, x => x.PatientAdvice, (x, v) => x with { PatientAdvice = v }, required: true);

    public static ObjectContract<RedFlagRule> Rule { get; } = new ObjectContract<RedFlagRule>("rule", () => new RedFlagRule())
        .Add("id", StringValue.Instance, x => x.Id, (x, v) => x with { Id = v }, required: true)
        .Add("condition", Condition, x => x.Condition, (x, v) => x with { Condition = v }, required: true)
        .Add("title", StringValue.Instance, x => x.Title, (x, v) => x with { Title = v }, required: true)
        .Add("clinicianText", StringValue.Instance, x => x.ClinicianText, (x, v) => x with { ClinicianText = v }, required: true)
        .Add("patientText", StringValue.Instance, x => x.PatientText, (x, v) => x with { PatientText = v }, required: true)
        .Add("criterion", CriterionValue.Instance, x => x.Criterion, (x, v) => x with { Criterion = v }, required: true)
        .Add("recommendation", Recommendation, x => x.Recommendation, (x, v) => x with { Recommendation = v }, required: true)
        .Add("evidence", new ListValue<EvidenceSource>(Evidence, minimumItems: 1), x => x.Evidence, (x, v) => x with { Evidence = v }, required: true)
        .Add("priority", IntValue.Instance, x => x.Priority, (x, v) => x with { Priority = v });

    public static ObjectContract<PreTestProbability> PreTestProbability { get; } = new ObjectContract<PreTestProbability>("preTestProbability", () => new PreTestProbability())
        .Add("condition", Condition, x => x.Condition, (x, v) => x with { Condition = v }, required: true)
        .Add("setting", CareSetting, x => x.Setting, (x, v) => x with { Setting = v }, required: true)
        .Add("low", DoubleValue.Instance, x => x.Low, (x, v) => x with { Low = v }, required: true)
        .Add("high", DoubleValue.Instance, x => x.High, (x, v) => x with { High = v }, required: true)
        .Add("citation", StringValue.Instance, x => x.Citation, (x, v) => x with { Citation = v }, required: true)
        .Add("tag", EvidenceTag, x => x.Tag, (x, v) => x with { Tag = v }, required: true);

    public static ObjectContract<RuleCustomisation> Customisation { get; } = new ObjectContract<RuleCustomisation>("customisation", () => new RuleCustomisation())
        .Add("ruleId", StringValue.Instance, x => x.RuleId, (x, v) => x with { RuleId = v }, required: true)
        .Add("kind", CustomisationKind, x => x.Kind, (x, v) => x with { Kind = v }, required: true)
        .Add("reason", OptionalString, x => x.Reason, (x, v) => x with { Reason = v }, omit: IsNull);

    public static ObjectContract<RuleCustomisation> DisabledRule { get; } = new ObjectContract<RuleCustomisation>("disabledRule", () => new RuleCustomisation { Kind = RuleCustomisationKind.Disabled })
        .Add("ruleId", StringValue.Instance, x => x.RuleId, (x, v) => x with { RuleId = v }, required: true)
        .Add("reason", StringValue.Instance, x => x.Reason ?? string.Empty, (x, v) => x with { Reason = v }, required: true);

    // Assessment.
    public static ObjectContract<TriggeringFact> Fact { get; } = new ObjectContract<TriggeringFact>("triggeringFact", () => new TriggeringFact())
        .Add("kind", FactKind, x => x.Kind, (x, v) => x with { Kind = v }, required: true)
        .Add("name", StringValue.Instance, x => x.Name, (x, v) => x with { Name = v }, required: true)
        .Add("label", StringValue.Instance, x => x.Label, (x, v) => x with { Label = v })
        .Add("observed", StringValue.Instance, x => x.Observed, (x, v) => x with { Observed = v })
        .Add("test", StringValue.Instance, x => x.Test, (x, v) => x with { Test = v });

    public static ObjectContract<FiredFlag> Flag { get; } = new ObjectContract<FiredFlag>("firedFlag", () => new FiredFlag())
        .Add("ruleId", StringValue.Instance, x => x.RuleId, (x, v) => x with { RuleId = v }, required: true)
        .Add("title", StringValue.Instance, x => x.Title, (x, v) => x with { Title = v })
        .Add("condition", Condition, x => x.Condition, (x, v) => x with { Condition = v }, required: true)
        .Add("urgency", Urgency, x => x.Urgency, (x, v) => x with { Urgency = v }, required: true)
        .Add("clinicianText", StringValue.Instance, x => x.ClinicianText, (x, v) => x with { ClinicianText = v })
        .Add("patientText", StringValue.Instance, x => x.PatientText, (x, v) => x with { PatientText = v })
        .Add("criterion", StringValue.Instance, x => x.Criterion, (x, v) => x with { Criterion = v })
        .Add("facts", new ListValue<TriggeringFact>(Fact), x => x.Facts, (x, v) => x with { Facts = v })
        .Add("recommendation", Recommendation, x => x.Recommendation, (x, v) => x with { Recommendation = v })
        .Add("evidence", new ListValue<EvidenceSource>(Evidence), x => x.Evidence, (x, v) => x with { Evidence = v });

    public static ObjectContract<ProbabilityEstimate> Probability { get; } = new ObjectContract<ProbabilityEstimate>("probabilityEstimate", () => new ProbabilityEstimate())
        .Add("setting", CareSetting, x => x.Setting, (x, v) => x with { Setting = v })
        .Add("preTestLow", OptionalDouble, x => x.PreTestLow, (x, v) => x with { PreTestLow = v }, omit: IsNull)
        .Add("preTestHigh", OptionalDouble, x => x.PreTestHigh, (x, v) => x with { PreTestHigh = v }, omit: IsNull)
        .Add("preTestSource", OptionalString, x => x.PreTestSource, (x, v) => x with { PreTestSource = v }, omit: IsNull)
        .Add("likelihoodRatio", OptionalDouble, x => x.LikelihoodRatio, (x, v) => x with { LikelihoodRatio = v }, omit: IsNull)
        .Add("likelihoodRatioRuleId", OptionalString, x => x.LikelihoodRatioRuleId, (x, v) => x with { LikelihoodRatioRuleId = v }, omit: IsNull)
        .Add("likelihoodRatioSource", OptionalString, x => x.LikelihoodRatioSource, (x, v) => x with { LikelihoodRatioSource = v }, omit: IsNull)
        .Add("postTestLow", OptionalDouble, x => x.PostTestLow, (x, v) => x with { PostTestLow = v }, omit: IsNull)
        .Add("postTestHigh", OptionalDouble, x => x.PostTestHigh, (x, v) => x with { PostTestHigh = v }, omit: IsNull)
        .Add("method", StringValue.Instance, x => x.Method, (x, v) => x with { Method = v })
        .Add("caveat", StringValue.Instance, x => x.Caveat, (x, v) => x with { Caveat = v })
        .Add("note", OptionalString, x => x.Note, (x, v) => x with { Note = v }, omit: IsNull);

    public static ObjectContract<ConditionAssessment> ConditionAssessment { get; } = new ObjectContract<ConditionAssessment>("conditionAssessment", () => new ConditionAssessment())
        .Add("condition", Condition, x => x.Condition, (x, v) => x with { Condition = v }, required: true)
        .Add("concern", Concern, x => x.Concern, (x, v) => x with { Concern = v })
        .Add("urgency", Urgency, x => x.Urgency, (x, v) => x with { Urgency = v })
        .Add("flags", new ListValue<FiredFlag>(Flag), x => x.Flags, (x, v) => x with { Flags = v })
        .Add("probability", Probability, x => x.Probability, (x, v) => x with { Probability = v });

    public static ObjectContract<Question> Question { get; } = new ObjectContract<Question>("question", () => new Question())
        .Add("kind", FactKind, x => x.Kind, (x, v) => x with { Kind = v }, required: true)
        .Add("name", StringValue.Instance, x => x.Name, (x, v) => x with { Name = v }, required: true)
        .Add("label", StringValue.Instance, x => x.Label, (x, v) => x with { Label = v })
        .Add("couldRaiseUrgencyTo", Urgency, x => x.CouldRaiseUrgencyTo, (x, v) => x with { CouldRaiseUrgencyTo = v })
        .Add("ruleIds", Strings, x => x.RuleIds, (x, v) => x with { RuleIds = v });

    public static ObjectContract<RuleSetReference> RuleSetReference { get; } = new ObjectContract<RuleSetReference>("ruleSetReference", () => new RuleSetReference())
        .Add("id", StringValue.Instance, x => x.Id, (x, v) => x with { Id = v }, required: true)
        .Add("version", StringValue.Instance, x => x.Version, (x, v) => x with { Version = v }, required: true)
        .Add("fingerprint", StringValue.Instance, x => x.Fingerprint, (x, v) => x with { Fingerprint = v }, required: true)
        .Add("customisations", new ListValue<RuleCustomisation>(Customisation), x => x.Customisations, (x, v) => x with { Customisations = v });

    public static ObjectContract<Assessment> Assessment { get; } = new ObjectContract<Assessment>("assessment", () => new Assessment())
        .Add("assessmentDate", DateValue.Instance, x => x.AssessmentDate, (x, v) => x with { AssessmentDate = v }, required: true)
        .Add("careSetting", CareSetting, x => x.CareSetting, (x, v) => x with { CareSetting = v })
        .Add("urgency", Urgency, x => x.Urgency, (x, v) => x with { Urgency = v }, required: true)
        .Add("recommendation", Recommendation, x => x.Recommendation, (x, v) => x with { Recommendation = v }, required: true)
        .Add("decidingRuleId", OptionalString, x => x.DecidingRuleId, (x, v) => x with { DecidingRuleId = v }, omit: IsNull)
        .Add("conditions", new ListValue<ConditionAssessment>(ConditionAssessment), x => x.Conditions, (x, v) => x with { Conditions = v })
        .Add("investigations", new ListValue<Investigation>(Investigation), x => x.Investigations, (x, v) => x with { Investigations = v })
        .Add("questions", new ListValue<Question>(Question), x => x.Questions, (x, v) => x with { Questions = v })
        .Add("patientAdvice", Strings, x => x.PatientAdvice, (x, v) => x with { PatientAdvice = v })
        .Add("ruleSet", RuleSetReference, x => x.RuleSet, (x, v) => x with { RuleSet = v }, required: true)
        .Add("statement", StringValue.Instance, x => x.Statement, (x, v) => x with { Statement = v });

    private static bool IsNull<T>(T? value) => value is null;

    /// <summary>Adds a finding: omitted when unknown, so that "not written" and "unknown" are the same and never "absent".</summary>
    private static ObjectContract<T> Finding<T>(this ObjectContract<T> contract, string name, Func<T, Presence> get, Func<T, Presence, T> set)
        where T : class
        => contract.Add(name, Presence, get, set, omit: v => v == RedFlags.Presence.Unknown);
}
