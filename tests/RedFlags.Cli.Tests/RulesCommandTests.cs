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
            Assert.Equal("sha256:" + DefaultCatalogue.RuleSet.Fingerprint, result.Output.Trim());
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
    public void RulesFingerprint_NoFile_PrintsTheSameFormAsValidateAndTheReport()
    {
        var fingerprint = Cli.Run("rules", "fingerprint");
        var report = Cli.Run("assess", Path.Combine(Cli.Examples, "known-cancer.json"));

        Assert.True(fingerprint.ExitCode == 0, fingerprint.ToString());
        var printed = fingerprint.Output.Trim();
        Assert.Equal("sha256:" + DefaultCatalogue.RuleSet.Fingerprint, printed);
        Assert.Contains(printed, report.Output);
    }

    [Fact]
    public void RulesShow_MistypedRuleId_SuggestsTheNearestId()
    {
        var result = Cli.Run("rules", "show", "MAL-MSCC-NEUOR");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean: MAL-MSCC-NEURO?", result.Error);
    }

    [Fact]
    public void RulesValidate_MistypedFindingName_SuggestsTheNearestFinding()
    {
        var result = ValidateAddedRule("""{ "finding": "reducedAnalTon" }""");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(value: reducedAnalTon) Did you mean 'reducedAnalTone'?", result.Output);
    }

    [Fact]
    public void RulesValidate_MistypedQuantityName_SuggestsTheNearestQuantity()
    {
        var result = ValidateAddedRule("""{ "quantity": "ageYear", "greaterThan": 70 }""");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(value: ageYear) Did you mean 'ageYears'?", result.Output);
    }

    [Fact]
    public void RulesValidate_MistypedDisabledRuleId_SuggestsTheNearestRuleId()
    {
        var path = TempFile("""
            { "id": "local", "version": "1.0.0", "extends": "redflags-lbp-default",
              "disabled": [ { "ruleId": "FRX-FEMAEL", "reason": "Sex alone is not acted on here." } ] }
            """);
        try
        {
            var result = Cli.Run("rules", "validate", path);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("(value: FRX-FEMAEL) Did you mean 'FRX-FEMALE'?", result.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RulesValidate_Directory_SaysItIsADirectory()
    {
        var result = Cli.Run("rules", "validate", Path.GetTempPath());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a directory; give a file", result.Error);
        Assert.DoesNotContain("denied", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AssessRules_EmptyRuleFile_SaysItIsEmpty()
    {
        var path = TempFile(string.Empty);
        try
        {
            var result = Cli.Run("assess", Path.Combine(Cli.Examples, "known-cancer.json"), "--rules", path);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"the rule-set file '{path}' is empty; expected a rule-set JSON object.", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Redflags_UnknownCommand_ExitsTwo()
    {
        var result = Cli.Run("diagnose");

        Assert.Equal(2, result.ExitCode);
    }

    private static CliResult ValidateAddedRule(string criterion)
    {
        var path = TempFile($$"""
            { "id": "local", "version": "1.0.0", "extends": "redflags-lbp-default",
              "added": [ { "id": "LOCAL-1", "title": "A local rule", "condition": "malignancy", "criterion": {{criterion}},
                "recommendation": { "urgency": "soon", "action": "Review.", "timeframe": "2 weeks", "basis": "Local.", "patientAdvice": "We will review." },
                "clinicianText": "A local rule.", "patientText": "A local rule.", "evidence": [ { "citation": "Local", "tag": "design" } ] } ] }
            """);
        try
        {
            return Cli.Run("rules", "validate", path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"redflags-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
