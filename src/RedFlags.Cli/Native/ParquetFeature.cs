using System;
using RedFlags.Cli.Batch;

namespace RedFlags.Cli.Native;

/// <summary>
/// The native (AOT) build's stand-in for ParquetOutput/ParquetFeature.cs: Parquet.Net is not trim- or AOT-safe, so the
/// native executable leaves it out, and <c>batch --format parquet</c> reports that it is not available and exits with
/// <see cref="ExitCodes.NotAvailable"/> before calling anything here.
/// </summary>
internal static class ParquetFeature
{
    /// <summary>Gets a value indicating whether this build can write Parquet: never in the native build.</summary>
    public static bool IsAvailable => false;

    public static IResultSink CreateSink(string path, bool append) => throw new NotSupportedException(ExitCodes.ParquetNotAvailableMessage);

    public static System.Threading.Tasks.Task<long> LastLineAsync(string path) => throw new NotSupportedException(ExitCodes.ParquetNotAvailableMessage);
}
