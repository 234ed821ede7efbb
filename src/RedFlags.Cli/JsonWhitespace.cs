using System;

namespace RedFlags.Cli;

/// <summary>What counts as blank input: nothing but JSON whitespace.</summary>
internal static class JsonWhitespace
{
    /// <summary>
    /// Whether the text holds nothing but JSON whitespace (space, tab, CR, LF; RFC 8259 §2). Other white space (NBSP, VT,
    /// U+2028) is not JSON whitespace: such text is not blank, and the parser reports it (RF3001), in <c>assess</c> and in
    /// a <c>batch</c> line alike, where <see cref="string.IsNullOrWhiteSpace"/> would skip it silently.
    /// </summary>
    public static bool IsBlank(string text) => text.AsSpan().IndexOfAnyExcept(" \t\r\n") < 0;
}
