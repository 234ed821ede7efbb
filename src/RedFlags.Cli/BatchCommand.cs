using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedFlags.Cli.Batch;

namespace RedFlags.Cli;

/// <summary>The options of <c>redflags batch</c>.</summary>
/// <param name="InputPath">The NDJSON input, or <c>-</c> for standard input.</param>
/// <param name="OutPath">The output file (<c>--out</c>), or null for standard output.</param>
/// <param name="Shape">What each record holds (<c>--output</c>).</param>
/// <param name="Format">ndjson or parquet (<c>--format</c>).</param>
/// <param name="Setting">The care setting overriding every line's, if given.</param>
/// <param name="Date">The assessment date overriding every line's, if given.</param>
/// <param name="RulesPath">The rule-set file, or null for the default catalogue.</param>
/// <param name="Shard">The shard to assess (<c>--shard i/N</c>); <see cref="Shard.All"/> for every line.</param>
/// <param name="Resume">Whether to continue the output file of an interrupted run (<c>--resume</c>).</param>
internal sealed record BatchOptions(string InputPath, string? OutPath, ResultShape Shape, string Format, CareSetting? Setting, CalendarDate? Date, string? RulesPath, Shard Shard, bool Resume);

/// <summary><c>redflags batch IN.ndjson [--out FILE]</c>: many presentations, one result record each, in input order.</summary>
internal static class BatchCommand
{
    /// <summary>Without a terminal on standard error, progress is reported every this many lines.</summary>
    public const int ProgressEveryLines = 10_000;

    public static async Task<int> RunAsync(BatchOptions options, CancellationToken cancellationToken)
    {
        var parquet = options.Format == "parquet";
        if ((parquet && !ParquetFeature.IsAvailable) || (options.Shape == ResultShape.Fhir && !FhirFeature.IsAvailable))
        {
            Console.Error.WriteLine("redflags: " + (parquet && !ParquetFeature.IsAvailable ? ExitCodes.ParquetNotAvailableMessage : ExitCodes.FhirNotAvailableMessage));
            return ExitCodes.NotAvailable;
        }

        if (parquet && options.OutPath is null)
        {
            // Parquet ends with a footer written after every row group, which needs a file to seek in.
            Console.Error.WriteLine("redflags: --format parquet writes a file: give it with --out FILE.");
            return ExitCodes.UsageOrIOError;
        }

        if (!RuleSetSource.TryLoad(options.RulesPath, out var ruleSet, out var exitCode))
        {
            return exitCode;
        }

        using var inputStream = InputFiles.TryOpen(options.InputPath);
        if (inputStream is null)
        {
            return ExitCodes.UsageOrIOError;
        }

        if (options.Resume && options.OutPath is null)
        {
            Console.Error.WriteLine("redflags: --resume continues the output file of an interrupted run: give it with --out FILE.");
            return ExitCodes.UsageOrIOError;
        }

        var target = options.OutPath is null ? "standard output" : $"'{options.OutPath}'";
        var opened = await OutputSink.TryOpenAsync(options, parquet).ConfigureAwait(false);
        if (opened is not { } output)
        {
            return ExitCodes.UsageOrIOError;
        }

        var (sink, resumeAfter) = output;

        if (resumeAfter > 0)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: resuming {target} after input line {resumeAfter}."));
        }

        await using (sink.ConfigureAwait(false))
        {
            using var signals = new StopSignals();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(signals.Token, cancellationToken);
            var processor = new BatchProcessor(new RedFlagEvaluator(ruleSet), options.Date, PresentationInput.Today, options.Setting, options.Shard, Environment.ProcessorCount);
            var progress = new Progress(!Console.IsErrorRedirected);
            var clock = Stopwatch.StartNew();
            var summary = new BatchSummary();
            try
            {
                using var reader = new StreamReader(inputStream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
                await processor.RunAsync(new NdjsonLineReader(reader), sink, summary, progress.Report, stop.Token, resumeAfter).ConfigureAwait(false);
            }
            catch (Exception exception) when (IOFailure(exception) is not null)
            {
                // A closed pipe or a full disk: the records before the failure are all that was written.
                progress.Clear();
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: cannot write the results to {target}: {IOFailure(exception)!.Message}"));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: stopped; the output is incomplete after the record of input line {summary.LastLine}. {summary}"));
                return ExitCodes.UsageOrIOError;
            }

            progress.Clear();
            var seconds = clock.Elapsed.TotalSeconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: {summary} ({seconds:0.0} s)"));
            if (signals.Received is PosixSignal signal)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: cancelled by {signal}; every record up to input line {summary.LastLine} is written and whole (--resume continues from there)."));
                return signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
            }

            return summary.Failed > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        }
    }

    /// <summary>The I/O failure behind an exception (Parquet.Net and channels wrap it), or null when it is not one.</summary>
    private static Exception? IOFailure(Exception? exception) => exception switch
    {
        null => null,
        IOException or UnauthorizedAccessException => exception,
        _ => IOFailure(exception.InnerException),
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
