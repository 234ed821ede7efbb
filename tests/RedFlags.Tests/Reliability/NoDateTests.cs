using RedFlags.Json;

namespace RedFlags.Tests.Reliability;

/// <summary>The model's "no date" is 0001-01-01; as a value in a document it is refused for what it is, not mistaken for
/// a missing property (issue #23, defect 10), and a presentation with no assessment date is not written as one.</summary>
public class NoDateTests
{
    [Fact]
    public void ParsePresentation_AssessmentDate00010101_IsRejectedAsAnUnusableDateNotAsMissing()
    {
        var error = Assert.Throws<RedFlagsValidationException>(() => RedFlagsJson.ParsePresentation("{\"assessmentDate\":\"0001-01-01\"}"));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(ErrorCodes.JsonInvalidDate, problem.Code);
        Assert.Equal("assessmentDate", problem.Path);
        Assert.Equal("0001-01-01", problem.Value);
        Assert.Contains("stands for 'no date'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePresentation_DateOfBirth00010101_IsRejectedRatherThanReadAsNotGiven()
    {
        var error = Assert.Throws<RedFlagsValidationException>(
            () => RedFlagsJson.ParsePresentation("{\"assessmentDate\":\"2025-03-14\",\"dateOfBirth\":\"0001-01-01\"}"));

        Assert.Equal(("dateOfBirth", ErrorCodes.JsonInvalidDate), (Assert.Single(error.Errors).Path, error.Errors[0].Code));
    }

    [Fact]
    public void Serialize_PresentationWithoutAnAssessmentDate_IsRefusedWithRF1001()
    {
        var error = Assert.Throws<RedFlagsValidationException>(() => RedFlagsJson.Serialize(new PatientPresentation { AgeYears = 40 }));

        Assert.Equal(ErrorCodes.AssessmentDateMissing, Assert.Single(error.Errors).Code);
    }
}
