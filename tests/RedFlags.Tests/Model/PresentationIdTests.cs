using RedFlags.Json;

namespace RedFlags.Tests.Model;

/// <summary>The opaque key of a presentation: checked, never read, passed through to every output.</summary>
public class PresentationIdTests
{
    private static readonly CalendarDate s_date = new(2025, 3, 14);

    [Theory]
    [InlineData("42")]
    [InlineData("Patient/example")]
    [InlineData("urn:uuid:0d8f1c2e-4f7b-4c52-9d1e-2a6c3b8e9f10")]
    [InlineData("enc_2025.03-14")]
    public void Validate_OrdinaryKey_IsValid(string id)
        => Assert.True(PresentationValidator.Validate(new PatientPresentation { Id = id, AssessmentDate = s_date }).IsValid);

    [Theory]
    [InlineData("")]
    [InlineData("patient 42")]
    [InlineData("a\nRF0000 forged: line")]
    [InlineData("x,y")]
    public void Validate_KeyWithAForbiddenCharacter_ReportsRF1012(string id)
    {
        var error = Assert.Single(PresentationValidator.Validate(new PatientPresentation { Id = id, AssessmentDate = s_date }).Errors);

        Assert.Equal((ErrorCodes.IdInvalid, "id"), (error.Code, error.Path));
        Assert.DoesNotContain('\n', error.Value ?? string.Empty);
    }

    [Fact]
    public void Validate_KeyLongerThanTheLimit_ReportsRF1012WithAShortExcerpt()
    {
        var error = Assert.Single(PresentationValidator.Validate(new PatientPresentation { Id = new string('a', 65), AssessmentDate = s_date }).Errors);

        Assert.Equal(ErrorCodes.IdInvalid, error.Code);
        Assert.Equal(new string('a', 64) + "...", error.Value);
    }

    [Fact]
    public void Assess_PresentationWithAKey_PassesItToTheAssessmentItsJsonAndItsSummary()
    {
        var presentation = RedFlagsJson.ParsePresentation("""{"id":"Patient/42","assessmentDate":"2025-03-14"}""");

        var assessment = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(presentation);

        Assert.Equal("Patient/42", assessment.Id);
        Assert.StartsWith("""{"id":"Patient/42",""", RedFlagsJson.Serialize(assessment), StringComparison.Ordinal);
        Assert.StartsWith("""{"id":"Patient/42",""", RedFlagsJson.SerializeSummary(AssessmentSummary.Of(assessment)), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_InvalidKey_IsRefusedLikeAnyInvalidField()
        => Assert.Throws<RedFlagsValidationException>(() => new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(new PatientPresentation { Id = "two words", AssessmentDate = s_date }));
}
