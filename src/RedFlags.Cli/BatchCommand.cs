using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

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

        Stream outputStream;
        try
        {
            outputStream = outputPath is null
                ? Console.OpenStandardOutput()
                : new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"redflags: cannot write '{outputPath}': {exception.Message}");
            return ExitCodes.UsageOrIOError;
        }

        var processor = new BatchProcessor(new RedFlagEvaluator(ruleSet), date, PresentationInput.Today, Environment.ProcessorCount);
        var progress = new Progress(!Console.IsErrorRedirected);
        var clock = Stopwatch.StartNew();
        BatchSummary summary;
        try
        {
            using var reader = new StreamReader(inputStream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            await using var writer = new StreamWriter(outputStream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n", AutoFlush = false };
            summary = await processor.RunAsync(reader, writer, progress.Report, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            progress.Clear();
            Console.Error.WriteLine("redflags batch: cancelled; the output is incomplete.");
            return ExitCodes.UsageOrIOError;
        }
        catch (Exception exception) when (IsIOError(exception))
        {
            progress.Clear();
            Console.Error.WriteLine($"redflags batch: I/O error: {(exception.InnerException ?? exception).Message}");
            return ExitCodes.UsageOrIOError;
        }

        progress.Clear();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: {summary} ({seconds:0.0} s)"));
        return summary.Failed > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
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
