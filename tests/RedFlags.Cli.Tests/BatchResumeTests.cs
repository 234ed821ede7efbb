using System.Diagnostics;
using Parquet.Serialization;

namespace RedFlags.Cli.Tests;

/// <summary>Issue #21, item 4: --resume continues an interrupted run without repeating or losing a line.</summary>
public class BatchResumeTests
{
    [Theory]
    [InlineData("ndjson")]
    [InlineData("parquet")]
    public async Task Batch_StoppedBySigtermThenResumed_EqualsAnUninterruptedRun(string format)
    {
        var input = BatchInput.Write(25_000);
        var whole = BatchInput.TemporaryPath(format);
        var resumed = BatchInput.TemporaryPath(format);
        try
        {
            var uninterrupted = Cli.Run("batch", input, "--format", format, "--out", whole);
            Assert.True(uninterrupted.ExitCode == 0, uninterrupted.ToString());

            var stopped = await StopAfterFirstProgressAsync("batch", input, "--format", format, "--out", resumed);
            Assert.True(stopped.ExitCode == 143, stopped.ToString());
            var again = Cli.Run("batch", input, "--format", format, "--out", resumed, "--resume");

            Assert.True(again.ExitCode == 0, again.ToString());
            Assert.Contains("resuming", again.Error);
            if (format == "ndjson")
            {
                Assert.Equal(File.ReadAllText(whole), File.ReadAllText(resumed));
            }
            else
            {
                var expected = (await ParquetSerializer.DeserializeAsync<ParquetRow>(whole)).Data;
                var actual = (await ParquetSerializer.DeserializeAsync<ParquetRow>(resumed)).Data;
                Assert.Equal(expected.Count, actual.Count);
                Assert.Equal(expected.Select(r => (r.Line, r.Id, r.Urgency, r.DecidingRuleId)), actual.Select(r => (r.Line, r.Id, r.Urgency, r.DecidingRuleId)));
            }
        }
        finally
        {
            File.Delete(input);
            File.Delete(whole);
            File.Delete(resumed);
        }
    }

    [Fact]
    public void Batch_ResumeAfterARecordCutShort_WritesThatRecordAgainWhole()
    {
        var input = BatchInput.Write(300);
        var whole = BatchInput.TemporaryPath("ndjson");
        var cut = BatchInput.TemporaryPath("ndjson");
        try
        {
            Assert.Equal(0, Cli.Run("batch", input, "--out", whole).ExitCode);
            var text = File.ReadAllText(whole);
            // As a process killed mid-write leaves it: 120 whole records and half of the next.
            var end = Enumerable.Range(0, 120).Aggregate(-1, (at, _) => text.IndexOf('\n', at + 1));
            File.WriteAllText(cut, text[..(end + 1 + 200)]);

            var result = Cli.Run("batch", input, "--out", cut, "--resume");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("after input line 120", result.Error);
            Assert.Equal(text, File.ReadAllText(cut));
        }
        finally
        {
            File.Delete(input);
            File.Delete(whole);
            File.Delete(cut);
        }
    }

    [Fact]
    public void Batch_ResumeWithoutOut_IsAUsageError()
    {
        var result = Cli.Run("batch", Path.Combine(Cli.Examples, "cases.ndjson"), "--resume");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--resume continues the output file of an interrupted run: give it with --out FILE.", result.Error);
    }

    /// <summary>Runs the tool, sends SIGTERM once it reports its first 10,000 lines, and waits for it to stop.</summary>
    private static async Task<CliResult> StopAfterFirstProgressAsync(params string[] args)
    {
        using var process = Cli.Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var error = new System.Text.StringBuilder();
        while (await process.StandardError.ReadLineAsync() is string line)
        {
            error.AppendLine(line);
            if (line.Contains("10000 lines", StringComparison.Ordinal))
            {
                using var kill = Process.Start("kill", ["-s", "TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync();
            }
        }

        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await stdout, error.ToString());
    }
}
