using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace RedFlags.Fhir.Tests;

public class WriterTests
{
    private static readonly CalendarDate s_today = new(2025, 3, 10);
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    private static (Assessment Assessment, FhirReadResult Read) Mscc()
    {
        var json = new BundleBuilder().Patient("female", "1961-02-03")
            .Condition(FhirCodeSystems.Icd10, "C50.9", clinical: "remission", onset: "2019-03-01")
            .Condition(FhirCodeSystems.Snomed, "22325002")
            .Observation("4537-7", 45m, "mm/h", "2025-03-01")
            .Json();
        var read = FhirPresentationReader.ReadBundle(json, s_today, CareSetting.PrimaryCare);
        return (s_evaluator.Assess(read.Presentation), read);
    }

    private static Assessment Routine() => s_evaluator.Assess(new PatientPresentation
    {
        AssessmentDate = s_today,
        CareSetting = CareSetting.PrimaryCare,
        AgeYears = 30,
    });

    [Fact]
    public void ToRiskAssessment_SpinalCordCompression_ParsesBackStrictlyWithAPredictionPerCondition()
    {
        var (assessment, read) = Mscc();
        var json = FhirAssessmentWriter.ToJson(FhirAssessmentWriter.ToRiskAssessment(assessment, FhirWriteContext.From(read.Report)));

        var parsed = Assert.IsType<RiskAssessment>(TestData.Strict.DeserializeResource(json));
        Assert.Equal(assessment.Conditions.Count, parsed.Prediction.Count);
        Assert.All(parsed.Prediction, p => Assert.Equal(FhirCodeSystems.RiskProbability, p.QualitativeRisk!.Coding[0].System));
        Assert.Equal("Patient/p1", parsed.Subject!.Reference);
        Assert.Contains(parsed.Basis, b => b.Reference == "Patient/p1");
        Assert.Contains(parsed.Note, n => n.Text!.Contains(assessment.RuleSet.Fingerprint, StringComparison.Ordinal));
        Assert.Equal(assessment.RuleSet.Version, parsed.Method!.Coding[0].Version);
        Assert.Equal("2025-03-10", ((FhirDateTime)parsed.Occurrence!).Value);
        Assert.Contains(parsed.Prediction, p => p.Probability is FhirDecimal or Hl7.Fhir.Model.Range);
    }

