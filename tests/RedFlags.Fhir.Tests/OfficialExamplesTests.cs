namespace RedFlags.Fhir.Tests;

public class OfficialExamplesTests
{
    private static readonly CalendarDate s_today = new(2024, 1, 15);

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestData.ExamplesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void ReadBundle_EveryOfficialExample_ReadsWithoutAnException(string fileName)
    {
        var result = FhirPresentationReader.ReadBundle(TestData.Example(fileName), s_today, CareSetting.PrimaryCare);

        Assert.NotNull(result.Presentation);
        Assert.Equal(s_today, result.Presentation.AssessmentDate);
        Assert.DoesNotContain(result.Report.Issues, i => i.Severity == FhirIssueSeverity.Error);
        Assert.True(PresentationValidator.Validate(result.Presentation).IsValid);
        _ = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(result.Presentation);
    }

    [Fact]
    public void ExamplesDirectory_OfficialExamples_HoldsMoreThan100Files()
    {
        Assert.True(ExampleFiles().Count > 100);
    }

    [Fact]
    public void ReadBundle_LungCancerF002_IsAPersonalHistoryOfLungCancer()
    {
        var result = FhirPresentationReader.ReadBundle(TestData.Example("Condition-f002.json"), s_today, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Present, result.Presentation.History.PersonalHistoryOfCancer);
        var cancer = Assert.Single(result.Presentation.History.Cancers);
        Assert.Equal(CancerSite.Lung, cancer.PrimarySite);
        Assert.Equal(new CalendarDate(2011, 5, 5), cancer.DiagnosisDate);
        Assert.Equal(Presence.Unknown, result.Presentation.History.FamilyHistoryOfCancer);
        Assert.Contains(result.Report.Mapped, m => m.Field == "history.personalHistoryOfCancer" && m.Source == "Condition/f002" && m.Code == "http://snomed.info/sct|254637007");
    }

    [Fact]
    public void ReadBundle_ResolvedMalignantNeoplasmF202_StillCountsAsAPersonalHistory()
    {
        var result = FhirPresentationReader.ReadBundle(TestData.Example("Condition-f202.json"), s_today, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Present, result.Presentation.History.PersonalHistoryOfCancer);
        Assert.Equal(CancerSite.Unknown, Assert.Single(result.Presentation.History.Cancers).PrimarySite);
        Assert.Contains(result.Report.Mapped, m => m.Source == "Condition/f202" && m.Field == "history.personalHistoryOfCancer");
    }

    [Fact]
    public void ReadBundle_FamilyHistoryOfColonCancer_IsNeverAPersonalHistory()
    {
        var result = FhirPresentationReader.ReadBundle(TestData.Example("Condition-family-history.json"), s_today, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Unknown, result.Presentation.History.PersonalHistoryOfCancer);
        Assert.Empty(result.Presentation.History.Cancers);
        Assert.Equal(Presence.Present, result.Presentation.History.FamilyHistoryOfCancer);
        Assert.Contains(result.Report.Mapped, m => m.Field == "history.familyHistoryOfCancer" && m.Source == "Condition/family-history");
    }

    [Fact]
    public void ReadBundle_CurrentBodyTemperature_MapsInCelsius()
    {
        // The file: 36.5 Cel, effectiveDateTime 1999-07-02.
        var result = FhirPresentationReader.ReadBundle(TestData.Example("Observation-body-temperature.json"), new CalendarDate(1999, 7, 3), CareSetting.PrimaryCare);

        Assert.Equal(36.5, result.Presentation.Systemic.TemperatureCelsius);
        var mapped = Assert.Single(result.Report.Mapped);
        Assert.Equal("systemic.temperatureCelsius", mapped.Field);
        Assert.Equal("Cel", mapped.Unit);
        Assert.Equal("Observation/body-temperature", mapped.Source);
    }

