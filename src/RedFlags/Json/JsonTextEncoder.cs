using System;
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
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (c < 0x20 || c == '"' || c == '\\')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= textLength || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                i++;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        // Valid UTF-8 (the writer checks it) has no byte below 0x80 inside a multi-byte character, so a byte scan finds
        // exactly the characters to escape.
        for (var i = 0; i < utf8Text.Length; i++)
        {
            var b = utf8Text[i];
            if (b < 0x20 || b == '"' || b == '\\')
            {
                return i;
            }
        }

        return -1;
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
}
