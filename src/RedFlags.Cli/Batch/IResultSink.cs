using System;
using System.Threading.Tasks;

namespace RedFlags.Cli.Batch;

/// <summary>Where a batch's records go, one at a time and in input order (NDJSON, Parquet).</summary>
internal interface IResultSink : IAsyncDisposable
{
    /// <summary>Gets the shape the records are rendered in as NDJSON, or null when the sink does not take NDJSON.</summary>
    ResultShape? JsonShape { get; }

    /// <summary>Writes one record.</summary>
    /// <exception cref="System.IO.IOException">Thrown when the output cannot be written.</exception>
    ValueTask WriteAsync(BatchRecord record);

    /// <summary>Writes whatever is still buffered, so that the output holds every record given so far, whole.</summary>
    /// <exception cref="System.IO.IOException">Thrown when the output cannot be written.</exception>
    ValueTask CompleteAsync();
}
