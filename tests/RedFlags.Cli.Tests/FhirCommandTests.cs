using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using RedFlags.Json;

namespace RedFlags.Cli.Tests;

/// <summary><c>assess --fhir</c>, <c>--setting</c> and the <c>fhir</c> and <c>cds-hooks</c> formats (the .NET tool build).</summary>
public class FhirCommandTests
{
    private const string AssessmentDate = "2025-03-10";

    private static readonly FhirJsonDeserializer s_strict = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    // Hand-built bundles, the same as the "mscc-known-cancer" and "urgent" cases of RedFlags.Fhir.Tests/UrgencyEquivalenceTests.
    public static TheoryData<string, Urgency> UrgencyBundles => new()
    {
        { "fhir-mscc-known-cancer.json", Urgency.Emergency },
        { "fhir-urgent-recent-infection.json", Urgency.Urgent },
        { "fhir-saddle-numbness-questionnaire.json", Urgency.Emergency },
    };

    [Theory]
    [MemberData(nameof(UrgencyBundles))]
    public void Assess_FhirBundleAsJson_GivesTheExpectedUrgencyAndTheMappingReportOnStandardError(string file, Urgency expected)
    {
        var result = Cli.Run("assess", "--fhir", Cli.Fixture(file), "--date", AssessmentDate, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var assessment = RedFlagsJson.ParseAssessment(result.Output);
        Assert.Equal(expected, assessment.Urgency);
        Assert.Equal(new CalendarDate(2025, 3, 10), assessment.AssessmentDate);
        Assert.Equal(CareSetting.Unspecified, assessment.CareSetting);
        Assert.Contains("Mapped", result.Error);
        Assert.Contains("<- Patient/p1", result.Error);
    }

    [Theory]
    [InlineData("fhir-mscc-known-cancer.json", "EMERGENCY", "MAL-MSCC-NEURO")]
    [InlineData("fhir-urgent-recent-infection.json", "URGENT", "history.recentInfectionOrBacteraemia = present <- Condition/c1")]
    [InlineData("fhir-saddle-numbness-questionnaire.json", "EMERGENCY", "neurology.saddleNumbnessOrTingling = present <- QuestionnaireResponse/qr1")]
    public void Assess_FhirBundleAsText_PrintsTheMappingBeforeTheReport(string file, string urgency, string expectedText)
    {
        var result = Cli.Run("assess", "--fhir", Cli.Fixture(file), "--date", AssessmentDate, "--setting", "primary-care");

        Assert.True(result.ExitCode == 0, result.ToString());
        var mapping = result.Output.IndexOf("FHIR input", StringComparison.Ordinal);
        var report = result.Output.IndexOf("RedFlags assessment", StringComparison.Ordinal);
        Assert.True(mapping >= 0 && report > mapping, result.ToString());
        Assert.Contains(expectedText, result.Output);
        Assert.Contains(urgency, result.Output);
        Assert.Contains("primary care", result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Assess_FhirFormatFromFhirInput_IsAStrictFhirBundleWithARiskAssessmentAboutThePatient()
    {
        var result = Cli.Run("assess", "--fhir", Cli.Fixture("fhir-mscc-known-cancer.json"), "--date", AssessmentDate, "--format", "fhir");

        Assert.True(result.ExitCode == 0, result.ToString());
        var bundle = s_strict.Deserialize<Bundle>(result.Output);
        var risk = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<RiskAssessment>());
        Assert.Equal("Patient/p1", risk.Subject.Reference);
        Assert.Contains(risk.Basis, b => b.Reference == "Condition/c2");
        var issue = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<DetectedIssue>(), d => d.Code?.Coding[0].Code == "MAL-MSCC-NEURO");
        Assert.Equal(DetectedIssue.DetectedIssueSeverity.High, issue.Severity);
    }

    [Fact]
    public void Assess_FhirFormatFromPresentationJson_IsAStrictFhirBundleWithARiskAssessment()
    {
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, "known-cancer.json"), "--format", "fhir");

