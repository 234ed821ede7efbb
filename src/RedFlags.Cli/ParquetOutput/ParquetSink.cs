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
    public const int RowGroupRows = 10_000;

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

    /// <summary>The line of the last row of an existing file (0 when it has none): rows are written in input order.</summary>
    /// <exception cref="System.Exception">Thrown (by Parquet.Net, with its own types) when the file is not a complete Parquet
    /// file of this shape, for example one cut short by a process killed while it wrote a row group.</exception>
    public static async Task<long> LastLineAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        int groups;
        await using (var reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true).ConfigureAwait(false))
        {
            groups = reader.RowGroupCount;
        }

        if (groups <= 0)
        {
            return 0;
        }

        stream.Position = 0;
        var last = await ParquetSerializer.DeserializeAsync<LineOnly>(stream, rowGroupIndex: groups - 1).ConfigureAwait(false);
        return last.Data.Count == 0 ? 0 : last.Data[^1].Line ?? 0;
    }

    private async Task WriteRowGroupAsync()
    {
        await ParquetSerializer.SerializeAsync(_rows, _file, new ParquetOptions { Append = _append }).ConfigureAwait(false);
        _append = true;
        _rows.Clear();
    }

    /// <summary>The line column alone, to find where a file ends without reading its other columns.</summary>
    private sealed class LineOnly
    {
        [System.Text.Json.Serialization.JsonPropertyName("line")]
        public long? Line { get; set; }
    }
}
