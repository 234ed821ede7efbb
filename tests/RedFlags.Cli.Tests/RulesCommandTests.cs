using System.Text.RegularExpressions;
using RedFlags.Json;

namespace RedFlags.Cli.Tests;

public class RulesCommandTests
{
    [Fact]
    public void RulesFingerprint_DefaultCatalogueJson_PrintsTheDefaultFingerprint()
    {
        var path = TempFile(RuleSetJson.Serialize(DefaultCatalogue.RuleSet));
        try
        {
            var result = Cli.Run("rules", "fingerprint", path);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(DefaultCatalogue.RuleSet.Fingerprint, result.Output.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RulesExport_DefaultCatalogue_ValidatesAndLoadsBackToTheSameRuleSet()
    {
        var export = Cli.Run("rules", "export");
        Assert.True(export.ExitCode == 0, export.ToString());
        var path = TempFile(export.Output);
        try
        {
            var result = Cli.Run("rules", "validate", path);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(DefaultCatalogue.RuleSet.Fingerprint, result.Output);
            Assert.Equal(DefaultCatalogue.RuleSet, RuleSetJson.LoadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RulesValidate_MalformedJson_ReportsLineAndPositionAndExitsOne()
    {
        var path = Cli.Fixture("rules-malformed.json");

        var result = Cli.Run("rules", "validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches($@"{Regex.Escape(path)}:\d+:\d+: ", result.Output);
    }

    [Fact]
    public void RulesValidate_InvalidRules_ReportsEveryProblemWithLineAndPositionAndExitsOne()
    {
        var path = Cli.Fixture("rules-invalid.json");
        var expected = RuleSetJson.Validate(File.ReadAllText(path));

        var result = Cli.Run("rules", "validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.True(expected.Errors.Count >= 2, string.Join("\n", expected.Errors));
        foreach (var error in expected.Errors)
        {
            Assert.Contains($"{path}:{error.Line}:{error.Position}: {error.Code}", result.Output);
        }
    }

    [Fact]
    public void RulesList_DefaultCatalogue_ListsEveryRule()
    {
        var result = Cli.Run("rules", "list");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(DefaultCatalogue.RuleSet.Rules, rule => Assert.Contains(rule.Id, result.Output));
    }

    [Fact]
    public void RulesShow_KnownRule_ShowsCriterionRecommendationAndEvidence()
    {
        DefaultCatalogue.RuleSet.TryGetRule("CES-SADDLE-SENSORY", out var rule);

        var result = Cli.Run("rules", "show", "CES-SADDLE-SENSORY");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(rule!.Criterion.ToString(), result.Output);
        Assert.Contains(rule.Recommendation.Timeframe, result.Output);
        Assert.Contains(rule.Evidence[0].Citation, result.Output);
    }

    [Fact]
    public void RulesShow_RuleWithADesignSource_ShowsTheTagAsTheCatalogueWritesIt()
    {
        // The CLI wrote "[D] design choice"; the catalogue, assessments and Vocabulary.Marker write "[design]".
        var result = Cli.Run("rules", "show", "FRX-NEURO-DEFICIT");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("[design] design choice", result.Output);
        Assert.DoesNotContain("[D]", result.Output);
    }

    [Fact]
    public void RulesShow_UnknownRule_ExitsTwo()
    {
        var result = Cli.Run("rules", "show", "NO-SUCH-RULE");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NO-SUCH-RULE", result.Error);
    }

    [Fact]
    public void Redflags_UnknownCommand_ExitsTwo()
    {
        var result = Cli.Run("diagnose");

        Assert.Equal(2, result.ExitCode);
    }

    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"redflags-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
