using System;
using System.Globalization;
using System.Text;

namespace RedFlags.Internal;

/// <summary>
/// Makes text safe to print as part of one line of a message or log: characters that end a line, move the cursor or
/// reorder what is shown are written as <c>\uXXXX</c>, and long text is cut with a note of how much was left out.
/// </summary>
/// <remarks>
/// Property names, values and rule ids in validation problems come from the input. Without this a name holding a
/// newline prints a forged problem line (log injection), and a megabyte-long name is repeated in every message.
/// </remarks>
internal static class OneLineText
{
    /// <summary>Returns <paramref name="text"/> escaped and cut to at most about <paramref name="maximumLength"/>
    /// characters; the same instance when nothing needs changing.</summary>
    public static string Of(string text, int maximumLength)
    {
        var first = FirstUnsafe(text);
        if (first < 0 && text.Length <= maximumLength)
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maximumLength) + 32);
        var i = 0;
        for (; i < text.Length && builder.Length < maximumLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (i < text.Length)
        {
            builder.Append("... (").Append((text.Length - i).ToString(CultureInfo.InvariantCulture)).Append(" more characters)");
        }

        return builder.ToString();
    }

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return i;
            }
        }

        return -1;
    }

    // C0 and C1 controls (line feed, carriage return, escape, next line), the line and paragraph separators, the
    // bidirectional controls that can reorder how a line is displayed, and a surrogate without its pair.
    private static bool IsUnsafe(char c)
        => c < '\u0020'
           || (c >= '\u007F' && c <= '\u009F')
           || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C'
           || (c >= '\u202A' && c <= '\u202E')
           || (c >= '\u2066' && c <= '\u2069')
           || char.IsSurrogate(c);
}
