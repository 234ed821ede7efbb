using RedFlags.Json;

namespace RedFlags.Tests.Json;

/// <summary>The strict reader compares property names and enum names by their bytes when they hold no escape; a name
/// written with escapes (valid JSON) must still mean the same member, and a broken escape must still be reported.</summary>
public class EscapedNamesTests
{
    private const string Plain = """{"assessmentDate":"2026-11-24","ageYears":40,"sex":"female","pain":{"lumbar":"present","worseOnStraining":"present","durationDays":239},"history":{"personalHistoryOfCancer":"absent"}}""";

    [Fact]
    public void ParsePresentation_NamesAndEnumValuesWrittenWithEscapes_ReadAsThePlainDocument()
    {
        var escaped = Plain
            .Replace("\"ageYears\"", "\"\\u0061geYears\"", StringComparison.Ordinal)
            .Replace("\"pain\"", "\"p\\u0061in\"", StringComparison.Ordinal)
            .Replace("\"worseOnStraining\":\"present\"", "\"worseOnStraining\":\"pr\\u0065sent\"", StringComparison.Ordinal)
            .Replace("\"female\"", "\"f\\u0065male\"", StringComparison.Ordinal);

        Assert.Equal(RedFlagsJson.ParsePresentation(Plain), RedFlagsJson.ParsePresentation(escaped));
    }

    [Fact]
    public void ValidatePresentation_AnUnknownNameWithAnEscape_IsReportedUnescaped()
    {
        var result = RedFlagsJson.ValidatePresentation(Plain.Replace("\"ageYears\"", "\"\\u0061geYear\"", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.JsonUnknownProperty, error.Code);
        Assert.Equal("ageYear", error.Value);
    }

    [Fact]
    public void ValidatePresentation_AnEnumNameWithAnEscapeThatMeansAnotherName_IsAnUnknownName()
    {
        var result = RedFlagsJson.ValidatePresentation(Plain.Replace("\"female\"", "\"f\\u0065males\"", StringComparison.Ordinal));

        Assert.Equal(ErrorCodes.JsonUnknownName, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("\"\\ud800geYears\":40")]
    [InlineData("\"sex\":\"fem\\udc00ale\"")]
    public void ValidatePresentation_ALoneSurrogateEscapeInANameOrEnumValue_IsReportedAsMalformed(string replacement)
    {
        var broken = replacement.StartsWith("\"sex\"", StringComparison.Ordinal)
            ? Plain.Replace("\"sex\":\"female\"", replacement, StringComparison.Ordinal)
            : Plain.Replace("\"ageYears\":40", replacement, StringComparison.Ordinal);

        var result = RedFlagsJson.ValidatePresentation(broken);

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.JsonMalformed);
    }
}
