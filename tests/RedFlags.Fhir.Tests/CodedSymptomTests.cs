using Hl7.Fhir.Model;

namespace RedFlags.Fhir.Tests;

/// <summary>Symptoms and signs coded as Conditions or Observations (SNOMED CT, the LOINC "Symptom" pattern, local codes).</summary>
public class CodedSymptomTests
{
    private static readonly CalendarDate s_date = new(2025, 3, 10);

    private const string LocalSystem = "https://hospital.example.org/codes/symptoms";

    private static readonly FhirCodeTables s_local = FhirCodeTables.FromJson("""
        {"codes": [
          {"kind": "condition", "system": "https://hospital.example.org/codes/symptoms", "code": "SADDLE", "finding": "saddleNumbness", "display": "Saddle numbness (local)", "source": "Hospital symptom list v2"},
          {"kind": "condition", "system": "https://hospital.example.org/codes/symptoms", "code": "LEGS-WEAK", "finding": "legWeakness", "display": "Weak legs (local)", "source": "Hospital symptom list v2"},
          {"kind": "condition", "system": "https://hospital.example.org/codes/symptoms", "code": "NIGHT", "finding": "nightPain", "display": "Night pain (local)", "source": "Hospital symptom list v2"}
        ]}
        """);

    private static FhirReadResult Read(BundleBuilder bundle, FhirCodeTables? tables = null) =>
        FhirPresentationReader.ReadJson([bundle.Json()], s_date, CareSetting.PrimaryCare, new FhirReadOptions { CodeTables = tables ?? FhirCodeTables.Default });

    private static Observation Symptom(string id, string system, string code, string effective, DataType? value = null) => new()
    {
        Id = id,
        Status = ObservationStatus.Final,
        Code = new CodeableConcept(system, code),
        Subject = new ResourceReference("Patient/p1"),
        Effective = new FhirDateTime(effective),
        Value = value,
    };

    // The HL7 FHIR Symptoms IG pattern: code LOINC 75325-1 "Symptom", the symptom in valueCodeableConcept.
    private static Observation SymptomByValue(string id, string system, string code, string effective) =>
        Symptom(id, FhirCodeSystems.Loinc, "75325-1", effective, new CodeableConcept(system, code));

