using RedFlags.Json;

namespace RedFlags.Tests.Json;

/// <summary>Syntax errors are told in the project's own words, never in the reader's ("when isFinalBlock is true",
/// "Change the reader options"), and keep their place.</summary>
public class SyntaxMessageTests
{
    [Theory]
    [InlineData("   ", "The document is empty: it holds no JSON value, only white space.")]
    [InlineData("", "The document is empty: it holds no JSON value, only white space.")]
    [InlineData("""{"assessmentDate":"2025-03-14",}""", "The document is not valid JSON: a comma must be followed by another value (trailing commas are not allowed).")]
    [InlineData("""{"assessmentDate":"2025-03-14" """, "The document is not valid JSON: it ends before every object and array in it is closed.")]
    [InlineData("""{"assessmentDate":"2025-03""", "The document is not valid JSON: it ends inside a string or value.")]
    [InlineData("""{"assessmentDate":"2025-03-14"} {}""", "The document is not valid JSON: something follows the end of its value (a document holds exactly one value; a file of several documents, one per line, is read with 'redflags batch').")]
    [InlineData("""{"assessmentDate":"2025-03-14" /* a note */}""", "The document is not valid JSON: a '/' is not allowed here (comments are not allowed).")]
    public void ValidatePresentation_SyntaxError_IsToldInOwnWords(string json, string message)
    {
        var error = Assert.Single(RedFlagsJson.ValidatePresentation(json).Errors);

        Assert.Equal(ErrorCodes.JsonMalformed, error.Code);
        Assert.Equal(message, error.Message);
        Assert.DoesNotContain("isFinalBlock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidatePresentation_TrailingComma_IsPlacedAtTheClosingBrace()
    {
        var error = Assert.Single(RedFlagsJson.ValidatePresentation("{\n  \"assessmentDate\": \"2025-03-14\",\n}").Errors);

        Assert.Equal((3L, 1L), (error.Line!.Value, error.Position!.Value));
    }
}
