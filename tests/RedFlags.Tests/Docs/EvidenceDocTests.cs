using System.Text.RegularExpressions;
using RedFlags.Json;

namespace RedFlags.Tests.Docs;

/// <summary>Issue #18 item 10: every "evidence brief §" a rule, a report or the catalogue cites resolves to a section of
/// docs/evidence.md.</summary>
public partial class EvidenceDocTests
{
    [GeneratedRegex(@"§(\d+(?:\.\d+)?)")]
    private static partial Regex SectionReference();

    private static HashSet<string> SectionsOfEvidenceDoc()
        => RepositoryFiles.ReadText("docs/evidence.md").Split('\n')
            .Where(line => line.StartsWith('#'))
            .SelectMany(line => SectionReference().Matches(line).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Cited(string text) => SectionReference().Matches(text).Select(m => m.Groups[1].Value);

    [Fact]
    public void EvidenceDoc_EverySectionTheDefaultCatalogueCites_Exists()
    {
        var missing = Cited(RuleSetJson.Serialize(DefaultCatalogue.RuleSet)).Distinct().Except(SectionsOfEvidenceDoc()).Order().ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EvidenceDoc_EverySectionTheCoreSourceAndRuleCatalogueCite_Exists()
    {
        var core = Directory.GetFiles(RepositoryFiles.PathOf("src/RedFlags"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Append(RepositoryFiles.ReadText("docs/rule-catalogue.md"));

        var missing = core.SelectMany(Cited).Distinct().Except(SectionsOfEvidenceDoc()).Order().ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EvidenceDoc_SourcesWithoutAuthors_AreShownAsSuch()
    {
        var sources = RepositoryFiles.ReadText("docs/evidence.md").Split("## §12. Sources")[1].Split("## §13.")[0];

        Assert.Contains("PVR meta-analysis 2022", sources, StringComparison.Ordinal);
        Assert.Contains("Am J Emerg Med 2019", sources, StringComparison.Ordinal);
        Assert.All(
            sources.Split('\n').Where(line => line.Contains("not captured", StringComparison.Ordinal)),
            line => Assert.Contains("**", line, StringComparison.Ordinal));
    }
}
