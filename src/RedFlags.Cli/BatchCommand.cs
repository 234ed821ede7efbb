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
/// <param name="InputPath">The NDJSON input, <c>-</c> for standard input, or null with <paramref name="FhirBulk"/>.</param>
/// <param name="OutPath">The output file (<c>--out</c>), or null for standard output.</param>
/// <param name="Shape">What each record holds (<c>--output</c>).</param>
/// <param name="Format">ndjson or parquet (<c>--format</c>).</param>
/// <param name="Setting">The care setting overriding every line's, if given.</param>
/// <param name="Date">The assessment date overriding every line's, if given.</param>
/// <param name="RulesPath">The rule-set file, or null for the default catalogue.</param>
/// <param name="Shard">The shard to assess (<c>--shard i/N</c>); <see cref="Shard.All"/> for every line.</param>
/// <param name="Resume">Whether to continue the output file of an interrupted run (<c>--resume</c>).</param>
/// <param name="FhirBulk">The directory of a FHIR bulk export to read instead of NDJSON presentations (<c>--fhir-bulk</c>).</param>
/// <param name="AllowErrors">Whether a run that completes exits 0 even when some inputs failed (<c>--allow-errors</c>).</param>
internal sealed record BatchOptions(string? InputPath, string? OutPath, ResultShape Shape, string Format, CareSetting? Setting, CalendarDate? Date, string? RulesPath, Shard Shard, bool Resume, string? FhirBulk = null, bool AllowErrors = false);

/// <summary><c>redflags batch IN.ndjson [--out FILE]</c>: many presentations, one result record each, in input order.</summary>
internal static class BatchCommand
{
    /// <summary>Without a terminal on standard error, progress is reported every this many lines.</summary>
    public const int ProgressEveryLines = 10_000;

    public static async Task<int> RunAsync(BatchOptions options, CancellationToken cancellationToken)
    {
        var parquet = options.Format == "parquet";
        var needsFhir = options.Shape == ResultShape.Fhir || options.FhirBulk is not null;
        if ((parquet && !ParquetFeature.IsAvailable) || (needsFhir && !FhirFeature.IsAvailable))
        {
            Console.Error.WriteLine("redflags: " + (parquet && !ParquetFeature.IsAvailable ? ExitCodes.ParquetNotAvailableMessage : ExitCodes.FhirNotAvailableMessage));
            return ExitCodes.NotAvailable;
        }

        if (UsageError(options, parquet) is string usage)
        {
            Console.Error.WriteLine("redflags: " + usage);
            return ExitCodes.UsageOrIOError;
        }

        if (!RuleSetSource.TryLoad(options.RulesPath, out var ruleSet, out var exitCode))
        {
            return exitCode;
        }

        // The input is opened (or the export partitioned) before the output, so that a bad input leaves no output file.
        using var signals = new StopSignals();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(signals.Token, cancellationToken);
        Stream? inputStream = null;
        BulkInput? bulk = null;
        if (options.FhirBulk is string directory)
        {
            bulk = await BulkInput.TryOpenAsync(directory, options.Date, options.Shard, stop.Token).ConfigureAwait(false);
            if (bulk is null)
            {
                return signals.Received is PosixSignal early ? Cancelled(early, "before any patient was assessed") : ExitCodes.UsageOrIOError;
            }
        }
        else
        {
            inputStream = InputFiles.TryOpen(options.InputPath!);
            if (inputStream is null)
            {
                return ExitCodes.UsageOrIOError;
            }
        }

        using var input = inputStream;
        using var export = bulk;
        var target = options.OutPath is null ? "standard output" : $"'{options.OutPath}'";
        if (await OutputSink.TryOpenAsync(options, parquet).ConfigureAwait(false) is not { } output)
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
            var processor = new BatchProcessor(new RedFlagEvaluator(ruleSet), options.Date, PresentationInput.Today, options.Setting, options.Shard, Environment.ProcessorCount);
            var progress = new Progress(!Console.IsErrorRedirected);
            var clock = Stopwatch.StartNew();
            var summary = new BatchSummary { Noun = export is null ? "lines" : "patients" };
            try
            {
                if (export is not null)
                {
                    await processor.RunBulkAsync(export.Partitions.PatientsAsync(stop.Token), export.AssessmentDate, sink, summary, progress.Report).ConfigureAwait(false);
                }
                else
                {
                    using var reader = new StreamReader(input!, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
                    await processor.RunAsync(new NdjsonLineReader(reader), sink, summary, progress.Report, stop.Token, resumeAfter).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (IOFailure(exception) is not null)
            {
                // A closed pipe or a full disk: the records before the failure are all that was written.
                progress.Clear();
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: cannot write the results to {target}: {IOFailure(exception)!.Message}"));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: stopped; the output is incomplete after {summary.Written} records. {summary}"));
                return ExitCodes.UsageOrIOError;
            }

            progress.Clear();
            var seconds = clock.Elapsed.TotalSeconds;
            if (export is not null)
            {
                foreach (var line in export.Stats.Report())
                {
                    Console.Error.WriteLine("redflags batch: " + line);
                }
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: {summary} ({seconds:0.0} s)"));
            if (signals.Received is PosixSignal signal)
            {
                var where = export is null
                    ? string.Create(CultureInfo.InvariantCulture, $"every record up to input line {summary.LastLine} is written and whole (--resume continues from there)")
                    : string.Create(CultureInfo.InvariantCulture, $"{summary.Written} patients written, whole");
                return Cancelled(signal, where);
            }

            return summary.Failed > 0 && !options.AllowErrors ? ExitCodes.InvalidInput : ExitCodes.Success;
        }
    }

    /// <summary>What is wrong with a combination of options, or null.</summary>
    private static string? UsageError(BatchOptions options, bool parquet)
    {
        if ((options.InputPath is null) == (options.FhirBulk is null))
        {
            return "give either an NDJSON input (IN, or - for standard input) or --fhir-bulk DIR, not both.";
        }

        if (parquet && options.OutPath is null)
        {
            // Parquet ends with a footer written after every row group, which needs a file to seek in.
            return "--format parquet writes a file: give it with --out FILE.";
        }

        if (options.Resume && options.OutPath is null)
        {
            return "--resume continues the output file of an interrupted run: give it with --out FILE.";
        }

        if (options.Resume && options.FhirBulk is not null)
        {
            return "--resume continues NDJSON input only; run a stopped --fhir-bulk shard again from the start.";
        }

        return null;
    }

    private static int Cancelled(PosixSignal signal, string where)
    {
        Console.Error.WriteLine($"redflags batch: cancelled by {signal}; {where}.");
        return signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
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
                    Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rredflags batch: {written:N0} {summary.Noun}, {summary.Failed:N0} failed "));
                }
            }
            else if (written % ProgressEveryLines == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflags batch: {written} {summary.Noun}, {summary.Failed} failed"));
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
