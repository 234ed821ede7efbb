using Hl7.Fhir.Model;

namespace RedFlags.Fhir.Tests;

/// <summary>A hand-built FHIR bundle and the equivalent C#-built presentation give the same assessment.</summary>
public class UrgencyEquivalenceTests
{
    private static readonly CalendarDate s_today = new(2025, 3, 10);
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    public static TheoryData<string, Urgency> Cases() => new()
    {
        { "emergency-ces", Urgency.Emergency },
        { "mscc-known-cancer", Urgency.Emergency },
        { "urgent", Urgency.Urgent },
        { "soon", Urgency.Soon },
        { "routine", Urgency.Routine },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadBundle_BundleOfACSharpPresentation_GivesTheSameAssessment(string name, Urgency expected)
    {
        var (bundle, presentation) = Build(name);

        var read = FhirPresentationReader.ReadBundle(bundle, s_today, CareSetting.PrimaryCare);
        var fromFhir = s_evaluator.Assess(read.Presentation);
        var fromCsharp = s_evaluator.Assess(presentation);

        Assert.Equal(expected, fromCsharp.Urgency);
        Assert.Equal(fromCsharp, fromFhir);
        Assert.Equal(presentation, read.Presentation);
        Assert.Empty(read.Report.Issues);
    }

    private static (string Bundle, PatientPresentation Presentation) Build(string name) => name switch
    {
        // Urinary retention (ICD-10 R33), onset of symptoms not recorded: cauda equina emergency.
        "emergency-ces" => (
            new BundleBuilder().Patient("male", "1980-05-01").Condition(FhirCodeSystems.Icd10, "R33").Json(),
            new PatientPresentation
            {
                AssessmentDate = s_today,
                CareSetting = CareSetting.PrimaryCare,
                Sex = Sex.Male,
                DateOfBirth = new CalendarDate(1980, 5, 1),
                Neurology = new NeurologicalFeatures { UrinaryRetention = Presence.Present },
            }),

        // Breast cancer (ICD-10 C50.9) in remission and a new abnormal gait (SNOMED CT 22325002).
        "mscc-known-cancer" => (
            new BundleBuilder().Patient("female", "1961-02-03")
                .Condition(FhirCodeSystems.Icd10, "C50.9", clinical: "remission", onset: "2019-03-01")
                .Condition(FhirCodeSystems.Snomed, "22325002")
                .Json(),
            new PatientPresentation
            {
                AssessmentDate = s_today,
                CareSetting = CareSetting.PrimaryCare,
                Sex = Sex.Female,
                DateOfBirth = new CalendarDate(1961, 2, 3),
                History = new MedicalHistory
                {
                    PersonalHistoryOfCancer = Presence.Present,
                    Cancers = [new CancerHistory { PrimarySite = CancerSite.Breast, DiagnosisDate = new CalendarDate(2019, 3, 1) }],
                },
                Neurology = new NeurologicalFeatures { GaitDisturbance = Presence.Present },
            }),

        // Cellulitis (SNOMED CT 128045006) resolved 30 days ago, a normal temperature of 98.6 [degF] (37 °C) and a normal CRP of 0.3 mg/dL.
        "urgent" => (
            new BundleBuilder().Patient("male", "1970-07-07")
                .Condition(FhirCodeSystems.Snomed, "128045006", clinical: "resolved", onset: "2025-01-20", abatement: "2025-02-08")
                .Observation("8310-5", 98.6m, "[degF]", "2025-03-09")
                .Observation("1988-5", 0.3m, "mg/dL", "2025-03-09", interpretation: "N")
                .Json(),
            new PatientPresentation
            {
                AssessmentDate = s_today,
                CareSetting = CareSetting.PrimaryCare,
                Sex = Sex.Male,
                DateOfBirth = new CalendarDate(1970, 7, 7),
                History = new MedicalHistory { RecentInfectionOrBacteraemia = Presence.Present },
                Systemic = new SystemicFeatures { TemperatureCelsius = 37 },
                Labs = new LaboratoryResults { CrpMilligramsPerLitre = 3, RaisedCrp = Presence.Absent },
            }),

        // A woman of 74 on prednisolone (ATC H02AB06) for 200 days; osteoporosis (ICD-10 M81.0).
        "soon" => (
            new BundleBuilder().Patient("female", "1950-06-15")
                .Condition(FhirCodeSystems.Icd10, "M81.0")
                .Steroid("H02AB06", "2024-08-22", null)
                .Json(),
            new PatientPresentation
            {
                AssessmentDate = s_today,
                CareSetting = CareSetting.PrimaryCare,
                Sex = Sex.Female,
                DateOfBirth = new CalendarDate(1950, 6, 15),
                History = new MedicalHistory
                {
                    CorticosteroidUse = Presence.Present,
                    CorticosteroidDurationDays = 200,
                    Osteoporosis = Presence.Present,
                },
            }),

        // A man of 35 with a normal temperature and a normal ESR: no red flag.
        "routine" => (
            new BundleBuilder().Patient("male", "1989-11-30")
                .Observation("8310-5", 36.8m, "Cel", "2025-03-10")
                .Observation("4537-7", 8m, "mm/h", "2025-02-20", interpretation: "N")
                .Json(),
            new PatientPresentation
            {
                AssessmentDate = s_today,
                CareSetting = CareSetting.PrimaryCare,
                Sex = Sex.Male,
                DateOfBirth = new CalendarDate(1989, 11, 30),
                Systemic = new SystemicFeatures { TemperatureCelsius = 36.8 },
                Labs = new LaboratoryResults { EsrMillimetresPerHour = 8 },
            }),

        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
