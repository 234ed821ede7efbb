using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace RedFlags.Json;

/// <summary>
/// Turns UTF-8 bytes into a <see cref="DocumentNode"/> tree, enforcing the size, depth, UTF-8 and syntax limits and reporting
/// duplicate property names. Syntax errors stop the walk (nothing after them can be trusted); duplicates do not.
/// </summary>
internal static class JsonSource
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encodes a document given as a string, enforcing the size limit.</summary>
    public static bool TryGetBytes(string json, JsonReadContext context, out byte[] bytes)
    {
        bytes = Array.Empty<byte>();
        if (json.Length > RedFlagsJson.MaximumDocumentBytes)
        {
            TooLarge(context);
            return false;
        }

        try
        {
            bytes = s_strictUtf8.GetBytes(json);
            return true;
        }
        catch (EncoderFallbackException)
        {
            UnpairedSurrogate(context);
            return false;
        }
    }

    private static void UnpairedSurrogate(JsonReadContext context)
        => context.Add(ErrorCodes.JsonMalformed, string.Empty, 1, 1, null, "The text contains an unpaired surrogate character and cannot be encoded as UTF-8.");

    /// <summary>
    /// Reads a document given as a string with <paramref name="read"/>, its UTF-8 bytes in a buffer rented from the shared
    /// pool for as long as <paramref name="read"/> runs (reading a line of a batch should not allocate a copy of it);
    /// <see langword="null"/>, with the problem reported, when the string is over the size limit or cannot be encoded.
    /// </summary>
    /// <remarks>The buffer is cleared before it goes back to the pool: it holds a patient's data, and the pool is shared
    /// with the whole process. Nothing <paramref name="read"/> returns may keep a reference to it.</remarks>
    public static T? Read<T>(string json, JsonReadContext context, Func<byte[], int, JsonReadContext, T?> read)
        where T : class
    {
        if (json.Length > RedFlagsJson.MaximumDocumentBytes)
        {
            TooLarge(context);
            return null;
        }

        int length;
        try
        {
            length = s_strictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException)
        {
            UnpairedSurrogate(context);
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            s_strictUtf8.GetBytes(json, 0, json.Length, buffer, 0);
            return read(buffer, length, context);
        }
        finally
        {
            if (buffer.Length > 0)
            {
                Array.Clear(buffer, 0, length);
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Reads a whole stream (not closed), stopping as soon as it is over the size limit.</summary>
    public static bool TryReadAll(Stream utf8Json, JsonReadContext context, out byte[] buffer, out int length)
    {
        using var memory = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            memory.Write(chunk, 0, read);
            if (memory.Length > RedFlagsJson.MaximumDocumentBytes)
            {
                TooLarge(context);
                buffer = Array.Empty<byte>();
                length = 0;
                return false;
            }
        }

        buffer = memory.GetBuffer();
        length = (int)memory.Length;
        return true;
    }

    /// <summary>Reads a whole stream (not closed) asynchronously, stopping as soon as it is over the size limit, so that an
    /// oversized input is refused without being held in memory.</summary>
    public static async Task<(byte[] Buffer, int Length)?> TryReadAllAsync(Stream utf8Json, JsonReadContext context, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        var chunk = new byte[81920];
        int read;
#if NET
        while ((read = await utf8Json.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
#else
        while ((read = await utf8Json.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
#endif
        {
            memory.Write(chunk, 0, read);
            if (memory.Length > RedFlagsJson.MaximumDocumentBytes)
            {
                TooLarge(context);
                return null;
            }
        }

        return (memory.GetBuffer(), (int)memory.Length);
    }

    /// <summary>Checks the size limit and the UTF-8 encoding, and finds where the document starts after a byte order mark.</summary>
    public static bool CheckBytes(byte[] bytes, int length, JsonReadContext context, out int start)
    {
        start = 0;
        if (length > RedFlagsJson.MaximumDocumentBytes)
        {
            TooLarge(context);
            return false;
        }

        start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var span = new ReadOnlySpan<byte>(bytes, start, length - start);
#if NET8_0_OR_GREATER
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return true;
        }
#endif
        var invalid = FindInvalidUtf8(span);
        if (invalid >= 0)
        {
            var (line, position) = Locate(LineStarts(span), invalid);
            context.Add(ErrorCodes.JsonMalformed, string.Empty, line, position, null, "The document is not valid UTF-8.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads the value at the reader's current token into a tree (for criteria, which have no discriminator and are read by
    /// hand); <paramref name="path"/> is the value's path in the document and <paramref name="lines"/> its line starts.
    /// </summary>
    /// <exception cref="JsonReadStopped">Thrown after reporting a problem that stops the whole read.</exception>
    public static DocumentNode ReadTree(ref Utf8JsonReader reader, string path, int[] lines, JsonReadContext context)
        => new Walker(lines, context).ReadValue(ref reader, null, null, -1, path);

    /// <summary>The message of a syntax error in the project's own words where the reader's wording speaks of its own
    /// options or internals; the reader's place suffix is dropped (the error carries the place).</summary>
    public static string SyntaxMessage(JsonException exception)
    {
        var message = FirstSentence(exception.Message);
        if (message.Contains("does not contain any JSON tokens"))
        {
            return "The document is empty: it holds no JSON value, only white space.";
        }

        if (message.Contains("trailing comma"))
        {
            return "The document is not valid JSON: a comma must be followed by another value (trailing commas are not allowed).";
        }

        if (message.Contains("Expected depth to be zero"))
        {
            return "The document is not valid JSON: it ends before every object and array in it is closed.";
        }

        if (message.Contains("reached end of data"))
        {
            return "The document is not valid JSON: it ends inside a string or value.";
        }

        if (message.Contains("is invalid after a single JSON value"))
        {
            return "The document is not valid JSON: something follows the end of its value (a document holds exactly one value; "
                + "a file of several documents, one per line, is read with 'redflags batch').";
        }

        if (message.StartsWith("'/' is invalid", StringComparison.Ordinal))
        {
            return "The document is not valid JSON: a '/' is not allowed here (comments are not allowed).";
        }

        return "The document is not valid JSON: " + message;
    }

    private static void TooLarge(JsonReadContext context)
        => context.Add(ErrorCodes.JsonTooLarge, string.Empty, 1, 1, null, $"The document is larger than {RedFlagsJson.MaximumDocumentBytes} bytes.");

    private static string FirstSentence(string message)
    {
        // The reader's message ends with its own "LineNumber: ... | BytePositionInLine: ..." suffix, which the error already carries.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut).Trim() : message;
    }

    /// <summary>The offset of the start of every line.</summary>
    public static int[] LineStarts(ReadOnlySpan<byte> span)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    /// <summary>The 1-based line and byte position of an offset.</summary>
    public static (long Line, long Position) Locate(int[] lineStarts, long offset)
    {
        var low = 0;
        var high = lineStarts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (lineStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (low + 1, offset - lineStarts[low] + 1);
    }

    /// <summary>Returns the offset of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
    internal static int FindInvalidUtf8(ReadOnlySpan<byte> span)
    {
        var i = 0;
        while (i < span.Length)
        {
            var b = span[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int extra;
            int minimum;
            if ((b & 0xE0) == 0xC0)
            {
                extra = 1;
                minimum = 0x80;
            }
            else if ((b & 0xF0) == 0xE0)
            {
                extra = 2;
                minimum = 0x800;
            }
            else if ((b & 0xF8) == 0xF0)
            {
                extra = 3;
                minimum = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + extra >= span.Length)
            {
                return i;
            }

            var codePoint = b & (0x3F >> extra);
            for (var k = 1; k <= extra; k++)
            {
                var next = span[i + k];
                if ((next & 0xC0) != 0x80)
                {
                    return i;
                }

                codePoint = (codePoint << 6) | (next & 0x3F);
            }

            if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            {
                return i;
            }

            i += extra + 1;
        }

        return -1;
    }

    private sealed class Walker
    {
        private readonly int[] _lines;
        private readonly JsonReadContext _context;

        public Walker(int[] lines, JsonReadContext context)
        {
            _lines = lines;
            _context = context;
        }

        public DocumentNode ReadValue(ref Utf8JsonReader reader, DocumentNode? parent, string? name, int index, string rootPath = "")
        {
            var (line, position) = Locate(_lines, reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var isObject = reader.TokenType == JsonTokenType.StartObject;
                    var container = new DocumentNode(isObject ? DocumentNodeKind.Object : DocumentNodeKind.Array, parent, name, index, line, position) { RootPath = rootPath };
                    if (reader.CurrentDepth + 1 > RedFlagsJson.MaximumDepth)
                    {
                        _context.Add(ErrorCodes.JsonTooDeep, container, null, $"The document nests objects and arrays more than {RedFlagsJson.MaximumDepth} deep.");
                        throw new JsonReadStopped();
                    }

                    return isObject ? ReadObject(ref reader, container) : ReadArray(ref reader, container);
                case JsonTokenType.String:
                    return new DocumentNode(DocumentNodeKind.String, parent, name, index, line, position) { RootPath = rootPath, Text = GetString(ref reader, line, position) };
                case JsonTokenType.Number:
                    return new DocumentNode(DocumentNodeKind.Number, parent, name, index, line, position) { RootPath = rootPath, Text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray()) };
                case JsonTokenType.True:
                    return new DocumentNode(DocumentNodeKind.True, parent, name, index, line, position) { RootPath = rootPath };
                case JsonTokenType.False:
                    return new DocumentNode(DocumentNodeKind.False, parent, name, index, line, position) { RootPath = rootPath };
                default:
                    return new DocumentNode(DocumentNodeKind.Null, parent, name, index, line, position) { RootPath = rootPath };
            }
        }

        private DocumentNode ReadObject(ref Utf8JsonReader reader, DocumentNode node)
        {
            var properties = new List<DocumentProperty>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            node.Properties = properties;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var (line, position) = Locate(_lines, reader.TokenStartIndex);
                var name = GetString(ref reader, line, position);
                reader.Read();
                var value = ReadValue(ref reader, node, name, -1);
                if (seen.Add(name))
                {
                    properties.Add(new DocumentProperty(name, line, position, value));
                }
                else
                {
                    _context.Add(ErrorCodes.JsonDuplicateProperty, DocumentNode.Child(node.Path, name), line, position, name, $"The property '{name}' appears more than once in the same object.");
                }
            }

            return node;
        }

        private DocumentNode ReadArray(ref Utf8JsonReader reader, DocumentNode node)
        {
            var items = new List<DocumentNode>();
            node.Items = items;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(ReadValue(ref reader, node, null, items.Count));
            }

            return node;
        }

        private string GetString(ref Utf8JsonReader reader, long line, long position)
        {
            try
            {
                return reader.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException)
            {
                // An escape such as \ud800 that is not a valid UTF-16 surrogate pair.
                _context.Add(ErrorCodes.JsonMalformed, string.Empty, line, position, null, "A string contains an invalid escape sequence (an unpaired surrogate).");
                throw new JsonReadStopped();
            }
        }
    }
}
