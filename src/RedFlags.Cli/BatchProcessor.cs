using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using RedFlags.Cli.Batch;

namespace RedFlags.Cli;

/// <summary>
/// Assesses NDJSON lines in an <see cref="OrderedPipeline"/>, one result record per line in input order. A line that
/// fails produces an error result and never stops or corrupts the others. Stopping (a signal) ends the reading; the lines
/// already read are still assessed and written, so the output ends on a whole record.
/// </summary>
internal sealed class BatchProcessor
{
    /// <summary>The error code for a failure the library did not describe (it should not happen).</summary>
    public const string UnexpectedErrorCode = "RFCLI01";

    private readonly RedFlagEvaluator _evaluator;
    private readonly CalendarDate? _date;
    private readonly CalendarDate _today;
    private readonly CareSetting? _setting;
    private readonly Shard _shard;
    private readonly int _workers;

    /// <param name="evaluator">The evaluator.</param>
    /// <param name="date">The assessment date overriding every line's (<c>--date</c>).</param>
    /// <param name="today">The date of a line that gives none.</param>
    /// <param name="setting">The care setting overriding every line's (<c>--setting</c>).</param>
    /// <param name="shard">The shard whose lines are assessed; the others are left out.</param>
    /// <param name="workers">How many lines are assessed at once.</param>
    public BatchProcessor(RedFlagEvaluator evaluator, CalendarDate? date, CalendarDate today, CareSetting? setting, Shard shard, int workers)
    {
        _shard = shard;
        _evaluator = evaluator;
        _date = date;
        _today = today;
        _setting = setting;
        _workers = Math.Max(1, workers);
    }

    /// <summary>Assesses every line of <paramref name="input"/> and writes the records to <paramref name="sink"/>.</summary>
    /// <param name="input">The NDJSON input.</param>
    /// <param name="sink">Where the records go; a failure to write stops the run with that exception.</param>
    /// <param name="summary">Counts what was read and written, including when the run stops early.</param>
    /// <param name="progress">Called after each record.</param>
    /// <param name="stopReading">Ends the reading: the lines read so far are still assessed and written.</param>
    /// <param name="resumeAfter">The lines up to this one already have their records (<c>--resume</c>): they are read, not assessed.</param>
    public async Task RunAsync(NdjsonLineReader input, IResultSink sink, BatchSummary summary, Action<BatchSummary>? progress, CancellationToken stopReading, long resumeAfter = 0)
    {
        var shape = sink.JsonShape;
        await OrderedPipeline.RunAsync(
            ReadLinesAsync(input, summary, resumeAfter, stopReading),
            line => Process(line.Number, line.Text, Explains(shape)) is { } result ? Render(result, shape) : null,
            async record =>
            {
                if (record is null)
                {
                    summary.AddOtherShard();
                    return;
                }

                await sink.WriteAsync(record).ConfigureAwait(false);
                summary.Add(record.Result.Urgency, record.Result.Line ?? 0);
                progress?.Invoke(summary);
            },
            _workers,
            CancellationToken.None).ConfigureAwait(false);
        await sink.CompleteAsync().ConfigureAwait(false);
    }

    /// <summary>Assesses every patient of a partitioned FHIR bulk export and writes the records to <paramref name="sink"/>.</summary>
    /// <param name="patients">The patients.</param>
    /// <param name="assessmentDate">The assessment date (<c>--date</c> or the export's transactionTime).</param>
    /// <param name="sink">Where the records go.</param>
    /// <param name="summary">Counts what was written.</param>
    /// <param name="progress">Called after each record.</param>
    public async Task RunBulkAsync(IAsyncEnumerable<BulkPatient> patients, CalendarDate assessmentDate, IResultSink sink, BatchSummary summary, Action<BatchSummary>? progress)
    {
        var shape = sink.JsonShape;
        await OrderedPipeline.RunAsync(
            patients,
            patient => Render(ProcessPatient(patient, assessmentDate, Explains(shape)), shape),
            async record =>
            {
                await sink.WriteAsync(record).ConfigureAwait(false);
                summary.Add(record.Result.Urgency, 0);
                progress?.Invoke(summary);
            },
            _workers,
            CancellationToken.None).ConfigureAwait(false);
        await sink.CompleteAsync().ConfigureAwait(false);
    }

    /// <summary>Reads and assesses one patient of a bulk export; never throws.</summary>
    /// <param name="patient">The patient's resources.</param>
    /// <param name="assessmentDate">The assessment date.</param>
    /// <param name="explain">Whether the output needs the explained assessment (full, FHIR) and not only the summary.</param>
    public BatchResult ProcessPatient(BulkPatient patient, CalendarDate assessmentDate, bool explain)
    {
        try
        {
            if (!FhirFeature.TryReadPatient(patient, assessmentDate, _setting ?? CareSetting.Unspecified, out var presentation, out var errors))
            {
                return BatchResult.Failed(null, patient.Key, errors);
            }

            return BatchResult.Assessed(null, patient.Key, _evaluator, presentation, explain);
        }
        catch (RedFlagsValidationException exception)
        {
            return BatchResult.Failed(null, patient.Key, exception.Errors);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Unexpected(null, patient.Key, exception);
        }
    }

    /// <summary>Assesses one line and returns its result, or null when the line is in another shard; never throws.</summary>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="text">The line.</param>
    /// <param name="explain">Whether the output needs the explained assessment (full, FHIR) and not only the summary.</param>
    public BatchResult? Process(long lineNumber, string text, bool explain)
    {
        if (_shard.Count > 1 && !_shard.Contains(PresentationId.Read(text), lineNumber))
        {
            return null;
        }

        try
        {
            var presentation = PresentationInput.Parse(text, _date, _today);
            if (_setting is CareSetting setting)
            {
                presentation = presentation with { CareSetting = setting };
            }

            return BatchResult.Assessed(lineNumber, presentation.Id, _evaluator, presentation, explain);
        }
        catch (RedFlagsValidationException exception)
        {
            return BatchResult.Failed(lineNumber, PresentationId.Read(text), exception.Errors);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Unexpected(lineNumber, PresentationId.Read(text), exception);
        }
    }

    /// <summary>The result of an input the library failed on without saying why (it should not happen).</summary>
    private static BatchResult Unexpected(long? line, string? id, Exception exception) =>
        BatchResult.Failed(line, id, [new ValidationError(UnexpectedErrorCode, string.Empty, null, $"{exception.GetType().Name}: {exception.Message}")]);

    // Only the full and FHIR records write the explanation; a summary record or a Parquet row needs the summary alone.
    private static bool Explains(ResultShape? shape) => shape is ResultShape.Full or ResultShape.Fhir;

    private static BatchRecord Render(BatchResult result, ResultShape? shape) =>
        new(result, shape is ResultShape json ? ResultJson.Write(result, json) : null);

    /// <summary>The non-blank lines with their numbers; ends quietly when <paramref name="stopReading"/> is cancelled.</summary>
    private static async IAsyncEnumerable<(long Number, string Text)> ReadLinesAsync(NdjsonLineReader input, BatchSummary summary, long resumeAfter, CancellationToken stopReading, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long number = 0;
        while (true)
        {
            string? line;
            try
            {
                line = await input.ReadLineAsync(stopReading).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopReading.IsCancellationRequested)
            {
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (number <= resumeAfter)
            {
                continue;
            }

            if (JsonWhitespace.IsBlank(line))
            {
                summary.AddBlank();
                continue;
            }

            yield return (number, line);
            if (stopReading.IsCancellationRequested || cancellationToken.IsCancellationRequested)
            {
                yield break;
            }
        }
    }
}
