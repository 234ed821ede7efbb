using RedFlags.Json;
using static RedFlags.Tests.Json.JsonTestData;

namespace RedFlags.Tests.Json;

/// <summary>Serializer output is compared with files in the repository; run with UPDATE_GOLDEN=1 to accept a change.</summary>
public class JsonGoldenTests
{
    [Fact]
    public void Serialize_DefaultCatalogue_MatchesGoldenFile()
        => AssertMatchesFile(Path.Combine(GoldenDirectory, "default-catalogue.json"), RuleSetJson.Serialize(DefaultCatalogue.RuleSet));

    [Theory]
    [MemberData(nameof(PresentationNames), MemberType = typeof(JsonTestData))]
    public void Serialize_ExamplePresentation_MatchesGoldenFile(string name)
    {
        var path = Path.Combine(GoldenDirectory, "presentations", name + ".json");

        AssertMatchesFile(path, RedFlagsJson.Serialize(Presentations[name], indented: true));
        Assert.Equal(Presentations[name], RedFlagsJson.ParsePresentation(File.ReadAllText(path)));
    }

    [Fact]
    public void PresentationSchema_MatchesDocsFile()
        => AssertMatchesFile(Path.Combine(RepositoryRoot(), "docs", "schemas", "presentation.schema.json"), RedFlagsJson.PresentationSchema());

    [Fact]
    public void RuleSetSchema_MatchesDocsFile()
        => AssertMatchesFile(Path.Combine(RepositoryRoot(), "docs", "schemas", "rule-set.schema.json"), RuleSetJson.Schema());
}
