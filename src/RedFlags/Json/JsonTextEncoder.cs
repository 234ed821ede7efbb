using System;
#if NET
using System.Buffers;
#endif
using System.Text.Encodings.Web;

namespace RedFlags.Json;

/// <summary>
/// Escapes only what JSON requires: control characters, the quotation mark and the backslash (and, as U+FFFD, a
/// surrogate without its pair, which no reader would accept). Everything else, including characters outside the Basic
/// Multilingual Plane, is written as UTF-8.
/// </summary>
/// <remarks>
/// The built-in encoders write every character outside the Basic Multilingual Plane as a 12-byte escape pair, so a
/// document of emoji or rare scripts within the reading limit (<see cref="RedFlagsJson.MaximumDocumentBytes"/>) came out
/// three times larger and could not be read back. With this encoder a document is never written larger, character for
/// character, than it can be read. The output is data, never embedded in HTML, so nothing else needs escaping.
/// </remarks>
internal sealed class JsonTextEncoder : JavaScriptEncoder
{
#if NET
    // The writer asks the encoder about every string it writes (a full assessment is about 15 KB), so long ones are
    // scanned with vectorised searches.
    private const int VectorisedFrom = 16;

    private static readonly SearchValues<byte> s_bytesToEscape = SearchValues.Create(BytesToEscape());
#endif

    private JsonTextEncoder()
    {
    }

    /// <summary>Gets the encoder.</summary>
    public static JsonTextEncoder Instance { get; } = new();

    /// <inheritdoc/>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc/>
    public override bool WillEncode(int unicodeScalar)
        => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\' || (unicodeScalar >= 0xD800 && unicodeScalar <= 0xDFFF);

    /// <inheritdoc/>
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
        => IndexOfFirstToEscape(new ReadOnlySpan<char>(text, textLength));

    /// <summary>Returns the index of the first character to escape (<see cref="FindFirstCharacterToEncode"/>), or -1.</summary>
    internal static int IndexOfFirstToEscape(ReadOnlySpan<char> span)
    {
#if NET
        // Short strings (ids, names) are checked one character at a time; longer ones (clinical texts) with two
        // vectorised searches, which cost more to start than a short loop.
        return span.Length < VectorisedFrom ? IndexOfFirstToEscapeByCharacter(span) : IndexOfFirstToEscapeVectorised(span);
#else
        return IndexOfFirstToEscapeByCharacter(span);
#endif
    }

    /// <summary>The rule itself, one character at a time.</summary>
    internal static int IndexOfFirstToEscapeByCharacter(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c < 0x20 || c == '"' || c == '\\')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= span.Length || !char.IsLowSurrogate(span[i + 1]))
                {
                    return i;
                }

                i++;
            }
        }

        return -1;
    }

#if NET
    /// <summary>The rule with vectorised searches: the first quotation mark or backslash, and before it the first
    /// character outside U+0020-U+D7FF (a control character, a surrogate, or U+E000 and above, which is stepped over).</summary>
    internal static int IndexOfFirstToEscapeVectorised(ReadOnlySpan<char> span)
    {
        var quoteOrBackslash = span.IndexOfAny('"', '\\');
        var before = quoteOrBackslash < 0 ? span : span.Slice(0, quoteOrBackslash);
        for (var start = 0; ;)
        {
            var next = before.Slice(start).IndexOfAnyExceptInRange(' ', '\uD7FF');
            if (next < 0)
            {
                return quoteOrBackslash;
            }

            var i = start + next;
            var c = before[i];
            if (c >= 0xE000 || (char.IsHighSurrogate(c) && i + 1 < before.Length && char.IsLowSurrogate(before[i + 1])))
            {
                start = c >= 0xE000 ? i + 1 : i + 2;
                continue;
            }

            return i;
        }
    }
#endif

    /// <inheritdoc/>
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        // Valid UTF-8 (the writer checks it) has no byte below 0x80 inside a multi-byte character, so a byte scan finds
        // exactly the characters to escape.
#if NET
        return utf8Text.IndexOfAny(s_bytesToEscape);
#else
        for (var i = 0; i < utf8Text.Length; i++)
        {
            var b = utf8Text[i];
            if (b < 0x20 || b == '"' || b == '\\')
            {
                return i;
            }
        }

        return -1;
#endif
    }

    /// <inheritdoc/>
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ when unicodeScalar < 0x20 => "\\u" + unicodeScalar.ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
            _ => char.ConvertFromUtf32(unicodeScalar),
        };

        if (escape.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (var i = 0; i < escape.Length; i++)
        {
            buffer[i] = escape[i];
        }

        numberOfCharactersWritten = escape.Length;
        return true;
    }

#if NET
    private static byte[] BytesToEscape()
    {
        var bytes = new byte[0x20 + 2];
        for (var b = 0; b < 0x20; b++)
        {
            bytes[b] = (byte)b;
        }

        bytes[0x20] = (byte)'"';
        bytes[0x21] = (byte)'\\';
        return bytes;
    }
#endif
}
