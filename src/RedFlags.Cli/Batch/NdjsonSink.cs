using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace RedFlags.Cli.Batch;

/// <summary>Writes each record as one NDJSON line.</summary>
internal sealed class NdjsonSink : IResultSink
{
    private readonly StreamWriter _writer;

    public NdjsonSink(Stream output, ResultShape shape)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16) { NewLine = "\n", AutoFlush = false };
        JsonShape = shape;
    }

    public ResultShape? JsonShape { get; }

    public async ValueTask WriteAsync(BatchRecord record) => await _writer.WriteLineAsync(record.Json).ConfigureAwait(false);

    public async ValueTask CompleteAsync() => await _writer.FlushAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // Only after a failed write (CompleteAsync flushed everything otherwise), which the run has reported.
        }
    }
}
