using NJsonSchema;
using RedFlags.Json;
using static RedFlags.Tests.Json.JsonTestData;

namespace RedFlags.Tests.Json;

public class JsonSchemaTests
{
    private static readonly Lazy<JsonSchema> s_presentation = new(() => Load("presentation.schema.json"));
    private static readonly Lazy<JsonSchema> s_assessment = new(() => Load("assessment.schema.json"));
    private static readonly Lazy<JsonSchema> s_summary = new(() => Load("assessment-summary.schema.json"));
    private static readonly Lazy<JsonSchema> s_ruleSet = new(() => Load("rule-set.schema.json"));

    [Fact]
    public void RuleSetSchema_DefaultCatalogueJson_IsValid()
        => AssertValid(s_ruleSet.Value, RepositoryFiles.ReadText($"{Golden}/default-catalogue.json"));

    [Fact]
    public void RuleSetSchema_LocalSet_IsValid()
        => AssertValid(s_ruleSet.Value, """{"id":"my-clinic","version":"1.0.0","extends":"redflags-lbp-default","disabled":[{"ruleId":"MAL-NIGHT-SWEATS","reason":"Audit"}]}""");

    [Fact]
    public void RuleSetSchema_UnknownProperty_IsInvalid()
        => Assert.NotEmpty(s_ruleSet.Value.Validate("""{"id":"my-clinic","version":"1.0.0","extends":"redflags-lbp-default","overides":[]}"""));

    [Theory]
    [MemberData(nameof(PresentationNames), MemberType = typeof(JsonTestData))]
    public void PresentationSchema_ExamplePresentation_IsValid(string name)
        => AssertValid(s_presentation.Value, RepositoryFiles.ReadText($"{Golden}/presentations/{name}.json"));

    [Theory]
    [MemberData(nameof(PresentationNames), MemberType = typeof(JsonTestData))]
    public void AssessmentSchema_GoldenAssessment_IsValid(string name)
        => AssertValid(s_assessment.Value, RepositoryFiles.ReadText($"{Golden}/assessments/{name}.json"));

    [Theory]
    [MemberData(nameof(PresentationNames), MemberType = typeof(JsonTestData))]
    public void SummarySchema_GoldenSummary_IsValid(string name)
        => AssertValid(s_summary.Value, RepositoryFiles.ReadText($"{Golden}/summaries/{name}.json"));

    [Theory]
    [InlineData("presentation.schema.json")]
    [InlineData("assessment.schema.json")]
    [InlineData("rule-set.schema.json")]
    [InlineData("assessment-summary.schema.json")]
    public void Schema_Id_IsTheRawUrlOfItsOwnFileOnMain(string file)
    {
        var id = System.Text.Json.Nodes.JsonNode.Parse(RepositoryFiles.ReadText($"docs/schemas/{file}"))!["$id"]!.GetValue<string>();

        Assert.Equal(JsonSchemas.Home + file, id);
        Assert.True(File.Exists(RepositoryFiles.PathOf(id.Replace("https://raw.githubusercontent.com/redflags-dotnet/redflags/main/", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void PresentationSchema_DocumentNamingItsSchema_IsValid()
        => AssertValid(s_presentation.Value, """{"$schema":"https://raw.githubusercontent.com/redflags-dotnet/redflags/main/docs/schemas/presentation.schema.json","assessmentDate":"2025-03-14"}""");

    [Fact]
    public void PresentationSchema_IntegerForFinding_IsInvalid()
        => Assert.NotEmpty(s_presentation.Value.Validate("""{"assessmentDate":"2025-03-14","pain":{"lumbar":2}}"""));

    // NJsonSchema does not resolve 2020-12 "$defs" references (RicoSuter/NJsonSchema#1536), so the test renames them
    // to the older "definitions" keyword before loading; the published schemas stay idiomatic 2020-12.
    private static JsonSchema Load(string file)
    {
        var text = RepositoryFiles.ReadText($"docs/schemas/{file}")
            .Replace("\"#/$defs/", "\"#/definitions/", StringComparison.Ordinal)
            .Replace("\"$defs\":", "\"definitions\":", StringComparison.Ordinal);
        return JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();
    }

    private static void AssertValid(JsonSchema schema, string json)
    {
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }
}
