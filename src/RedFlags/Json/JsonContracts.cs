using System;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// The strict reading contracts of every record: property names are the C# names in camelCase, enums are camelCase names,
/// dates are <c>yyyy-MM-dd</c>. They check a document and report every problem with its code, path, line and position
/// (a generated serializer contract stops at the first problem), and they describe the JSON Schemas. Writing, and building
/// a document that has no problem, is done by the generated contracts (<see cref="GeneratedContracts"/>); a test keeps the
/// property names and their order identical in both.
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
        .Add("primarySite", CancerSite, (x, v) => x with { PrimarySite = v })
        .Add("diagnosisDate", OptionalDate, (x, v) => x with { DiagnosisDate = v })
        .Finding("metastatic", (x, v) => x with { Metastatic = v })
        .Finding("underTreatment", (x, v) => x with { UnderTreatment = v });

    public static ObjectContract<PainFeatures> Pain { get; } = new ObjectContract<PainFeatures>("painFeatures", () => new PainFeatures())
        .Finding("lumbar", (x, v) => x with { Lumbar = v })
        .Finding("thoracic", (x, v) => x with { Thoracic = v })
        .Finding("cervical", (x, v) => x with { Cervical = v })
        .Add("onsetDate", OptionalDate, (x, v) => x with { OnsetDate = v })
        .Add("durationDays", OptionalInt, (x, v) => x with { DurationDays = v })
        .Finding("worseAtNightOrWakesFromSleep", (x, v) => x with { WorseAtNightOrWakesFromSleep = v })
        .Finding("notRelievedByRestOrLyingDown", (x, v) => x with { NotRelievedByRestOrLyingDown = v })
        .Finding("constantAndUnremitting", (x, v) => x with { ConstantAndUnremitting = v })
        .Finding("progressiveOrWorsening", (x, v) => x with { ProgressiveOrWorsening = v })
        .Finding("localisedSpinalTenderness", (x, v) => x with { LocalisedSpinalTenderness = v })
        .Finding("worseOnStraining", (x, v) => x with { WorseOnStraining = v })
        .Finding("mechanical", (x, v) => x with { Mechanical = v })
        .Finding("radicularOrBandLike", (x, v) => x with { RadicularOrBandLike = v })
        .Finding("insidiousOnset", (x, v) => x with { InsidiousOnset = v })
        .Finding("persistent", (x, v) => x with { Persistent = v })
        .Finding("noImprovementAfterFourWeeksOfConservativeCare", (x, v) => x with { NoImprovementAfterFourWeeksOfConservativeCare = v });

    public static ObjectContract<MedicalHistory> History { get; } = new ObjectContract<MedicalHistory>("medicalHistory", () => new MedicalHistory())
        .Finding("personalHistoryOfCancer", (x, v) => x with { PersonalHistoryOfCancer = v })
        .Add("cancers", new ListValue<CancerHistory>(Cancer), (x, v) => x with { Cancers = v })
        .Finding("familyHistoryOfCancer", (x, v) => x with { FamilyHistoryOfCancer = v })
        .Finding("clinicianSuspectsCancer", (x, v) => x with { ClinicianSuspectsCancer = v })
        .Finding("corticosteroidUse", (x, v) => x with { CorticosteroidUse = v })
        .Add("corticosteroidDurationDays", OptionalInt, (x, v) => x with { CorticosteroidDurationDays = v })
        .Finding("immunosuppression", (x, v) => x with { Immunosuppression = v })
        .Finding("injectingDrugUse", (x, v) => x with { InjectingDrugUse = v })
        .Finding("osteoporosis", (x, v) => x with { Osteoporosis = v })
        .Finding("previousFragilityFracture", (x, v) => x with { PreviousFragilityFracture = v })
        .Finding("unexplainedFracture", (x, v) => x with { UnexplainedFracture = v })
        .Add("trauma", Trauma, (x, v) => x with { Trauma = v })
        .Finding("recentInfectionOrBacteraemia", (x, v) => x with { RecentInfectionOrBacteraemia = v })
        .Finding("recentSpinalProcedureOrHardware", (x, v) => x with { RecentSpinalProcedureOrHardware = v })
        .Finding("indwellingVascularCatheter", (x, v) => x with { IndwellingVascularCatheter = v });

    public static ObjectContract<SystemicFeatures> Systemic { get; } = new ObjectContract<SystemicFeatures>("systemicFeatures", () => new SystemicFeatures())
        .Finding("unexplainedWeightLoss", (x, v) => x with { UnexplainedWeightLoss = v })
        .Add("weightLossKilograms", OptionalDouble, (x, v) => x with { WeightLossKilograms = v })
        .Add("weightLossPeriodWeeks", OptionalInt, (x, v) => x with { WeightLossPeriodWeeks = v })
        .Finding("fever", (x, v) => x with { Fever = v })
        .Add("temperatureCelsius", OptionalDouble, (x, v) => x with { TemperatureCelsius = v })
        .Finding("nightSweats", (x, v) => x with { NightSweats = v })
        .Finding("fatigue", (x, v) => x with { Fatigue = v });

    public static ObjectContract<NeurologicalFeatures> Neurology { get; } = new ObjectContract<NeurologicalFeatures>("neurologicalFeatures", () => new NeurologicalFeatures())
        .Add("legWeakness", LegWeakness, (x, v) => x with { LegWeakness = v })
        .Add("legSymptoms", LegSymptomSide, (x, v) => x with { LegSymptoms = v })
        .Finding("numbnessOrTinglingInOneLeg", (x, v) => x with { NumbnessOrTinglingInOneLeg = v })
        .Finding("numbnessOrTinglingInBothLegs", (x, v) => x with { NumbnessOrTinglingInBothLegs = v })
        .Finding("saddleNumbnessOrTingling", (x, v) => x with { SaddleNumbnessOrTingling = v })
        .Finding("urinaryRetention", (x, v) => x with { UrinaryRetention = v })
        .Finding("urinaryIncontinence", (x, v) => x with { UrinaryIncontinence = v })
        .Finding("urinaryHesitancyOrPoorStream", (x, v) => x with { UrinaryHesitancyOrPoorStream = v })
        .Finding("alteredBladderSensation", (x, v) => x with { AlteredBladderSensation = v })
        .Finding("faecalIncontinence", (x, v) => x with { FaecalIncontinence = v })
        .Finding("alteredRectalSensation", (x, v) => x with { AlteredRectalSensation = v })
        .Finding("sexualDysfunction", (x, v) => x with { SexualDysfunction = v })
        .Finding("gaitDisturbance", (x, v) => x with { GaitDisturbance = v })
        .Finding("beganOrWorsenedWithin14Days", (x, v) => x with { BeganOrWorsenedWithin14Days = v });

    public static ObjectContract<ExaminationFindings> Examination { get; } = new ObjectContract<ExaminationFindings>("examinationFindings", () => new ExaminationFindings())
        .Finding("spinalBruiseOrGraze", (x, v) => x with { SpinalBruiseOrGraze = v })
        .Finding("reducedAnalTone", (x, v) => x with { ReducedAnalTone = v })
        .Add("postVoidResidualMillilitres", OptionalDouble, (x, v) => x with { PostVoidResidualMillilitres = v });

    public static ObjectContract<LaboratoryResults> Labs { get; } = new ObjectContract<LaboratoryResults>("laboratoryResults", () => new LaboratoryResults())
        .Add("esrMillimetresPerHour", OptionalDouble, (x, v) => x with { EsrMillimetresPerHour = v })
        .Add("crpMilligramsPerLitre", OptionalDouble, (x, v) => x with { CrpMilligramsPerLitre = v })
        .Add("haemoglobinGramsPerLitre", OptionalDouble, (x, v) => x with { HaemoglobinGramsPerLitre = v })
        .Add("adjustedCalciumMillimolesPerLitre", OptionalDouble, (x, v) => x with { AdjustedCalciumMillimolesPerLitre = v })
        .Add("whiteCellCountBillionsPerLitre", OptionalDouble, (x, v) => x with { WhiteCellCountBillionsPerLitre = v })
        .Add("plasmaViscosityMillipascalSeconds", OptionalDouble, (x, v) => x with { PlasmaViscosityMillipascalSeconds = v })
        .Finding("raisedCrp", (x, v) => x with { RaisedCrp = v })
        .Finding("anaemia", (x, v) => x with { Anaemia = v })
        .Finding("hypercalcaemia", (x, v) => x with { Hypercalcaemia = v })
        .Finding("leukopenia", (x, v) => x with { Leukopenia = v })
        .Finding("raisedPlasmaViscosity", (x, v) => x with { RaisedPlasmaViscosity = v })
        .Finding("myelomaScreenAbnormal", (x, v) => x with { MyelomaScreenAbnormal = v });

    public static ObjectContract<PatientPresentation> Presentation { get; } = new ObjectContract<PatientPresentation>("patientPresentation", () => new PatientPresentation())
        .Add("assessmentDate", DateValue.Instance, (x, v) => x with { AssessmentDate = v }, required: true)
        .Add("ageYears", OptionalInt, (x, v) => x with { AgeYears = v })
        .Add("dateOfBirth", OptionalDate, (x, v) => x with { DateOfBirth = v })
        .Add("sex", Sex, (x, v) => x with { Sex = v })
        .Add("careSetting", CareSetting, (x, v) => x with { CareSetting = v })
        .Add("pain", Pain, (x, v) => x with { Pain = v })
        .Add("history", History, (x, v) => x with { History = v })
        .Add("systemic", Systemic, (x, v) => x with { Systemic = v })
        .Add("neurology", Neurology, (x, v) => x with { Neurology = v })
        .Add("examination", Examination, (x, v) => x with { Examination = v })
        .Add("labs", Labs, (x, v) => x with { Labs = v });

    // Rules.
    public static ObjectContract<Estimate> Estimate { get; } = new ObjectContract<Estimate>("estimate", () => new Estimate(0))
        .Add("value", DoubleValue.Instance, (x, v) => x with { Value = v }, required: true)
        .Add("lower", OptionalDouble, (x, v) => x with { Lower = v })
        .Add("upper", OptionalDouble, (x, v) => x with { Upper = v });

    public static OptionalValue<Estimate> OptionalEstimate { get; } = new(Estimate);

    public static ObjectContract<EvidenceSource> Evidence { get; } = new ObjectContract<EvidenceSource>("evidenceSource", () => new EvidenceSource())
        .Add("citation", StringValue.Instance, (x, v) => x with { Citation = v }, required: true)
        .Add("tag", EvidenceTag, (x, v) => x with { Tag = v }, required: true)
        .Add("studySetting", OptionalString, (x, v) => x with { StudySetting = v })
        .Add("sensitivity", OptionalEstimate, (x, v) => x with { Sensitivity = v })
        .Add("specificity", OptionalEstimate, (x, v) => x with { Specificity = v })
        .Add("positiveLikelihoodRatio", OptionalEstimate, (x, v) => x with { PositiveLikelihoodRatio = v })
        .Add("negativeLikelihoodRatio", OptionalEstimate, (x, v) => x with { NegativeLikelihoodRatio = v })
        .Add("note", OptionalString, (x, v) => x with { Note = v });

    public static ObjectContract<Recommendation> Recommendation { get; } = new ObjectContract<Recommendation>("recommendation", () => new Recommendation())
        .Add("urgency", Urgency, (x, v) => x with { Urgency = v }, required: true)
        .Add("action", StringValue.Instance, (x, v) => x with { Action = v }, required: true)
        .Add("timeframe", StringValue.Instance, (x, v) => x with { Timeframe = v }, required: true)
        .Add("investigations", new ListValue<Investigation>(Investigation), (x, v) => x with { Investigations = v })
        .Add("basis", StringValue.Instance, (x, v) => x with { Basis = v }, required: true)
        .Add("patientAdvice", StringValue.Instance, (x, v) => x with { PatientAdvice = v }, required: true);

    public static ObjectContract<RedFlagRule> Rule { get; } = new ObjectContract<RedFlagRule>("rule", () => new RedFlagRule())
        .Add("id", StringValue.Instance, (x, v) => x with { Id = v }, required: true)
        .Add("condition", Condition, (x, v) => x with { Condition = v }, required: true)
        .Add("title", StringValue.Instance, (x, v) => x with { Title = v }, required: true)
        .Add("clinicianText", StringValue.Instance, (x, v) => x with { ClinicianText = v }, required: true)
        .Add("patientText", StringValue.Instance, (x, v) => x with { PatientText = v }, required: true)
        .Add("criterion", CriterionValue.Instance, (x, v) => x with { Criterion = v }, required: true)
        .Add("recommendation", Recommendation, (x, v) => x with { Recommendation = v }, required: true)
        .Add("evidence", new ListValue<EvidenceSource>(Evidence, minimumItems: 1), (x, v) => x with { Evidence = v }, required: true)
        .Add("priority", IntValue.Instance, (x, v) => x with { Priority = v });

    public static ObjectContract<PreTestProbability> PreTestProbability { get; } = new ObjectContract<PreTestProbability>("preTestProbability", () => new PreTestProbability())
        .Add("condition", Condition, (x, v) => x with { Condition = v }, required: true)
        .Add("setting", CareSetting, (x, v) => x with { Setting = v }, required: true)
        .Add("low", DoubleValue.Instance, (x, v) => x with { Low = v }, required: true)
        .Add("high", DoubleValue.Instance, (x, v) => x with { High = v }, required: true)
        .Add("citation", StringValue.Instance, (x, v) => x with { Citation = v }, required: true)
        .Add("tag", EvidenceTag, (x, v) => x with { Tag = v }, required: true);

    public static ObjectContract<RuleCustomisation> Customisation { get; } = new ObjectContract<RuleCustomisation>("customisation", () => new RuleCustomisation())
        .Add("ruleId", StringValue.Instance, (x, v) => x with { RuleId = v }, required: true)
        .Add("kind", CustomisationKind, (x, v) => x with { Kind = v }, required: true)
        .Add("reason", OptionalString, (x, v) => x with { Reason = v });

    public static ObjectContract<DisabledRule> DisabledRule { get; } = new ObjectContract<DisabledRule>("disabledRule", () => new DisabledRule())
        .Add("ruleId", StringValue.Instance, (x, v) => x with { RuleId = v }, required: true)
        .Add("reason", StringValue.Instance, (x, v) => x with { Reason = v }, required: true);

    // Assessment.
    public static ObjectContract<TriggeringFact> Fact { get; } = new ObjectContract<TriggeringFact>("triggeringFact", () => new TriggeringFact())
        .Add("kind", FactKind, (x, v) => x with { Kind = v }, required: true)
        .Add("name", StringValue.Instance, (x, v) => x with { Name = v }, required: true)
        .Add("label", StringValue.Instance, (x, v) => x with { Label = v })
        .Add("observed", StringValue.Instance, (x, v) => x with { Observed = v })
        .Add("test", StringValue.Instance, (x, v) => x with { Test = v });

    public static ObjectContract<FiredFlag> Flag { get; } = new ObjectContract<FiredFlag>("firedFlag", () => new FiredFlag())
        .Add("ruleId", StringValue.Instance, (x, v) => x with { RuleId = v }, required: true)
        .Add("title", StringValue.Instance, (x, v) => x with { Title = v })
        .Add("condition", Condition, (x, v) => x with { Condition = v }, required: true)
        .Add("urgency", Urgency, (x, v) => x with { Urgency = v }, required: true)
        .Add("clinicianText", StringValue.Instance, (x, v) => x with { ClinicianText = v })
        .Add("patientText", StringValue.Instance, (x, v) => x with { PatientText = v })
        .Add("criterion", StringValue.Instance, (x, v) => x with { Criterion = v })
        .Add("facts", new ListValue<TriggeringFact>(Fact), (x, v) => x with { Facts = v })
        .Add("recommendation", Recommendation, (x, v) => x with { Recommendation = v })
        .Add("evidence", new ListValue<EvidenceSource>(Evidence), (x, v) => x with { Evidence = v });

    public static ObjectContract<ProbabilityEstimate> Probability { get; } = new ObjectContract<ProbabilityEstimate>("probabilityEstimate", () => new ProbabilityEstimate())
        .Add("setting", CareSetting, (x, v) => x with { Setting = v })
        .Add("preTestLow", OptionalDouble, (x, v) => x with { PreTestLow = v })
        .Add("preTestHigh", OptionalDouble, (x, v) => x with { PreTestHigh = v })
        .Add("preTestSource", OptionalString, (x, v) => x with { PreTestSource = v })
        .Add("likelihoodRatio", OptionalDouble, (x, v) => x with { LikelihoodRatio = v })
        .Add("likelihoodRatioRuleId", OptionalString, (x, v) => x with { LikelihoodRatioRuleId = v })
        .Add("likelihoodRatioSource", OptionalString, (x, v) => x with { LikelihoodRatioSource = v })
        .Add("postTestLow", OptionalDouble, (x, v) => x with { PostTestLow = v })
        .Add("postTestHigh", OptionalDouble, (x, v) => x with { PostTestHigh = v })
        .Add("method", StringValue.Instance, (x, v) => x with { Method = v })
        .Add("caveat", StringValue.Instance, (x, v) => x with { Caveat = v })
        .Add("note", OptionalString, (x, v) => x with { Note = v });

    public static ObjectContract<ConditionAssessment> ConditionAssessment { get; } = new ObjectContract<ConditionAssessment>("conditionAssessment", () => new ConditionAssessment())
        .Add("condition", Condition, (x, v) => x with { Condition = v }, required: true)
        .Add("concern", Concern, (x, v) => x with { Concern = v })
        .Add("urgency", Urgency, (x, v) => x with { Urgency = v })
        .Add("flags", new ListValue<FiredFlag>(Flag), (x, v) => x with { Flags = v })
        .Add("probability", Probability, (x, v) => x with { Probability = v });

    public static ObjectContract<Question> Question { get; } = new ObjectContract<Question>("question", () => new Question())
        .Add("kind", FactKind, (x, v) => x with { Kind = v }, required: true)
        .Add("name", StringValue.Instance, (x, v) => x with { Name = v }, required: true)
        .Add("label", StringValue.Instance, (x, v) => x with { Label = v })
        .Add("couldRaiseUrgencyTo", Urgency, (x, v) => x with { CouldRaiseUrgencyTo = v })
        .Add("ruleIds", Strings, (x, v) => x with { RuleIds = v });

    public static ObjectContract<RuleSetReference> RuleSetReference { get; } = new ObjectContract<RuleSetReference>("ruleSetReference", () => new RuleSetReference())
        .Add("id", StringValue.Instance, (x, v) => x with { Id = v }, required: true)
        .Add("version", StringValue.Instance, (x, v) => x with { Version = v }, required: true)
        .Add("fingerprint", StringValue.Instance, (x, v) => x with { Fingerprint = v }, required: true)
        .Add("customisations", new ListValue<RuleCustomisation>(Customisation), (x, v) => x with { Customisations = v });

    public static ObjectContract<Assessment> Assessment { get; } = new ObjectContract<Assessment>("assessment", () => new Assessment())
        .Add("assessmentDate", DateValue.Instance, (x, v) => x with { AssessmentDate = v }, required: true)
        .Add("careSetting", CareSetting, (x, v) => x with { CareSetting = v })
        .Add("urgency", Urgency, (x, v) => x with { Urgency = v }, required: true)
        .Add("recommendation", Recommendation, (x, v) => x with { Recommendation = v }, required: true)
        .Add("decidingRuleId", OptionalString, (x, v) => x with { DecidingRuleId = v })
        .Add("conditions", new ListValue<ConditionAssessment>(ConditionAssessment), (x, v) => x with { Conditions = v })
        .Add("investigations", new ListValue<Investigation>(Investigation), (x, v) => x with { Investigations = v })
        .Add("questions", new ListValue<Question>(Question), (x, v) => x with { Questions = v })
        .Add("patientAdvice", Strings, (x, v) => x with { PatientAdvice = v })
        .Add("ruleSet", RuleSetReference, (x, v) => x with { RuleSet = v }, required: true)
        .Add("statement", StringValue.Instance, (x, v) => x with { Statement = v });

    /// <summary>Adds a finding: a <see cref="RedFlags.Presence"/> name. Writing leaves out unknown findings (<see cref="UnknownIsNotWritten"/>).</summary>
    private static ObjectContract<T> Finding<T>(this ObjectContract<T> contract, string name, Func<T, Presence, T> set)
        where T : class
        => contract.Add(name, Presence, set);
}
