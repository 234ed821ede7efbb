using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using RedFlags.Json;

namespace RedFlags.Cli;

/// <summary>
/// Assesses NDJSON in an ordered parallel pipeline: one reader, one worker per core, one writer. Lines enter two bounded
/// channels (a work queue and an in-order queue of the same items), so memory stays constant however long the input is,
/// every core is used, and results leave in input order. A line that fails produces an error result and never stops or
/// corrupts the others.
/// </summary>
internal sealed class BatchProcessor
{
    /// <summary>The error code for a failure the library did not describe (it should not happen).</summary>
    public const string UnexpectedErrorCode = "RFCLI01";

    private readonly RedFlagEvaluator _evaluator;
    private readonly CalendarDate? _date;
    private readonly CalendarDate _today;
    private readonly int _workers;

    public BatchProcessor(RedFlagEvaluator evaluator, CalendarDate? date, CalendarDate today, int workers)
    {
        _evaluator = evaluator;
        _date = date;
        _today = today;
        _workers = Math.Max(1, workers);
    }

    public async Task<BatchSummary> RunAsync(TextReader input, TextWriter output, Action<BatchSummary>? progress, CancellationToken cancellationToken)
    {
        var window = Math.Max(256, _workers * 64);
        var inOrder = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(window) { SingleReader = false, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var summary = new BatchSummary();

        var reader = Task.Run(() => ReadAsync(input, inOrder.Writer, work.Writer, summary, stop.Token), stop.Token);
        var workers = Enumerable.Range(0, _workers)
            .Select(_ => Task.Run(() => WorkAsync(work.Reader, stop.Token), stop.Token))
            .ToArray();

        try
        {
            await foreach (var item in inOrder.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var result = await item.Result.ConfigureAwait(false);
                await output.WriteLineAsync(result.Json).ConfigureAwait(false);
                summary.Add(result.Urgency);
                progress?.Invoke(summary);
            }

            await reader.ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return summary;
    }

    /// <summary>Assesses one line and returns its NDJSON result; never throws.</summary>
    public LineResult Process(long lineNumber, string text)
    {
        try
        {
            var presentation = PresentationInput.Parse(text, _date, _today);
            var assessment = _evaluator.Assess(presentation);
            return new LineResult(Success(lineNumber, assessment), assessment.Urgency);
        }
        catch (RedFlagsValidationException exception)
        {
            return new LineResult(Failure(lineNumber, exception.Errors), null);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var error = new ValidationError(UnexpectedErrorCode, string.Empty, null, $"{exception.GetType().Name}: {exception.Message}");
            return new LineResult(Failure(lineNumber, [error]), null);
        }
    }

    private static async Task ReadAsync(TextReader input, ChannelWriter<WorkItem> inOrder, ChannelWriter<WorkItem> work, BatchSummary summary, CancellationToken cancellationToken)
    {
        try
        {
            long lineNumber = 0;
            while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is string line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    summary.AddBlank();
                    continue;
                }

                var item = new WorkItem(lineNumber, line);
                await inOrder.WriteAsync(item, cancellationToken).ConfigureAwait(false);
                await work.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }

            inOrder.TryComplete();
            work.TryComplete();
        }
        catch (Exception exception)
        {
            inOrder.TryComplete(exception);
            work.TryComplete(exception);
            throw;
        }
    }

    private async Task WorkAsync(ChannelReader<WorkItem> work, CancellationToken cancellationToken)
    {
        await foreach (var item in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            item.Complete(Process(item.LineNumber, item.Text));
        }
    }

    private static string Success(long lineNumber, Assessment assessment)
    {
        var json = RedFlagsJson.Serialize(assessment);
        return Write(writer =>
        {
            writer.WriteNumber("line", lineNumber);
            writer.WriteString("urgency", Names.Json(assessment.Urgency));
            writer.WritePropertyName("assessment");
            writer.WriteRawValue(json, skipInputValidation: true);
        });
    }

    private static string Failure(long lineNumber, IReadOnlyList<ValidationError> errors) => Write(writer =>
    {
        writer.WriteNumber("line", lineNumber);
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("code", error.Code);
            writer.WriteString("path", error.Path);
            if (error.Value is not null)
            {
                writer.WriteString("value", error.Value);
            }

            writer.WriteString("message", error.Message);
            if (error.Line is long line)
            {
                writer.WriteNumber("line", line);
            }

            if (error.Position is long position)
            {
                writer.WriteNumber("position", position);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        // The escaping of the library's own JSON (RedFlagsJson): ' stays ', not \u0027, in messages and values.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The NDJSON result of one line, and its urgency (null when the line failed).</summary>
    internal readonly record struct LineResult(string Json, Urgency? Urgency);

    private sealed class WorkItem
    {
        private readonly TaskCompletionSource<LineResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public WorkItem(long lineNumber, string text)
        {
            LineNumber = lineNumber;
            Text = text;
        }

        public long LineNumber { get; }

        public string Text { get; }

        public Task<LineResult> Result => _result.Task;

        public void Complete(LineResult result) => _result.SetResult(result);
    }
}