    [Fact]
    public void ToDetectedIssues_SpinalCordCompression_CoverEveryEmergencyOrUrgentFlagAndParseBackStrictly()
    {
        var (assessment, read) = Mscc();
        var issues = FhirAssessmentWriter.ToDetectedIssues(assessment, FhirWriteContext.From(read.Report));

        var expected = assessment.Conditions.SelectMany(c => c.Flags).Where(f => f.Urgency >= Urgency.Urgent).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, issues.Count);
        foreach (var (issue, flag) in issues.Zip(expected))
        {
            var parsed = Assert.IsType<DetectedIssue>(TestData.Strict.DeserializeResource(FhirAssessmentWriter.ToJson(issue)));
            Assert.Equal(flag.RuleId, parsed.Code!.Coding[0].Code);
            Assert.Equal(flag.Urgency == Urgency.Emergency ? DetectedIssue.DetectedIssueSeverity.High : DetectedIssue.DetectedIssueSeverity.Moderate, parsed.Severity);
            Assert.Equal(flag.Facts.Count, parsed.Evidence.Count);
            Assert.StartsWith("https://", parsed.Reference, StringComparison.Ordinal);
            Assert.Contains(flag.ClinicianText, parsed.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToBundleJson_SpinalCordCompression_ParsesBackStrictlyAndIsDeterministic()
    {
        var (assessment, read) = Mscc();
        var first = FhirAssessmentWriter.ToBundleJson(assessment, FhirWriteContext.From(read.Report));
        var second = FhirAssessmentWriter.ToBundleJson(Mscc().Assessment, FhirWriteContext.From(Mscc().Read.Report));

        Assert.Equal(first, second);
        var bundle = Assert.IsType<Bundle>(TestData.Strict.DeserializeResource(first));
        Assert.IsType<RiskAssessment>(bundle.Entry[0].Resource);
        Assert.All(bundle.Entry.Skip(1), e => Assert.IsType<DetectedIssue>(e.Resource));
    }

    [Fact]
    public void ToBundleJson_RoutineWithoutPatient_StillWritesValidResources()
    {
        var json = FhirAssessmentWriter.ToBundleJson(Routine());

        var bundle = Assert.IsType<Bundle>(TestData.Strict.DeserializeResource(json));
        var risk = Assert.IsType<RiskAssessment>(Assert.Single(bundle.Entry).Resource);
        Assert.NotNull(risk.Subject.Display);
    }

    [Fact]
    public void ToBundleJson_FewConcerningFeatures_NamesTheConditionWithTheFrameworksLabel()
    {
        // FHIR wrote "low concern" for ConcernLevel.Few; Vocabulary.Label gives the framework's "Few concerning features".
        // A leg symptom gives the cauda equina safety-net, a routine flag of its own (age alone only contributes, #18 item 8).
        var assessment = s_evaluator.Assess(new PatientPresentation
        {
            AssessmentDate = s_today,
            CareSetting = CareSetting.PrimaryCare,
            AgeYears = 60,
            Neurology = new NeurologicalFeatures { NumbnessOrTinglingInOneLeg = Presence.Present },
        });
        var condition = Assert.Single(assessment.Conditions, c => c.Concern == ConcernLevel.Few);

        var json = FhirAssessmentWriter.ToBundleJson(assessment);

        Assert.Contains($"{Vocabulary.Label(condition.Condition)}: few concerning features, urgency routine.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("low concern", json, StringComparison.Ordinal);
    }

    public static TheoryData<string> Assessments() => ["mscc", "routine", "ces"];

    private static Assessment Named(string name) => name switch
    {
        "mscc" => Mscc().Assessment,
        "routine" => Routine(),
        _ => s_evaluator.Assess(new PatientPresentation
        {
            AssessmentDate = s_today,
            CareSetting = CareSetting.EmergencyDepartment,
            AgeYears = 44,
            Neurology = new NeurologicalFeatures { SaddleNumbnessOrTingling = Presence.Present, UrinaryRetention = Presence.Present },
        }),
    };

    [Theory]
    [MemberData(nameof(Assessments))]
    public void ToResponseJson_EachAssessment_CardsFollowTheFieldRules(string name)
    {
        var assessment = Named(name);
        var json = CdsHooksWriter.ToResponseJson(assessment);

        using var document = JsonDocument.Parse(json);
        var cards = document.RootElement.GetProperty("cards").EnumerateArray().ToList();
        Assert.NotEmpty(cards);
        Assert.Equal(1 + assessment.Conditions.Count(c => c.Flags.Count > 0), cards.Count);
        foreach (var card in cards)
        {
            var summary = card.GetProperty("summary").GetString()!;
            Assert.InRange(summary.Length, 1, 139);
            Assert.Contains(card.GetProperty("indicator").GetString(), new[] { "info", "warning", "critical" });
            Assert.False(string.IsNullOrWhiteSpace(card.GetProperty("source").GetProperty("label").GetString()));
            Assert.StartsWith("https://www.nice.org.uk/guidance/", card.GetProperty("source").GetProperty("url").GetString(), StringComparison.Ordinal);
            var detail = card.GetProperty("detail").GetString()!;
            Assert.Contains("**", detail, StringComparison.Ordinal);
            Assert.True(Guid.TryParse(card.GetProperty("uuid").GetString(), out _));
        }

        var expectedIndicator = assessment.Urgency switch
        {
            Urgency.Emergency => "critical",
            Urgency.Urgent or Urgency.Soon => "warning",
            _ => "info",
        };
        Assert.Equal(expectedIndicator, cards[0].GetProperty("indicator").GetString());
        Assert.Equal(cards.Count, cards.Select(c => c.GetProperty("uuid").GetString()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Assessments))]
    public void ToResponseJson_SameAssessment_UuidsAreStable(string name)
    {
        Assert.Equal(CdsHooksWriter.ToResponseJson(Named(name)), CdsHooksWriter.ToResponseJson(Named(name)));
    }

    [Fact]
    public void ToResponseJson_CaudaEquina_DetailListsTheReasonsAndTheQuestions()
    {
        var assessment = Named("ces");
        using var document = JsonDocument.Parse(CdsHooksWriter.ToResponseJson(assessment));
        var cards = document.RootElement.GetProperty("cards").EnumerateArray().ToList();
        var ces = cards.Single(c => c.GetProperty("summary").GetString()!.StartsWith("Cauda equina", StringComparison.Ordinal));

        Assert.Equal("critical", ces.GetProperty("indicator").GetString());
        Assert.Contains("### Reasons", ces.GetProperty("detail").GetString(), StringComparison.Ordinal);
        if (assessment.Questions.Count > 0)
        {
            Assert.Contains("### Questions to ask", cards[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToResponseJson_DifferentContent_ChangesTheUuid()
    {
        Assert.NotEqual(CdsHooksWriter.ToResponseJson(Named("mscc")), CdsHooksWriter.ToResponseJson(Named("ces")));
        using var a = JsonDocument.Parse(CdsHooksWriter.ToResponseJson(Named("mscc")));
        using var b = JsonDocument.Parse(CdsHooksWriter.ToResponseJson(Named("ces")));
        Assert.NotEqual(a.RootElement.GetProperty("cards")[0].GetProperty("uuid").GetString(), b.RootElement.GetProperty("cards")[0].GetProperty("uuid").GetString());
    }

    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    [InlineData(200)]
    public void Summary_TextOfAnyLength_StaysUnder140AndNeverCutsAWord(int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var summary = CdsHooksWriter.Summary(text);

        Assert.True(summary.Length < CdsHooksWriter.SummaryLimit, summary);
        if (text.Length < CdsHooksWriter.SummaryLimit)
        {
            Assert.Equal(text, summary);
        }
        else
        {
            Assert.EndsWith("\u2026", summary, StringComparison.Ordinal);
            var kept = summary[..^1];
            Assert.StartsWith(kept + " ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Summary_WordEndingExactlyAtTheLimit_KeepsTheWholeWord()
    {
        var text = new string('a', 137) + " bbb";

        Assert.Equal(new string('a', 137) + "\u2026", CdsHooksWriter.Summary(text));
    }
}
