using System.Text;
using System.Text.Json;

namespace RedFlags.TestSupport;

/// <summary>
/// A seeded mutation fuzzer for JSON documents: from a valid seed it makes inputs a careless or hostile sender could
/// send (flipped bytes, cut documents, values of another type, duplicate keys, extreme numbers, unusual Unicode and
/// invalid UTF-8, deep nesting, long strings, bare carriage returns). The same seed and number give the same input,
/// so every failure can be replayed.
/// </summary>
internal sealed class JsonMutator
{
    private static readonly string[] s_replacementValues =
    [
        "0", "-1", "1.5", "-0", "1e308", "-1e308", "1e400", "123456789012345678901234567890", "2147483648", "NaN",
        "true", "false", "null", "\"\"", "\"x\"", "\"2025-02-30\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"present\"",
        "\"absent\"", "\"unknown\"", "{}", "[]", "[null]", "{\"\":0}", "\"\\ud800\"", "\"\\u0000\"", "\"a\\nb\"",
    ];

    private static readonly string[] s_unicode =
    [
        "\u00A0", "\u000B", "\u2028", "\u2029", "\u0000", "\uFEFF", "\u202E", "🩻", "\u0085", "é", "\r", "\r\n", "\t",
    ];

    private static readonly byte[][] s_invalidUtf8 = [[0xC0, 0xAF], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]];

    private readonly Random _random;

    public JsonMutator(int seed) => _random = new Random(seed);

    /// <summary>Returns a mutated copy of <paramref name="seed"/> with one to three mutations.</summary>
    public byte[] Mutate(byte[] seed)
    {
        var bytes = seed;
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            bytes = MutateOnce(bytes);
        }

        return bytes;
    }

    private byte[] MutateOnce(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return Encoding.UTF8.GetBytes(Pick(s_replacementValues));
        }

        var values = Values(bytes);
        return _random.Next(12) switch
        {
            0 => FlipBit(bytes),
            1 => bytes[.._random.Next(bytes.Length)],
            2 => Insert(bytes, _random.Next(bytes.Length + 1), [(byte)'\r']),
            3 when values.Count > 0 => Replace(bytes, Pick(values), Encoding.UTF8.GetBytes(Pick(s_replacementValues))),
            4 when values.Count > 0 => DuplicateProperty(bytes, values),
            5 => Insert(bytes, _random.Next(bytes.Length + 1), Encoding.UTF8.GetBytes(Pick(s_unicode))),
            6 => Insert(bytes, _random.Next(bytes.Length + 1), Pick(s_invalidUtf8)),
            7 when values.Count > 0 => Replace(bytes, Pick(values), Encoding.UTF8.GetBytes(Nested(10 + _random.Next(200)))),
            8 when values.Count > 0 => Replace(bytes, Pick(values), Encoding.UTF8.GetBytes("\"" + new string((char)('a' + _random.Next(26)), 1 + _random.Next(200_000)) + "\"")),
            9 => Remove(bytes),
            10 => Splice(bytes),
            _ => Insert(bytes, _random.Next(bytes.Length + 1), Encoding.UTF8.GetBytes(Pick(s_replacementValues))),
        };
    }

    private byte[] FlipBit(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        return copy;
    }

    private byte[] DuplicateProperty(byte[] bytes, List<(int Start, int End, int NameStart)> values)
    {
        var properties = values.Where(v => v.NameStart >= 0).ToList();
        if (properties.Count == 0)
        {
            return FlipBit(bytes);
        }

        var (start, end, nameStart) = Pick(properties);
        var copy = bytes.AsSpan(nameStart, end - nameStart).ToArray();
        return Insert(bytes, end, [(byte)',', .. copy]);
    }

    private byte[] Remove(byte[] bytes)
    {
        var start = _random.Next(bytes.Length);
        var length = 1 + _random.Next(Math.Min(64, bytes.Length - start));
        return [.. bytes.AsSpan(0, start), .. bytes.AsSpan(start + length)];
    }

    private byte[] Splice(byte[] bytes)
    {
        var start = _random.Next(bytes.Length);
        var length = 1 + _random.Next(Math.Min(256, bytes.Length - start));
        return Insert(bytes, _random.Next(bytes.Length + 1), bytes.AsSpan(start, length).ToArray());
    }

    private string Nested(int depth)
    {
        var open = _random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        return string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];

    private static byte[] Replace(byte[] bytes, (int Start, int End, int NameStart) value, byte[] replacement)
        => [.. bytes.AsSpan(0, value.Start), .. replacement, .. bytes.AsSpan(value.End)];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    // Every value of a valid document: where it starts and ends, and where its property name starts (or -1 in an array).
    private static List<(int Start, int End, int NameStart)> Values(byte[] bytes)
    {
        var values = new List<(int, int, int)>();
        var open = new Stack<(int Start, int NameStart)>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 1_000 });
        var nameStart = -1;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        nameStart = start;
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push((start, nameStart));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var (from, name) = open.Pop();
                        values.Add((from, (int)reader.BytesConsumed, name));
                        break;
                    default:
                        values.Add((start, (int)reader.BytesConsumed, nameStart));
                        break;
                }

                nameStart = -1;
            }
        }
        catch (JsonException)
        {
            // An earlier mutation broke the document: the values found so far are still places to mutate.
        }

        return values;
    }
}
