using System.Diagnostics;
using System.Text.Json;

namespace RedFlags.Cli.Tests;

/// <summary>Issue #23, item 4: a batch stopped by a signal or a failed write says so, exits non-zero and leaves only whole
/// records. The signals are sent to the real process, and the pipe is closed by its real reader.</summary>
public class BatchStopTests
{
    [Theory]
    [InlineData("INT", 130, "SIGINT")]
    [InlineData("TERM", 143, "SIGTERM")]
    public async Task Batch_Signal_StopsWithWholeRecordsSummaryAndCancelledLine(string signal, int exitCode, string name)
    {
        var input = BatchInput.Write(40_000);
        var output = BatchInput.TemporaryPath("ndjson");
        try
        {
            using var process = Cli.Start("batch", input, "--output", "full", "--out", output);
            var stderr = process.StandardError.ReadToEndAsync();
            WaitUntil(() => File.Exists(output) && new FileInfo(output).Length > 200_000, process);
            Kill(signal, process.Id);
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the batch did not stop after the signal");
            var error = await stderr;

            Assert.True(process.ExitCode == exitCode, $"exit {process.ExitCode}\n{error}");
            Assert.Contains($"redflags batch: cancelled by {name}", error);
            var text = File.ReadAllText(output);
            Assert.EndsWith("\n", text);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.InRange(lines.Length, 1, 39_999);
            Assert.Equal(Enumerable.Range(1, lines.Length), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("line").GetInt32()));
            Assert.Contains($"{lines.Length} lines: {lines.Length} assessed", error);
            Assert.Contains($"every record up to input line {lines.Length} is written", error);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Batch_ReaderClosesThePipe_ExitsTwoNamingTheFailedWrite()
    {
        var input = BatchInput.Write(20_000);
        try
        {
            using var process = Cli.Start("batch", input);
            var stderr = process.StandardError.ReadToEndAsync();
            var buffer = new char[100];
            process.StandardOutput.ReadBlock(buffer, 0, buffer.Length);
            process.StandardOutput.Close();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the batch did not stop after its reader went away");

            Assert.True(process.ExitCode == 2, $"exit {process.ExitCode}");
            var error = await stderr;
            Assert.Contains("redflags batch: cannot write the results to standard output", error);
            Assert.Contains("the output is incomplete", error);
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void Batch_FullDisk_ExitsTwoNamingTheFailedWrite()
    {
        var input = BatchInput.Write(2_000);
        try
        {
            var result = Cli.Run("batch", input, "--out", "/dev/full");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("redflags batch: cannot write the results to '/dev/full'", result.Error);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static void WaitUntil(Func<bool> condition, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(process.HasExited, "the batch finished before the test could stop it");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the batch wrote nothing within 60 s");
            Thread.Sleep(20);
        }
    }

    private static void Kill(string signal, int processId)
    {
        using var kill = Process.Start("kill", ["-s", signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
