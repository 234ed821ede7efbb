using RedFlags.Cli.Batch;

namespace RedFlags.Cli.ParquetOutput;

/// <summary>
/// Parquet output for <c>batch --format parquet</c>, on Parquet.Net. Compiled into the .NET tool build only: Parquet.Net
/// builds its readers and writers by reflection and is not trim- or AOT-safe, so the native build compiles
/// Native/ParquetFeature.cs instead.
/// </summary>
internal static class ParquetFeature
{
    /// <summary>Gets a value indicating whether this build can write Parquet: always in the .NET tool build.</summary>
    public static bool IsAvailable => true;

    /// <summary>A sink writing a Parquet file, new or appended to.</summary>
    public static IResultSink CreateSink(string path, bool append) => new ParquetSink(path, append);

    /// <summary>The line of the last row of an existing Parquet file (0 when it has none).</summary>
    public static System.Threading.Tasks.Task<long> LastLineAsync(string path) => ParquetSink.LastLineAsync(path);
}
