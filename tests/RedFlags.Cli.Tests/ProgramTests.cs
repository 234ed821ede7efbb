namespace RedFlags.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void Redflags_MistypedCommand_SuggestsTheNearestCommand()
    {
        var result = Cli.Run("asess", "x.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'asess' is not a command or option of 'redflags'. Did you mean 'assess'?", result.Error);
    }

    [Fact]
    public void Assess_MistypedOption_SuggestsTheNearestOption()
    {
        // The parser takes --fomat as the FILE argument and rejects the words after it; the typo is still named.
        var result = Cli.Run("assess", "--fomat", "json", "x.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--fomat' is not a command or option of 'assess'. Did you mean '--format'?", result.Error);
    }

    [Fact]
    public void Rules_MistypedSubcommand_SuggestsTheNearestSubcommand()
    {
        var result = Cli.Run("rules", "fingerprnt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean 'fingerprint'?", result.Error);
    }

    [Fact]
    public void RulesHelp_OptionalArgument_IsListedAsTheCommandsUsageLineShowsIt()
    {
        var rules = Cli.Run("rules", "--help");
        var fingerprint = Cli.Run("rules", "fingerprint", "--help");

        Assert.True(rules.ExitCode == 0, rules.ToString());
        Assert.Contains("redflags rules fingerprint [<FILE>] [options]", fingerprint.Output);
        Assert.Contains(rules.OutputLines, line => line.StartsWith("  fingerprint [<FILE>]  ", StringComparison.Ordinal));
        Assert.Contains(rules.OutputLines, line => line.StartsWith("  show <ID>             Show one rule", StringComparison.Ordinal));
    }
}
