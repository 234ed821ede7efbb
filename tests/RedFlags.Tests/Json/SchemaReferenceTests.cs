using RedFlags.Json;

namespace RedFlags.Tests.Json;

/// <summary>A document may name the schema it follows, so that an editor can check it; the name is not part of it.</summary>
public class SchemaReferenceTests
{
    private const string PresentationSchema = "https://raw.githubusercontent.com/redflags-dotnet/redflags/main/docs/schemas/presentation.schema.json";

    [Fact]
    public void ParsePresentation_SchemaPropertyAtTheRoot_IsIgnored()
    {
        var presentation = RedFlagsJson.ParsePresentation("{\"$schema\":\"" + PresentationSchema + "\",\"assessmentDate\":\"2025-03-14\",\"pain\":{\"lumbar\":\"present\"}}");

        Assert.Equal(Presence.Present, presentation.Pain.Lumbar);
    }

    [Fact]
    public void ParsePresentation_SchemaPropertyInsideASection_IsAnUnknownProperty()
    {
        var result = RedFlagsJson.ValidatePresentation("""{"assessmentDate":"2025-03-14","pain":{"$schema":"x"}}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.JsonUnknownProperty, error.Code);
        Assert.Equal("pain.$schema", error.Path);
    }

    [Fact]
    public void RuleSetJsonParse_SchemaPropertyAtTheRoot_IsIgnored()
    {
        var set = RuleSetJson.Parse("""{"$schema":"https://raw.githubusercontent.com/redflags-dotnet/redflags/main/docs/schemas/rule-set.schema.json","id":"my-clinic","version":"1.0.0","extends":"redflags-lbp-default"}""");

        Assert.Equal("my-clinic", set.Id);
    }

    [Fact]
    public void ParseAssessment_SchemaPropertyAtTheRoot_IsIgnored()
    {
        var assessment = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(new PatientPresentation { AssessmentDate = new CalendarDate(2025, 3, 14) });
        var json = RedFlagsJson.Serialize(assessment).Insert(1, "\"$schema\":\"https://example.org/assessment.schema.json\",");

        Assert.Equal(assessment, RedFlagsJson.ParseAssessment(json));
    }
}
