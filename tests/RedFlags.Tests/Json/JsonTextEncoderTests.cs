using System.Text;
using RedFlags.Json;

namespace RedFlags.Tests.Json;

/// <summary>The escaping scan every written string goes through: vectorised on .NET, it must stop exactly where the
/// character-by-character rule says (a control character, a quotation mark, a backslash, a surrogate without its pair).</summary>
public class JsonTextEncoderTests
{
    // Long ASCII runs make the vectorised scan cross several vectors before it stops.
    private static readonly string[] s_pieces =
    [
        "a", "Z", " ", "0", "é", "≥", "°C", "\"", "\\", "\n", "\u0001", "\u001f", "\u007f", "\u2028", "🩻", "𝕃",
        "\ud83d", "\udca9", "\ufffd", "\ue000", new string('x', 17), new string('y', 40), new string('é', 33),
    ];

    [Fact]
    public void IndexOfFirstToEscape_SeededTexts_StopsWhereTheCharacterRuleStops()
    {
        var random = new Random(20261203);
        for (var n = 0; n < 50_000; n++)
        {
            var value = SeededText(random, withLoneSurrogates: true);
            var expected = ExpectedIndex(value);
            Assert.Equal(expected, JsonTextEncoder.IndexOfFirstToEscape(value.AsSpan()));

            // Both scans at every length, not only at the lengths each is chosen for.
            Assert.Equal(expected, JsonTextEncoder.IndexOfFirstToEscapeVectorised(value.AsSpan()));
            Assert.Equal(expected, JsonTextEncoder.IndexOfFirstToEscapeByCharacter(value.AsSpan()));
        }
    }

    [Theory]
    [InlineData("plain clinical text", -1)]
    [InlineData("", -1)]
    [InlineData("a\"b", 1)]
    [InlineData("ab\\", 2)]
    [InlineData("0123456789012345678901234567890123456789\n", 40)]
    [InlineData("pair 🩻 then lone {high}", 18)]
    [InlineData("{low} low first", 0)]
    [InlineData("high at the end {high}", 16)]
    [InlineData("private use \ue000 and \ufffd are written as they are, then a quote \"", 58)]
    public void IndexOfFirstToEscape_Examples_AreTheDocumentedIndex(string text, int expected)
    {
        // Attribute strings are stored as UTF-8, which cannot hold a lone surrogate: they are put in here.
        var value = text.Replace("{high}", "\ud83d", StringComparison.Ordinal).Replace("{low}", "\udca9", StringComparison.Ordinal);

        Assert.Equal(expected, JsonTextEncoder.IndexOfFirstToEscape(value.AsSpan()));
    }

    [Fact]
    public void FindFirstCharacterToEncodeUtf8_SeededTexts_StopsAtTheFirstByteJsonEscapes()
    {
        var random = new Random(20261204);
        for (var n = 0; n < 20_000; n++)
        {
            var bytes = Encoding.UTF8.GetBytes(SeededText(random, withLoneSurrogates: false));
            var expected = Array.FindIndex(bytes, b => b < 0x20 || b == (byte)'"' || b == (byte)'\\');
            Assert.Equal(expected, JsonTextEncoder.Instance.FindFirstCharacterToEncodeUtf8(bytes));
        }
    }

    // Up to 11 pieces; UTF-8 cannot hold a lone surrogate, so the byte scan's texts leave them out.
    private static string SeededText(Random random, bool withLoneSurrogates)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 12);
        for (var i = 0; i < count; i++)
        {
            var piece = s_pieces[random.Next(s_pieces.Length)];
            if (withLoneSurrogates || !char.IsSurrogate(piece[0]) || piece.Length > 1)
            {
                text.Append(piece);
            }
        }

        return text.ToString();
    }

    private static int ExpectedIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 || c == '"' || c == '\\')
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
