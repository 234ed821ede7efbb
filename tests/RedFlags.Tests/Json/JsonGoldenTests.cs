using RedFlags.Json;
using static RedFlags.Tests.Json.JsonTestData;

namespace RedFlags.Tests.Json;

/// <summary>Serializer output is compared with files in the repository; run with UPDATE_DOCS=1 to accept a change.</summary>
public class JsonGoldenTests
{
    [Fact]
    public void Serialize_DefaultCatalogue_MatchesGoldenFile()
        => AssertMatchesFile($"{Golden}/default-catalogue.json", RuleSetJson.Serialize(DefaultCatalogue.RuleSet));

    [Theory]
    [MemberData(nameof(PresentationNames), MemberType = typeof(JsonTestData))]
    public void Serialize_ExamplePresentation_MatchesGoldenFile(string name)
    {
        var file = $"{Golden}/presentations/{name}.json";

        AssertMatchesFile(file, RedFlagsJson.Serialize(Presentations[name], indented: true));
        Assert.Equal(Presentations[name], RedFlagsJson.ParsePresentation(RepositoryFiles.ReadText(file)));
    }

    [Fact]
    public void PresentationSchema_Generated_MatchesDocsFile()
        => AssertMatchesFile("docs/schemas/presentation.schema.json", RedFlagsJson.PresentationSchema());

    [Fact]
    public void SummarySchema_Generated_MatchesDocsFile()
        => AssertMatchesFile("docs/schemas/assessment-summary.schema.json", JsonSchemas.Summary());

    [Fact]
    public void AssessmentSchema_Generated_MatchesDocsFile()
        => AssertMatchesFile("docs/schemas/assessment.schema.json", JsonSchemas.Assessment());

    [Theory]
    [MemberData(nameof(PresentationNames), MemberType = typeof(JsonTestData))]
    public void Serialize_ExampleAssessment_MatchesGoldenFile(string name)
    {
        var file = $"{Golden}/assessments/{name}.json";
        var assessment = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(Presentations[name]);

        AssertMatchesFile(file, RedFlagsJson.Serialize(assessment, indented: true));
        Assert.Equal(assessment, RedFlagsJson.ParseAssessment(RepositoryFiles.ReadText(file)));
    }

    [Theory]
    [MemberData(nameof(PresentationNames), MemberType = typeof(JsonTestData))]
    public void SerializeSummary_ExampleAssessment_MatchesGoldenFile(string name)
    {
        var file = $"{Golden}/summaries/{name}.json";
        var summary = AssessmentSummary.Of(new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(Presentations[name]));

        AssertMatchesFile(file, RedFlagsJson.SerializeSummary(summary, indented: true));
        Assert.Equal(summary, RedFlagsJson.ParseSummary(RepositoryFiles.ReadText(file)));
    }

    [Fact]
    public void RuleSetSchema_Generated_MatchesDocsFile()
        => AssertMatchesFile("docs/schemas/rule-set.schema.json", RuleSetJson.Schema());

    // The serializer writes no final newline; the committed files end with one.
    private static void AssertMatchesFile(string relative, string json) => RepositoryFiles.AssertUpToDate(relative, json + "\n");
}
