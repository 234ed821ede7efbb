using RedFlags.Json;

namespace RedFlags.Tests.Reliability;

/// <summary>
/// A problem always prints as one line of bounded length, whatever the input holds (issue #23, defect 9: a property name
/// with a newline printed a forged problem line; a megabyte-long name was repeated in every path).
/// </summary>
public class OneLineProblemTests
{
    [Fact]
    public void ParsePresentation_PropertyNameWithANewline_ReportsOneLineWithTheNewlineEscaped()
    {
        var error = Assert.Throws<RedFlagsValidationException>(
            () => RedFlagsJson.ParsePresentation("{\"assessmentDate\":\"2025-01-01\",\"a\\nRF9999 forged\":1}"));

        var lines = error.Message.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("- RF3002 a\\u000ARF9999 forged ", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r", "\\u000D")]
    [InlineData("\u2028", "\\u2028")]
    [InlineData("\u0085", "\\u0085")]
    [InlineData("\u202E", "\\u202E")]
    [InlineData("\u001B[31m", "\\u001B[31m")]
    public void ValidationError_LineBreakingOrReorderingCharacter_IsWrittenAsAnEscape(string character, string escaped)
    {
        var error = new ValidationError("RF3002", "pain.x" + character, "x" + character, "Unknown 'x" + character + "'.");

        Assert.Equal("pain.x" + escaped, error.Path);
        Assert.Equal("x" + escaped, error.Value);
        Assert.Equal("Unknown 'x" + escaped + "'.", error.Message);
    }

    [Fact]
    public void ValidationError_LongPathValueAndMessage_AreCutAndSayHowMuchWasLeftOut()
    {
        var error = new ValidationError("RF3002", new string('p', 100_000), new string('v', 100_000), new string('m', 100_000));

        Assert.StartsWith(new string('p', ValidationError.MaximumPathLength) + "... (", error.Path, StringComparison.Ordinal);
        Assert.EndsWith($"({100_000 - ValidationError.MaximumPathLength} more characters)", error.Path, StringComparison.Ordinal);
        Assert.True(error.Value!.Length < ValidationError.MaximumValueLength + 40, error.Value);
        Assert.True(error.Message.Length < ValidationError.MaximumMessageLength + 40, error.Message);
    }

    [Fact]
    public void ValidationError_OrdinaryTextAndSurrogatePairs_AreKeptAsGiven()
    {
        const string Text = "Unknown finding 'saddleNumbnes' 🩻 ≥ 38 °C.";

        var error = new ValidationError("RF3005", "neurology.x", "x", Text);

        Assert.Same(Text, error.Message);
    }

    [Fact]
    public void ParsePresentation_AMegabyteLongPropertyName_ReportsAShortPathAndMessage()
    {
        var name = new string('n', 1_000_000);

        var error = Assert.Throws<RedFlagsValidationException>(
            () => RedFlagsJson.ParsePresentation("{\"assessmentDate\":\"2025-01-01\",\"pain\":{\"" + name + "\":{\"x\":[1,2,3]}}}"));

        var problem = Assert.Single(error.Errors);
        Assert.True(problem.Path.Length < ValidationError.MaximumPathLength + 40);
        Assert.True(error.Message.Length < 2_000, $"{error.Message.Length} characters");
    }
}
