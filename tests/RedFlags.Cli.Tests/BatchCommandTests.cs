using System.Text.Json;
using RedFlags.Json;

namespace RedFlags.Cli.Tests;

public class BatchCommandTests
{
    [Fact]
    public void Batch_BadLinesInTheMiddle_KeepsEveryGoodLineInOrderAndReportsEachBadLine()
    {
        var input = Cli.Fixture("mixed.ndjson");
        var inputLines = File.ReadAllLines(input);

        var result = Cli.Run("batch", input, "--output", "full");

        Assert.True(result.ExitCode == 1, result.ToString());
        var output = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(new long[] { 1, 2, 3, 4, 5, 7, 8, 9 }, output.Select(o => o.GetProperty("line").GetInt64()));
        var failed = output.Where(o => o.TryGetProperty("errors", out _)).Select(o => o.GetProperty("line").GetInt64());
        Assert.Equal(new long[] { 3, 5, 8 }, failed);
        Assert.All(
            output.Where(o => o.TryGetProperty("errors", out _)),
            o => Assert.NotEqual(0, o.GetProperty("errors").GetArrayLength()));
        var invalidValues = output.Single(o => o.GetProperty("line").GetInt64() == 5).GetProperty("errors");
        Assert.True(invalidValues.GetArrayLength() >= 2, invalidValues.ToString());

        var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
        foreach (var good in output.Where(o => o.TryGetProperty("assessment", out _)))
        {
            var line = (int)good.GetProperty("line").GetInt64();
            var expected = evaluator.Assess(RedFlagsJson.ParsePresentation(inputLines[line - 1]));
            var actual = RedFlagsJson.ParseAssessment(good.GetProperty("assessment").GetRawText());
            Assert.Equal(expected, actual);
            Assert.Equal(expected.Urgency.ToString(), good.GetProperty("urgency").GetString(), ignoreCase: true);
        }

        Assert.Contains("3 failed", result.Error);
    }

    [Fact]
    public void Batch_ExampleCases_AssessesEveryLineInInputOrderAndExitsZero()
    {
        var input = Path.Combine(Cli.Examples, "cases.ndjson");
        var inputLines = File.ReadAllLines(input);
        var output = Path.Combine(Path.GetTempPath(), $"redflags-{Guid.NewGuid():N}.ndjson");
        try
        {
            var result = Cli.Run("batch", input, "--out", output);

            Assert.True(result.ExitCode == 0, result.ToString());
            var lines = File.ReadAllLines(output);
            Assert.Equal(inputLines.Length, lines.Length);
            var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
            var counts = new Dictionary<string, int>();
            for (var i = 0; i < lines.Length; i++)
            {
                var root = JsonDocument.Parse(lines[i]).RootElement;
                Assert.Equal(i + 1, root.GetProperty("line").GetInt32());
                var expected = evaluator.AssessUrgency(RedFlagsJson.ParsePresentation(inputLines[i]));
                var urgency = root.GetProperty("urgency").GetString()!;
                Assert.Equal(expected.ToString(), urgency, ignoreCase: true);
                counts[urgency] = counts.GetValueOrDefault(urgency) + 1;
            }

            Assert.Contains($"{inputLines.Length} assessed", result.Error);
            Assert.Contains($"emergency {counts.GetValueOrDefault("emergency")}", result.Error);
            Assert.Equal(string.Empty, result.Output);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Batch_StandardInput_WritesResultsToStandardOutput()
    {
        var line = File.ReadAllText(Path.Combine(Cli.Examples, "13-no-red-flags.json")).ReplaceLineEndings(" ");

        var result = Cli.RunWithInput(line + "\n" + line + "\n", "batch", "-");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, result.OutputLines.Length);
        Assert.All(result.OutputLines, l => Assert.Contains("\"urgency\":\"routine\"", l));
    }

    [Fact]
    public void Batch_MissingInput_ExitsTwo()
    {
        var result = Cli.Run("batch", "no-such-file.ndjson");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-file.ndjson", result.Error);
    }

    [Fact]
    public void Batch_ErrorMessageWithQuotes_IsEscapedAsTheLibrarysJson()
    {
        var result = Cli.RunWithInput("{\"ageYears\":50,\"colour\":\"red\"}\n", "batch", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unknown property 'colour'.", result.Output);
        Assert.DoesNotContain("\\u0027", result.Output);
    }
}
