using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace RedFlags.Cli.Batch;

/// <summary>
/// Groups the resources of a FHIR bulk export by patient with bounded memory: one pass writes each resource to one of
/// P temporary partition files chosen by the patient's hash, then each partition (about 8 MB of export) is read alone,
/// grouped by patient and handed on. Memory holds one partition, whatever the size of the export and the order of its
/// lines; the patients come out partition by partition, in ordinal order of their ids within each.
/// </summary>
internal sealed class BulkPartitions : IDisposable
{
    /// <summary>About this many bytes of export go into each partition.</summary>
    public const long PartitionBytes = 8L << 20;

    /// <summary>At most this many partition files are open at once while partitioning.</summary>
    public const int MaximumPartitions = 1024;

    private readonly string _directory;
    private readonly int _count;

    private BulkPartitions(string directory, int count)
    {
        _directory = directory;
        _count = count;
    }

    /// <summary>The NDJSON files of an export directory (both layouts), in ordinal order of their names.</summary>
    public static string[] Files(string exportDirectory) =>
        Directory.GetFiles(exportDirectory, "*.ndjson").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Reads every NDJSON file of the export into partitions of the patients in <paramref name="shard"/>.</summary>
    /// <param name="files">The export's NDJSON files.</param>
    /// <param name="knownTypes">The resource types the reader uses; others are counted in <paramref name="stats"/>.</param>
    /// <param name="shard">The shard whose patients are kept.</param>
    /// <param name="stats">Counts what was read.</param>
    /// <param name="cancellationToken">Stops the partitioning (a signal): nothing is assessed then.</param>
    public static async Task<BulkPartitions> CreateAsync(string[] files, IReadOnlySet<string> knownTypes, Shard shard, BulkStats stats, CancellationToken cancellationToken)
    {
        var bytes = files.Sum(file => new FileInfo(file).Length);
        var count = (int)Math.Clamp((bytes + PartitionBytes - 1) / PartitionBytes, 1, MaximumPartitions);
        var directory = Directory.CreateTempSubdirectory("redflags-bulk-").FullName;
        var partitions = new BulkPartitions(directory, count);
        var writers = new BinaryWriter?[count];
        try
        {
            foreach (var file in files)
            {
                stats.Files++;
                await partitions.PartitionFileAsync(file, writers, knownTypes, shard, stats, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            partitions.Dispose();
            throw;
        }
        finally
        {
            foreach (var writer in writers)
            {
                writer?.Dispose();
            }
        }

        return partitions;
    }

    /// <summary>The patients, partition by partition; ends quietly when <paramref name="stopReading"/> is cancelled.</summary>
    public async IAsyncEnumerable<BulkPatient> PatientsAsync(CancellationToken stopReading, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var index = 0; index < _count; index++)
        {
            var path = PartitionPath(index);
            if (!File.Exists(path))
            {
                continue;
            }

            var patients = new Dictionary<string, List<(string Source, string Json)>>(StringComparer.Ordinal);
            using (var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8))
            {
                while (reader.BaseStream.Position < reader.BaseStream.Length)
                {
                    var key = reader.ReadString();
                    var source = reader.ReadString();
                    var json = reader.ReadString();
                    if (!patients.TryGetValue(key, out var resources))
                    {
                        patients[key] = resources = [];
                    }

                    resources.Add((source, json));
                }
            }

            // Each partition is read once: its file goes as soon as it is in memory.
            File.Delete(path);
            foreach (var key in patients.Keys.Order(StringComparer.Ordinal))
            {
                if (stopReading.IsCancellationRequested || cancellationToken.IsCancellationRequested)
                {
                    yield break;
                }

                yield return new BulkPatient(key, patients[key]);
            }

            await Task.Yield();
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing a finished run for.
        }
    }

    private async Task PartitionFileAsync(string file, BinaryWriter?[] writers, IReadOnlySet<string> knownTypes, Shard shard, BulkStats stats, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
        var lines = new NdjsonLineReader(reader);
        var name = Path.GetFileName(file);
        long number = 0;
        string? header = null;
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is string line)
        {
            number++;
            if (JsonWhitespace.IsBlank(line))
            {
                continue;
            }

            stats.Resources++;
            var resource = BulkResource.Classify(line);
            if (resource.IsHeader)
            {
                header = resource.PatientKey;
                continue;
            }

            if (resource.ResourceType is string type && type != "Patient" && !knownTypes.Contains(type))
            {
                stats.AddUnknown(type);
                continue;
            }

            // In the organizeOutputBy=Patient layout a resource without its own reference (or one that is not even JSON)
            // belongs to the patient of the header before it.
            var key = resource.PatientKey ?? header;
            var source = $"{name}:{number}";
            if (key is null)
            {
                stats.AddNoPatient(source);
                continue;
            }

            if (!shard.Contains(key, 0))
            {
                stats.InOtherShards++;
                continue;
            }

            var index = (int)(Shard.Hash(key) % (ulong)_count);
            var writer = writers[index] ??= new BinaryWriter(new FileStream(PartitionPath(index), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 13), Encoding.UTF8);
            writer.Write(key);
            writer.Write(source);
            writer.Write(line);
        }
    }

    private string PartitionPath(int index) => Path.Combine(_directory, $"{index:D4}.bin");
}