    [Fact]
    public void ReadJson_FeverObservationThreeDaysOld_SetsFeverButNotNeurologicalRecency()
    {
        var read = Read(new BundleBuilder().Patient("male", "1960-01-01").Add(Symptom("o1", FhirCodeSystems.Snomed, "386661006", "2025-03-07")));

        Assert.Equal(Presence.Present, read.Presentation.Systemic.Fever);
        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.BeganOrWorsenedWithin14Days);
        Assert.Contains(read.Report.Mapped, m => m.Source == "Observation/o1" && m.Field == Vocabulary.Path(Finding.Fever) && m.Note!.Contains("within 7 days", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadJson_FeverConditionTenDaysOld_IsNotACurrentFever()
    {
        var read = Read(new BundleBuilder().Condition(FhirCodeSystems.Snomed, "386661006", onset: "2025-02-28"));

        Assert.Equal(Presence.Unknown, read.Presentation.Systemic.Fever);
        Assert.Contains("not a current fever", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBundle_OfficialFeverConditionF201_IsRecognisedAndNotUsedBecauseResolved()
    {
        var read = FhirPresentationReader.ReadBundle(TestData.Example("Condition-f201.json"), new CalendarDate(2013, 4, 5), CareSetting.PrimaryCare);

        var notUsed = Assert.Single(read.Report.NotUsed);
        Assert.Equal("http://snomed.info/sct|386661006", notUsed.Code);
        Assert.Contains("'resolved': not current", notUsed.Reason, StringComparison.Ordinal);
        Assert.Equal(Presence.Unknown, read.Presentation.Systemic.Fever);
    }

    [Fact]
    public void ReadJson_LocalSaddleCodeAsSymptomObservationValue_ReachesTheEmergency()
    {
        var read = Read(new BundleBuilder().Patient("female", "1961-02-03").Add(SymptomByValue("o1", LocalSystem, "SADDLE", "2025-03-09")), s_local);

        Assert.Equal(Presence.Present, read.Presentation.Neurology.SaddleNumbnessOrTingling);
        Assert.Equal(Presence.Present, read.Presentation.Neurology.BeganOrWorsenedWithin14Days);
        Assert.Contains(read.Report.Mapped, m => m.Source == "Observation/o1" && m.Code == LocalSystem + "|SADDLE");
        Assert.Equal(Urgency.Emergency, new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(read.Presentation).Urgency);
    }

    [Fact]
    public void ReadJson_LocalLegWeaknessAndNightPainConditions_AreReadWithTheirDates()
    {
        var read = Read(new BundleBuilder().Condition(LocalSystem, "LEGS-WEAK", onset: "2025-03-01").Condition(LocalSystem, "NIGHT", onset: "2025-03-05"), s_local);

        Assert.NotEqual(LegWeakness.Unknown, read.Presentation.Neurology.LegWeakness);
        Assert.NotEqual(LegWeakness.None, read.Presentation.Neurology.LegWeakness);
        Assert.Equal(Presence.Present, read.Presentation.Pain.WorseAtNightOrWakesFromSleep);
        Assert.Equal(Presence.Present, read.Presentation.Neurology.BeganOrWorsenedWithin14Days);
    }

    [Fact]
    public void ReadJson_GaitObservationRecordedAbsent_LeavesGaitUnknownAndSaysWhy()
    {
        var absent = new CodeableConcept(FhirCodeSystems.Snomed, "2667000", "Absent (qualifier value)");
        var read = Read(new BundleBuilder().Add(Symptom("o1", FhirCodeSystems.Snomed, "22325002", "2025-03-09", absent)));

        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.GaitDisturbance);
        Assert.Contains("recorded as absent (SNOMED CT 2667000 Absent)", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_RetentionObservationFrom2012_IsNotUsedBeforeTheEpisode()
    {
        var read = Read(new BundleBuilder().Add(Symptom("o1", FhirCodeSystems.Snomed, "267064002", "2012-05-01", new FhirBoolean(true))));

        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.UrinaryRetention);
        var notUsed = Assert.Single(read.Report.NotUsed);
        Assert.Equal("Observation/o1", notUsed.Source);
        Assert.Contains("onset 2012-05-01, before the episode", notUsed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_EnteredInErrorSymptomObservation_IsNotUsed()
    {
        var observation = Symptom("o1", FhirCodeSystems.Snomed, "72042002", "2025-03-09");
        observation.Status = ObservationStatus.EnteredInError;

        var read = Read(new BundleBuilder().Add(observation));

        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.FaecalIncontinence);
        Assert.Contains("'entered-in-error'", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_SymptomObservationWithAnUnknownValueCode_IsReportedAsNotInTheTables()
    {
        var read = Read(new BundleBuilder().Add(SymptomByValue("o1", FhirCodeSystems.Snomed, "25064002", "2025-03-09")));

        Assert.Contains("not in the mapping tables", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_Mappings_NameTheSourceOfEveryRow()
    {
        var mappings = FhirCodeTables.Default.Mappings;

        Assert.All(mappings, m => Assert.False(string.IsNullOrWhiteSpace(m.Source), m.Code));
        var fever = Assert.Single(mappings, m => m.System == FhirCodeSystems.Snomed && m.Code == "386661006");
        Assert.Equal(Finding.Fever, fever.Finding);
        Assert.Contains("Condition/f201", fever.Source, StringComparison.Ordinal);
        var gait = Assert.Single(mappings, m => m.System == FhirCodeSystems.Snomed && m.Code == "22325002");
        Assert.Contains("opencodelists.org/codelist/opensafely/symptoms-mobility-impairment", gait.Source, StringComparison.Ordinal);
    }
}
