using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace RedFlags.Cli.Batch;

/// <summary>
/// Reads NDJSON lines split on LF only. <see cref="TextReader.ReadLine"/> also ends a line at a bare CR, which is JSON
/// whitespace inside a line, and so shifts every later result onto another input line (issue #23, item 4). Here the CR
/// of a CRLF belongs to the ending and is dropped; any other CR stays in the line for the JSON parser to skip.
/// </summary>
internal sealed class NdjsonLineReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _pending = new();
    private int _start;
    private int _end;

    public NdjsonLineReader(TextReader reader) => _reader = reader;

    /// <summary>Reads the next line without its ending, or returns null at the end of the input.</summary>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled,
    /// even while a read from a pipe is blocked.</exception>
    public async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            var lineFeed = available.IndexOf('\n');
            if (lineFeed >= 0)
            {
                _start += lineFeed + 1;
                return WithoutCarriageReturn(Take(available[..lineFeed]));
            }

            _pending.Append(available);
            _start = 0;
            // A blocked read from a pipe does not observe the token; WaitAsync lets a signal stop the run anyway.
            _end = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
            if (_end == 0)
            {
                // The last line may have no LF; a CR left at its end is JSON whitespace, as anywhere else in a line.
                return _pending.Length == 0 ? null : Take([]);
            }
        }
    }

    private string Take(ReadOnlySpan<char> tail)
    {
        if (_pending.Length == 0)
        {
            return new string(tail);
        }

        var line = _pending.Append(tail).ToString();
        _pending.Clear();
        return line;
    }

    private static string WithoutCarriageReturn(string line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
}