        Assert.True(result.ExitCode == 0, result.ToString());
        var bundle = s_strict.Deserialize<Bundle>(result.Output);
        Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<RiskAssessment>());
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("fhir")]
    public void Assess_CdsHooksFormat_HasCardsWithShortSummariesAndValidIndicators(string input)
    {
        var args = input == "fhir"
            ? new[] { "assess", "--fhir", Cli.Fixture("fhir-mscc-known-cancer.json"), "--date", AssessmentDate, "--format", "cds-hooks" }
            : new[] { "assess", Path.Combine(Cli.Examples, "known-cancer.json"), "--format", "cds-hooks" };

        var result = Cli.Run(args);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var response = JsonDocument.Parse(result.Output);
        var cards = response.RootElement.GetProperty("cards").EnumerateArray().ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, card =>
        {
            Assert.True(card.GetProperty("summary").GetString()!.Length < 140);
            Assert.Contains(card.GetProperty("indicator").GetString(), new[] { "info", "warning", "critical" });
        });
        Assert.Equal(input == "fhir" ? "critical" : "warning", cards[0].GetProperty("indicator").GetString());
    }

    [Fact]
    public void Assess_OfficialLungCancerCondition_ReportsAPersonalHistoryOfCancer()
    {
        var file = RepositoryFiles.PathOf("../shared/fhir-r4-examples/Condition-f002.json");

        var result = Cli.Run("assess", "--fhir", file, "--date", AssessmentDate);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("history.personalHistoryOfCancer = present <- Condition/f002", result.Output);
        Assert.Contains("history.cancers[] = Lung", result.Output);
        Assert.Contains("MAL-HISTORY-OF-CANCER", result.Output);
        Assert.Contains("No care setting was given", result.Output);
    }

    [Fact]
    public void Assess_FhirWithAPresentationJsonFile_FailsWithAClearMessageAndExitsOne()
    {
        var result = Cli.Run("assess", "--fhir", Path.Combine(Cli.Examples, "known-cancer.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not FHIR R4 JSON", result.Error);
        Assert.Contains("resourceType", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Assess_FhirWithText_FailsAndExitsOne()
    {
        var result = Cli.RunWithInput("not json at all", "assess", "--fhir", "-", "--format", "fhir");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'<stdin>' is not FHIR R4 JSON: the text is not JSON (line 1", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Assess_SettingOption_OverridesThePresentationCareSetting()
    {
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, "known-cancer.json"), "--format", "json", "--setting", "oncology");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(CareSetting.Oncology, RedFlagsJson.ParseAssessment(result.Output).CareSetting);
    }

    [Fact]
    public void Assess_UnknownSetting_ExitsTwo()
    {
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, "known-cancer.json"), "--setting", "hospice");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("primary-care", result.Error);
    }

    [Theory]
    [InlineData("fhir")]
    [InlineData("cds-hooks")]
    public void Assess_FhirOrCdsHooksFormat_WritesTheFingerprintAsEveryOtherOutputDoes(string format)
    {
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, "known-cancer.json"), "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("sha256:" + DefaultCatalogue.RuleSet.Fingerprint, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fingerprint " + DefaultCatalogue.RuleSet.Fingerprint, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fingerprint `" + DefaultCatalogue.RuleSet.Fingerprint, result.Output, StringComparison.Ordinal);
    }

    // Issue #19, "done when": the gait Condition recorded in 2012 with breast cancer in remission.
    [Fact]
    public void Assess_GaitRecordedIn2012WithBreastCancerInRemission_GivesNoCriticalCard()
    {
        var result = Cli.Run("assess", "--fhir", Cli.Fixture("fhir-gait-2012-breast-cancer.json"), "--date", AssessmentDate, "--format", "cds-hooks");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var response = JsonDocument.Parse(result.Output);
        var indicators = response.RootElement.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("indicator").GetString()).ToList();
        Assert.NotEmpty(indicators);
        Assert.DoesNotContain("critical", indicators);
        Assert.Contains("recorded 2012-05-01, before the episode", result.Error, StringComparison.Ordinal);
    }

    // Issue #19, "done when": a local code added through the options (here from a JSON file) is read.
    [Fact]
    public void Assess_FhirCodesFile_ReadsALocalSaddleCodeAndReachesTheEmergency()
    {
        var result = Cli.Run("assess", "--fhir", Cli.Fixture("fhir-local-saddle-code.json"), "--fhir-codes", Cli.Fixture("fhir-local-codes.json"), "--date", AssessmentDate);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("neurology.saddleNumbnessOrTingling = present <- Observation/o1 [https://hospital.example.org/codes/symptoms|SADDLE]", result.Output, StringComparison.Ordinal);
        Assert.Contains("EMERGENCY", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_LocalSaddleCodeWithoutFhirCodes_IsNotInTheTablesAndNoEmergency()
    {
        var result = Cli.Run("assess", "--fhir", Cli.Fixture("fhir-local-saddle-code.json"), "--date", AssessmentDate, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEqual(Urgency.Emergency, RedFlagsJson.ParseAssessment(result.Output).Urgency);
        Assert.Contains("Observation/o1 [http://loinc.org|75325-1]: The observation code is not in the mapping tables.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_FhirCodesFileWithBadRows_ListsEveryErrorBeforeReadingTheInputAndExitsOne()
    {
        var codes = Cli.Fixture("fhir-local-codes-invalid.json");

        var result = Cli.Run("assess", "--fhir", "no-such-input.json", "--fhir-codes", codes);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"redflags: the local FHIR codes '{codes}' are invalid: 4 problems.", result.Error, StringComparison.Ordinal);
        Assert.Contains("codes[0].kind: 'observation' is not condition, medication or procedure.", result.Error, StringComparison.Ordinal);
        Assert.Contains("codes[0].finding: 'saddle' is not a finding name", result.Error, StringComparison.Ordinal);
        Assert.Contains("codes[0].system: 'not a uri' is not an absolute URI.", result.Error, StringComparison.Ordinal);
        Assert.Contains("codes[0].source: is empty", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no-such-input.json", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing-codes.json", "cannot read 'missing-codes.json'")]
    public void Assess_FhirCodesFileMissing_ExitsTwo(string file, string message)
    {
        var result = Cli.Run("assess", "--fhir", Cli.Fixture("fhir-local-saddle-code.json"), "--fhir-codes", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_FhirCodesWithoutFhir_IsAUsageErrorAndExitsTwo()
    {
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, "known-cancer.json"), "--fhir-codes", Cli.Fixture("fhir-local-codes.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--fhir-codes adds local codes to the FHIR code tables; it needs --fhir.", result.Error, StringComparison.Ordinal);
    }
}
