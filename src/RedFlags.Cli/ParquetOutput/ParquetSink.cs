using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Parquet;
using Parquet.Serialization;
using RedFlags.Cli.Batch;

namespace RedFlags.Cli.ParquetOutput;

/// <summary>
/// Writes the records as Parquet rows (<see cref="ResultRow"/>), a row group at a time. Each row group is appended to
/// the file with its own footer, so the file is a complete Parquet file after every row group: a stopped run leaves
/// every row written readable, and memory holds one row group at most.
/// </summary>
internal sealed class ParquetSink : IResultSink
{
    /// <summary>Rows per row group: big enough for columnar compression, small enough to keep memory low.</summary>
    public const int RowGroupRows = 50_000;

    private readonly FileStream _file;
    private readonly List<ResultRow> _rows = new(RowGroupRows);
    private bool _append;

    /// <summary>Starts a new Parquet file at <paramref name="path"/>, or appends to it when <paramref name="append"/> is true.</summary>
    public ParquetSink(string path, bool append)
    {
        _file = new FileStream(path, append ? FileMode.Open : FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        _append = append;
    }

    public ResultShape? JsonShape => null;

    public async ValueTask WriteAsync(BatchRecord record)
    {
        _rows.Add(ResultRow.Of(record.Result));
        if (_rows.Count == RowGroupRows)
        {
            await WriteRowGroupAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask CompleteAsync()
    {
        // A file with no row at all is still written (with the schema), so that an empty input gives a readable file.
        if (_rows.Count > 0 || !_append)
        {
            await WriteRowGroupAsync().ConfigureAwait(false);
        }

        await _file.FlushAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await _file.DisposeAsync().ConfigureAwait(false);

    private async Task WriteRowGroupAsync()
    {
        await ParquetSerializer.SerializeAsync(_rows, _file, new ParquetOptions { Append = _append }).ConfigureAwait(false);
        _append = true;
        _rows.Clear();
    }
}
