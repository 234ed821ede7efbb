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
            line => Process(line.Number, line.Text) is { } result ? Render(result, shape) : null,
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
            patient => Render(ProcessPatient(patient, assessmentDate), shape),
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
    public BatchResult ProcessPatient(BulkPatient patient, CalendarDate assessmentDate)
    {
        try
        {
            if (!FhirFeature.TryReadPatient(patient, assessmentDate, _setting ?? CareSetting.Unspecified, out var presentation, out var errors))
            {
                return new BatchResult(null, patient.Key, null, errors);
            }

            var assessment = _evaluator.Assess(presentation);
            return new BatchResult(null, patient.Key, assessment, []);
        }
        catch (RedFlagsValidationException exception)
        {
            return new BatchResult(null, patient.Key, null, exception.Errors);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Unexpected(null, patient.Key, exception);
        }
    }

    /// <summary>Assesses one line and returns its result, or null when the line is in another shard; never throws.</summary>
    public BatchResult? Process(long lineNumber, string text)
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

            var assessment = _evaluator.Assess(presentation);
            return new BatchResult(lineNumber, assessment.Id, assessment, []);
        }
        catch (RedFlagsValidationException exception)
        {
            return new BatchResult(lineNumber, PresentationId.Read(text), null, exception.Errors);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Unexpected(lineNumber, PresentationId.Read(text), exception);
        }
    }

    /// <summary>The result of an input the library failed on without saying why (it should not happen).</summary>
    private static BatchResult Unexpected(long? line, string? id, Exception exception) =>
        new(line, id, null, [new ValidationError(UnexpectedErrorCode, string.Empty, null, $"{exception.GetType().Name}: {exception.Message}")]);

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