    [Fact]
    public void ReadBundle_BodyTemperatureOlderThanTheWindow_IsReportedNotUsed()
    {
        var result = FhirPresentationReader.ReadBundle(TestData.Example("Observation-body-temperature.json"), s_today, CareSetting.PrimaryCare);

        Assert.Null(result.Presentation.Systemic.TemperatureCelsius);
        var unused = Assert.Single(result.Report.NotUsed);
        Assert.Equal(36.5, unused.Number);
        Assert.Contains("days before the assessment date", unused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBundle_EnteredInErrorTemperatureF202_IsNotUsed()
    {
        // The file: 39 Cel flagged H, status entered-in-error, issued 2013-04-04.
        var result = FhirPresentationReader.ReadBundle(TestData.Example("Observation-f202.json"), new CalendarDate(2013, 4, 5), CareSetting.EmergencyDepartment);

        Assert.Null(result.Presentation.Systemic.TemperatureCelsius);
        var unused = Assert.Single(result.Report.NotUsed);
        Assert.Equal("Observation/f202", unused.Source);
        Assert.Contains("entered-in-error", unused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBundle_SingleBodyWeightInPounds_IsConvertedButNotUsedAsWeightLoss()
    {
        // The file: 185 [lb_av] (lbs), effectiveDateTime 2016-03-28.
        var result = FhirPresentationReader.ReadBundle(TestData.Example("Observation-example.json"), new CalendarDate(2016, 3, 30), CareSetting.PrimaryCare);

        Assert.Null(result.Presentation.Systemic.WeightLossKilograms);
        Assert.Equal(Presence.Unknown, result.Presentation.Systemic.UnexplainedWeightLoss);
        var unused = Assert.Single(result.Report.NotUsed);
        Assert.Equal("kg", unused.Unit);
        Assert.Equal(Math.Round(185 * 0.45359237, 2), unused.Number);
        Assert.Contains("not a trend", unused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBundle_HaemoglobinF005InGramsPerDecilitre_MapsToGramsPerLitreWithAnaemiaFromTheLowFlag()
    {
        // The file: 7.2 g/dL, interpretation L, effectivePeriod 2013-04-05.
        var json = TestData.Example("Observation-f005.json");
        var result = FhirPresentationReader.ReadBundle(json, new CalendarDate(2013, 4, 10), CareSetting.PrimaryCare);

        Assert.Equal(72.0, result.Presentation.Labs.HaemoglobinGramsPerLitre);
        Assert.Equal(Presence.Present, result.Presentation.Labs.Anaemia);
    }

    [Fact]
    public void ReadBundle_AmoxicillinAndEnteredInErrorMedications_AreReportedNotUsed()
    {
        var active = FhirPresentationReader.ReadBundle(TestData.Example("MedicationStatement-example004.json"), s_today, CareSetting.PrimaryCare);
        var error = FhirPresentationReader.ReadBundle(TestData.Example("MedicationStatement-example005.json"), s_today, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Unknown, active.Presentation.History.CorticosteroidUse);
        Assert.Contains(active.Report.NotUsed, u => u.Reason.Contains("not in the mapping tables", StringComparison.Ordinal));
        Assert.Contains(error.Report.NotUsed, u => u.Reason.Contains("entered-in-error", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadBundle_PatientExample_GivesSexAndDateOfBirth()
    {
        var result = FhirPresentationReader.ReadBundle(TestData.Example("Patient-example.json"), s_today, CareSetting.PrimaryCare);

        Assert.Equal(Sex.Male, result.Presentation.Sex);
        Assert.Equal(new CalendarDate(1974, 12, 25), result.Presentation.DateOfBirth);
        Assert.Equal("Patient/example", result.Report.PatientReference);
    }

    [Fact]
    public void ReadBundle_DifferentialDiagnosis_IsNotUsedAsAConfirmedCondition()
    {
        var result = FhirPresentationReader.ReadBundle(TestData.Example("Condition-f205.json"), s_today, CareSetting.PrimaryCare);

        Assert.Empty(result.Report.Mapped);
        Assert.NotEmpty(result.Report.NotUsed);
    }

    [Fact]
    public void ReadBundle_InvalidExampleValues_AreReportedNotThrown()
    {
        var result = FhirPresentationReader.ReadBundle(TestData.Example("Observation-decimal.json"), s_today, CareSetting.PrimaryCare);

        Assert.Contains(result.Report.Issues, i => i.Severity == FhirIssueSeverity.Warning);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"resourceType\": \"NoSuchThing\"}")]
    [InlineData("")]
    public void ReadBundle_TextThatIsNotFhir_IsReportedAsAnError(string text)
    {
        var result = FhirPresentationReader.ReadBundle(text, s_today, CareSetting.PrimaryCare);

        Assert.NotEmpty(result.Report.Issues);
        Assert.Empty(result.Report.Mapped);
    }
}
