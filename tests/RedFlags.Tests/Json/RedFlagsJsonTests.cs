using System.Text;
using RedFlags.Json;
using static RedFlags.Tests.Json.JsonTestData;

namespace RedFlags.Tests.Json;

public class RedFlagsJsonTests
{
    [Theory]
    [MemberData(nameof(PresentationNames), MemberType = typeof(JsonTestData))]
    public void ParsePresentation_SerializedExample_EqualsOriginal(string name)
    {
        var original = Presentations[name];

        Assert.Equal(original, RedFlagsJson.ParsePresentation(RedFlagsJson.Serialize(original)));
        Assert.Equal(original, RedFlagsJson.ParsePresentation(RedFlagsJson.Serialize(original, indented: true)));
    }

    [Theory]
    [MemberData(nameof(PresentationNames), MemberType = typeof(JsonTestData))]
    public void ParseAssessment_SerializedAssessment_EqualsOriginal(string name)
    {
        var assessment = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(Presentations[name]);

        var json = RedFlagsJson.Serialize(assessment, indented: true);

        Assert.Equal(assessment, RedFlagsJson.ParseAssessment(json));
    }

    [Fact]
    public void ReadPresentation_Utf8StreamWithBom_EqualsOriginal()
    {
        var original = Presentations["cancer-history"];
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(RedFlagsJson.Serialize(original))).ToArray();

