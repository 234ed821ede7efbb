using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using RedFlags.Cli.Batch;

namespace RedFlags.Cli;

/// <summary><c>redflags batch IN.ndjson [-o OUT.ndjson]</c>: many presentations, one result line each, in input order.</summary>
internal static class BatchCommand
{
    /// <summary>Without a terminal on standard error, progress is reported every this many lines.</summary>
    public const int ProgressEveryLines = 10_000;

    public static async Task<int> RunAsync(string inputPath, string? outputPath, CalendarDate? date, string? rulesPath, CancellationToken cancellationToken)
    {
        if (!RuleSetSource.TryLoad(rulesPath, out var ruleSet, out var exitCode))
        {
            return exitCode;
        }

        using var inputStream = InputFiles.TryOpen(inputPath);
        if (inputStream is null)
        {
            return ExitCodes.UsageOrIOError;
        }

        var target = outputPath is null ? "standard output" : $"'{outputPath}'";
        Stream outputStream;
        try
        {
            outputStream = outputPath is null
                ? StandardOutput.Open()
                : new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"redflags: cannot write '{outputPath}': {exception.Message}");
            return ExitCodes.UsageOrIOError;
        }

        using var signals = new StopSignals();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(signals.Token, cancellationToken);
        var processor = new BatchProcessor(new RedFlagEvaluator(ruleSet), date, PresentationInput.Today, Environment.ProcessorCount);
        var progress = new Progress(!Console.IsErrorRedirected);
        var clock = Stopwatch.StartNew();
        var summary = new BatchSummary();
        var writer = new StreamWriter(outputStream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n", AutoFlush = false };
        try
        {
            using var reader = new StreamReader(inputStream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            await processor.RunAsync(new NdjsonLineReader(reader), writer, summary, progress.Report, stop.Token).ConfigureAwait(false);
            await writer.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (IsIOError(exception))
        {
            // A closed pipe or a full disk: the records before the failure are all that was written.
            progress.Clear();
            DisposeQuietly(writer);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: cannot write the results to {target}: {(exception.InnerException ?? exception).Message}"));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: stopped; the output is incomplete after the record of input line {summary.LastLine}. {summary}"));
            return ExitCodes.UsageOrIOError;
        }

        progress.Clear();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: {summary} ({seconds:0.0} s)"));
        if (signals.Received is PosixSignal signal)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: cancelled by {signal}; every record up to input line {summary.LastLine} is written and whole."));
            return signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
        }

        return summary.Failed > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    /// <summary>Closes the output after a write failure, when flushing what is left would fail again.</summary>
    private static void DisposeQuietly(StreamWriter writer)
    {
        try
        {
            writer.Dispose();
        }
        catch (Exception exception) when (IsIOError(exception))
        {
            // Already reported: the first failure is the one the user needs.
        }
    }

    private static bool IsIOError(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => true,
        ChannelClosedException { InnerException: { } inner } => IsIOError(inner),
        _ => false,
    };

    /// <summary>Progress on standard error: a self-updating line on a terminal, otherwise a line every N results.</summary>
    private sealed class Progress
    {
        private readonly bool _terminal;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastTick = -1;
        private bool _shown;

        public Progress(bool terminal) => _terminal = terminal;

        public void Report(BatchSummary summary)
        {
            var written = summary.Written;
            if (_terminal)
            {
                var tick = _clock.ElapsedMilliseconds / 250;
                if (tick != _lastTick && _clock.ElapsedMilliseconds > 500)
                {
                    _lastTick = tick;
                    _shown = true;
                    Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rredflags batch: {written:N0} lines, {summary.Failed:N0} failed "));
                }
            }
            else if (written % ProgressEveryLines == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: {written} lines, {summary.Failed} failed"));
            }
        }

        public void Clear()
        {
            if (_shown)
            {
                Console.Error.Write("\r" + new string(' ', 60) + "\r");
                _shown = false;
            }
        }
    }
}
