using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace RedFlags.Cli.Batch;

/// <summary>
/// A FHIR bulk export opened for a batch: its assessment date (<c>--date</c>, else the manifest's
/// <c>transactionTime</c>) and its resources partitioned by patient.
/// </summary>
internal sealed class BulkInput : IDisposable
{
    private BulkInput(CalendarDate assessmentDate, BulkPartitions partitions, BulkStats stats)
    {
        AssessmentDate = assessmentDate;
        Partitions = partitions;
        Stats = stats;
    }

    public CalendarDate AssessmentDate { get; }

    public BulkPartitions Partitions { get; }

    public BulkStats Stats { get; }

    /// <summary>Opens and partitions the export, or writes the reason to standard error and returns null (also when a
    /// signal stopped the partitioning).</summary>
    public static async Task<BulkInput?> TryOpenAsync(string directory, CalendarDate? date, Shard shard, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"redflags: the FHIR bulk export folder '{directory}' does not exist.");
            return null;
        }

        var files = BulkPartitions.Files(directory);
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"redflags: '{directory}' has no .ndjson files; expected the output of a FHIR bulk $export.");
            return null;
        }

        var assessmentDate = date ?? TransactionDate(directory);
        if (assessmentDate is not CalendarDate resolved)
        {
            Console.Error.WriteLine($"redflags: give the assessment date with --date yyyy-MM-dd: '{directory}' has no manifest (a .json file) with a transactionTime.");
            return null;
        }

        var stats = new BulkStats();
        try
        {
            var partitions = await BulkPartitions.CreateAsync(files, FhirFeature.BulkResourceTypes, shard, stats, cancellationToken).ConfigureAwait(false);
            return new BulkInput(resolved, partitions, stats);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"redflags: cannot read the FHIR bulk export '{directory}': {exception.Message}");
            return null;
        }
    }

    public void Dispose() => Partitions.Dispose();

    /// <summary>
    /// The date of the first <c>transactionTime</c> among the export's .json files (the saved $export status response,
    /// the manifest): the date as the server wrote it (<c>2026-12-02T23:00:00+01:00</c> gives 2026-12-02), the day the
    /// data stood for.
    /// </summary>
    private static CalendarDate? TransactionDate(string directory)
    {
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(file));
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("transactionTime", out var time)
                    && time.ValueKind == JsonValueKind.String
                    && time.GetString() is { Length: >= 10 } text
                    && CalendarDate.TryParse(text[..10], out var date))
                {
                    return date;
                }
            }
            catch (Exception exception) when (exception is JsonException or IOException)
            {
                // Not a manifest: other .json files may sit in an export folder.
            }
        }

        return null;
    }
}
