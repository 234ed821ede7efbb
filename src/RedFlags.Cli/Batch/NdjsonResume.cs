using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace RedFlags.Cli.Batch;

/// <summary>
/// Where an interrupted NDJSON run stopped: the input line of the last whole record of its output. Records are written
/// in input order, so every input line up to that one has its record, and none after it.
/// </summary>
internal static class NdjsonResume
{
    /// <summary>
    /// Reads the input line of the last whole record of <paramref name="output"/> (0 when there is none) and cuts off
    /// whatever follows it: a record cut short by a process killed mid-write, which the resumed run writes again whole.
    /// </summary>
    /// <exception cref="InvalidDataException">Thrown when the last whole record is not a batch record with a line.</exception>
    public static long Prepare(FileStream output)
    {
        var end = LastLineFeed(output);
        output.SetLength(end + 1);
        output.Seek(0, SeekOrigin.End);
        if (end < 0)
        {
            return 0;
        }

        var start = LastLineFeed(output, end) + 1;
        var record = new byte[end - start];
        output.Seek(start, SeekOrigin.Begin);
        output.ReadExactly(record);
        output.Seek(0, SeekOrigin.End);
        try
        {
            using var document = JsonDocument.Parse(record);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("line", out var line)
                && line.TryGetInt64(out var number))
            {
                return number;
            }
        }
        catch (JsonException)
        {
            // Reported below, with the record.
        }

        var excerpt = Encoding.UTF8.GetString(record, 0, Math.Min(record.Length, 80));
        throw new InvalidDataException($"its last record is not a batch record with a \"line\": {excerpt}");
    }

    /// <summary>The position of the last LF before <paramref name="before"/> (the end by default), or -1.</summary>
    private static long LastLineFeed(FileStream file, long? before = null)
    {
        var buffer = new byte[1 << 16];
        var position = before ?? file.Length;
        while (position > 0)
        {
            var count = (int)Math.Min(buffer.Length, position);
            position -= count;
            file.Seek(position, SeekOrigin.Begin);
            file.ReadExactly(buffer, 0, count);
            var index = buffer.AsSpan(0, count).LastIndexOf((byte)'\n');
            if (index >= 0)
            {
                return position + index;
            }
        }

        return -1;
    }
}
