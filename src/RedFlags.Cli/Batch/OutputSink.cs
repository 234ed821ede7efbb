using System;
using System.IO;
using System.Threading.Tasks;

namespace RedFlags.Cli.Batch;

/// <summary>Opens the output a batch writes to: standard output or a file, NDJSON or Parquet, new or resumed.</summary>
internal static class OutputSink
{
    /// <summary>
    /// Opens the sink and, with <c>--resume</c>, finds the input line after which the run continues (0 for a new output).
    /// Writes the reason to standard error and returns null when the output cannot be opened or resumed.
    /// </summary>
    public static async Task<(IResultSink Sink, long ResumeAfter)?> TryOpenAsync(BatchOptions options, bool parquet)
    {
        var path = options.OutPath;
        try
        {
            if (path is null)
            {
                return (new NdjsonSink(StandardOutput.Open(), options.Shape), 0);
            }

            var resumable = options.Resume && File.Exists(path) && new FileInfo(path).Length > 0;
            if (parquet)
            {
                var resumeAfter = resumable ? await LastParquetLineAsync(path).ConfigureAwait(false) : 0;
                return (ParquetFeature.CreateSink(path, append: resumable), resumeAfter);
            }

            var file = new FileStream(path, resumable ? FileMode.Open : FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
            try
            {
                var resumeAfter = resumable ? NdjsonResume.Prepare(file) : 0;
                return (new NdjsonSink(file, options.Shape), resumeAfter);
            }
            catch
            {
                await file.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var what = options.Resume ? "resume" : "write";
            Console.Error.WriteLine($"redflags: cannot {what} '{path}': {exception.Message}");
            return null;
        }
    }

    /// <summary>The last line of a Parquet output; a file Parquet.Net cannot read (cut short by a killed process) is an
    /// <see cref="InvalidDataException"/>, whatever Parquet.Net threw.</summary>
    private static async Task<long> LastParquetLineAsync(string path)
    {
        try
        {
            return await ParquetFeature.LastLineAsync(path).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new InvalidDataException($"it is not a complete Parquet file of batch results ({exception.Message}); run again without --resume.", exception);
        }
    }
}