        Assert.Equal(original, RedFlagsJson.ReadPresentation(new MemoryStream(bytes)));
    }

    [Fact]
    public void Serialize_SparsePresentation_WritesOnlyTheDate()
        => Assert.Equal("""{"assessmentDate":"2025-03-14"}""", RedFlagsJson.Serialize(Presentations["sparse"]));

    [Fact]
    public void ParsePresentation_MissingAndUnknownFindings_AreUnknownNeverAbsent()
    {
        var parsed = RedFlagsJson.ParsePresentation("""{"assessmentDate":"2025-03-14","neurology":{"urinaryRetention":"unknown","saddleNumbnessOrTingling":"absent"}}""");

        Assert.Equal(Presence.Unknown, parsed.Neurology.UrinaryRetention);
        Assert.Equal(Presence.Unknown, parsed.Neurology.FaecalIncontinence);
        Assert.Equal(Presence.Absent, parsed.Neurology.SaddleNumbnessOrTingling);
        Assert.Contains("\"saddleNumbnessOrTingling\":\"absent\"", RedFlagsJson.Serialize(parsed), StringComparison.Ordinal);
        Assert.DoesNotContain("urinaryRetention", RedFlagsJson.Serialize(parsed), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NonFiniteNumber_ThrowsValidationException()
    {
        var presentation = Presentations["sparse"] with { Systemic = new SystemicFeatures { TemperatureCelsius = double.NaN } };

        var exception = Assert.Throws<RedFlagsValidationException>(() => RedFlagsJson.Serialize(presentation));

        Assert.Equal(ErrorCodes.NumberNotFinite, Assert.Single(exception.Errors).Code);
    }

    [Fact]
    public void ValidatePresentation_Malformed_ReportsRF3001WithLineAndPosition()
    {
        const string json = "{\n  \"assessmentDate\": \"2025-03-14\",\n  \"ageYears\": 40,,\n}";

        var error = Single(RedFlagsJson.ValidatePresentation(json), ErrorCodes.JsonMalformed);

        Assert.Equal(3, error.Line);
        Assert.Equal(18, error.Position);
    }

    [Fact]
    public void ValidatePresentation_TrailingContent_ReportsRF3001()
    {
        var error = Single(RedFlagsJson.ValidatePresentation("""{"assessmentDate":"2025-03-14"} {}"""), ErrorCodes.JsonMalformed);

        Assert.Equal(1, error.Line);
        Assert.Equal(33, error.Position);
    }

    [Fact]
    public void ReadPresentation_InvalidUtf8_ReportsRF3001AtTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n\"assessmentDate\": \"2025-03-14\",\n\"sex\": \"fe?male\"}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

        var exception = Assert.Throws<RedFlagsValidationException>(() => RedFlagsJson.ReadPresentation(new MemoryStream(bytes)));

        var error = Assert.Single(exception.Errors);
        Assert.Equal((ErrorCodes.JsonMalformed, 3L, 11L), (error.Code, error.Line!.Value, error.Position!.Value));
    }

    [Fact]
    public void ValidatePresentation_UnknownProperty_ReportsRF3002AtTheName()
    {
        const string json = """
            {
              "assessmentDate": "2025-03-14",
              "pain": { "lumbar": "present", "lumbr": "present" }
            }
            """;

        var error = Single(RedFlagsJson.ValidatePresentation(json), ErrorCodes.JsonUnknownProperty);

        AssertAt(error, "pain.lumbr", json, "\"lumbr\"");
        Assert.Equal("lumbr", error.Value);
    }

    [Fact]
    public void ValidatePresentation_IntegerForEnum_ReportsRF3003()
    {
        const string json = """
            {
              "assessmentDate": "2025-03-14",
              "neurology": { "saddleNumbnessOrTingling": 2 }
            }
            """;

        AssertAt(Single(RedFlagsJson.ValidatePresentation(json), ErrorCodes.JsonWrongType), "neurology.saddleNumbnessOrTingling", json, "2 }");
    }

    [Fact]
    public void ValidatePresentation_MissingAssessmentDate_ReportsRF3004AtTheObject()
    {
        const string json = """
            {
              "ageYears": 50
            }
            """;

        var result = RedFlagsJson.ValidatePresentation(json);

        AssertAt(Single(result, ErrorCodes.JsonMissingProperty), "assessmentDate", json, "{");
        Assert.DoesNotContain(result.Errors, e => e.Code == ErrorCodes.AssessmentDateMissing);
    }

    [Fact]
    public void ValidatePresentation_UnknownEnumName_ReportsRF3005()
    {
        const string json = """
            {
              "assessmentDate": "2025-03-14",
              "history": { "trauma": "severe" }
            }
            """;

        AssertAt(Single(RedFlagsJson.ValidatePresentation(json), ErrorCodes.JsonUnknownName), "history.trauma", json, "\"severe\"");
    }

    [Fact]
    public void ValidatePresentation_DuplicateProperty_ReportsRF3006AtTheSecondName()
    {
        const string json = """
            {
              "assessmentDate": "2025-03-14",
              "sex": "male",
              "sex": "female"
            }
            """;

        var error = Single(RedFlagsJson.ValidatePresentation(json), ErrorCodes.JsonDuplicateProperty);

        Assert.Equal("sex", error.Path);
        Assert.Equal((4L, 3L), (error.Line!.Value, error.Position!.Value));
    }

    [Fact]
    public void ValidatePresentation_TooDeep_ReportsRF3007()
    {
        var json = "{\"assessmentDate\":\"2025-03-14\",\"pain\":" + new string('[', 100) + new string(']', 100) + "}";

        var error = Single(RedFlagsJson.ValidatePresentation(json), ErrorCodes.JsonTooDeep);

        Assert.Equal(1, error.Line);
        Assert.Equal(39 + RedFlagsJson.MaximumDepth - 1, error.Position);
    }

    [Fact]
    public void ValidatePresentation_TooLarge_ReportsRF3008()
    {
        var json = "{\"assessmentDate\":\"2025-03-14\",\"x\":\"" + new string('a', RedFlagsJson.MaximumDocumentBytes) + "\"}";

        var error = Single(RedFlagsJson.ValidatePresentation(json), ErrorCodes.JsonTooLarge);

        Assert.Equal((1L, 1L), (error.Line!.Value, error.Position!.Value));
    }

    [Fact]
    public void ValidatePresentation_InvalidDate_ReportsRF3009()
    {
        const string json = """
            {
              "assessmentDate": "2025-02-30"
            }
            """;

        AssertAt(Single(RedFlagsJson.ValidatePresentation(json), ErrorCodes.JsonInvalidDate), "assessmentDate", json, "\"2025-02-30\"");
    }

    [Fact]
    public void ValidatePresentation_FractionalAge_ReportsRF3011()
    {
        const string json = """
            {
              "assessmentDate": "2025-03-14",
              "ageYears": 50.5
            }
            """;

        AssertAt(Single(RedFlagsJson.ValidatePresentation(json), ErrorCodes.JsonNumberInvalid), "ageYears", json, "50.5");
    }

    [Fact]
    public void ValidatePresentation_ImpossibleValue_ReportsPresentationCodeWithLocation()
    {
        const string json = """
            {
              "assessmentDate": "2025-03-14",
              "systemic": { "temperatureCelsius": 101.3 }
            }
            """;

        AssertAt(Single(RedFlagsJson.ValidatePresentation(json), ErrorCodes.TemperatureOutOfRange), "systemic.temperatureCelsius", json, "101.3");
    }

    [Fact]
    public void ParsePresentation_SeveralProblems_ReportsEveryOneInDocumentOrder()
    {
        const string json = """
            {
              "assessmentDate": "2025-03-14",
              "ageYears": 150,
              "sex": 1,
              "pain": { "lumbar": "yes", "onsetDate": "14/03/2025" },
              "history": { "cancers": [ { "primarySite": "breast", "stage": 2 } ] },
              "labs": { "esrMillimetresPerHour": "high" }
            }
            """;

        var exception = Assert.Throws<RedFlagsValidationException>(() => RedFlagsJson.ParsePresentation(json));

        Assert.Equal(
            [ErrorCodes.AgeOutOfRange, ErrorCodes.JsonWrongType, ErrorCodes.JsonUnknownName, ErrorCodes.JsonInvalidDate, ErrorCodes.JsonUnknownProperty, ErrorCodes.JsonWrongType],
            exception.Errors.Select(e => e.Code));
        Assert.All(exception.Errors, e => Assert.NotNull(e.Line));
        Assert.Equal("history.cancers[0].stage", exception.Errors[4].Path);
    }

    [Fact]
    public void ParseAssessment_UnknownProperty_ThrowsWithAssessmentSubject()
    {
        var exception = Assert.Throws<RedFlagsValidationException>(() => RedFlagsJson.ParseAssessment("""{"assessmentDate":"2025-03-14","urgency":"soon","recommendation":{},"ruleSet":{},"extra":1}"""));

        Assert.StartsWith("The assessment is invalid", exception.Message, StringComparison.Ordinal);
        Assert.Contains(exception.Errors, e => e.Code == ErrorCodes.JsonUnknownProperty && e.Path == "extra");
    }
}
