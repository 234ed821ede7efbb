using FsCheck.Xunit;
using RedFlags.Json;
using RedFlags.Testing;

namespace RedFlags.Tests.PropertyBased;

public class JsonPropertyTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Presentation_JsonRoundTrip_GivesAnEqualValue(ValidPresentation patient)
    {
        var json = RedFlagsJson.Serialize(patient.Value);
        var back = RedFlagsJson.ParsePresentation(json);
        Assert.Equal(patient.Value, back);
        Assert.Equal(patient.Value.GetHashCode(), back.GetHashCode());
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Assessment_JsonRoundTrip_GivesAnEqualValue(ValidPresentation patient)
    {
        var assessment = s_evaluator.Assess(patient.Value);
        Assert.Equal(assessment, RedFlagsJson.ParseAssessment(RedFlagsJson.Serialize(assessment, indented: true)));
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void InvalidPresentation_SerializedAndParsed_IsRejectedWithItsCodeNotAccepted(InvalidPresentation patient)
    {
        string json;
        try
        {
            json = RedFlagsJson.Serialize(patient.Value);
        }
        catch (RedFlagsValidationException ex)
        {
            // Values JSON cannot hold (NaN, undefined enums) are refused when writing, with the same code.
            Assert.Contains(patient.ExpectedCode, ex.Errors.Select(e => e.Code));
            return;
        }

        var thrown = Assert.Throws<RedFlagsValidationException>(() => RedFlagsJson.ParsePresentation(json));
        Assert.Contains(patient.ExpectedCode, thrown.Errors.Select(e => e.Code));
        Assert.All(thrown.Errors, e => Assert.NotNull(e.Line));
    }
}
