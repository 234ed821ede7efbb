namespace RedFlags.Fhir.Tests;

/// <summary>Inputs the fuzzer found to crash the reader are reported in the mapping report, and the other texts are
/// still read (issue #23: every crash found becomes a regression test).</summary>
public class FhirRobustnessTests
{
    private const string Patient = "{\"resourceType\":\"Patient\",\"id\":\"p\",\"gender\":\"female\",\"birthDate\":\"1960-05-01\"}";

    [Theory]
    [InlineData("{\"resourceType\":\"Observation\",\"\":0}")]
    [InlineData("{\"resourceType\":\"Observation\",\"code\":{\"\":0}}")]
    [InlineData("{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"\":0}]}}")]
    public void ReadJson_PropertyWithAnEmptyName_IsReportedAsNotFhirAndTheOtherTextsAreRead(string broken)
    {
        var read = FhirPresentationReader.ReadJson([broken, Patient], new CalendarDate(2025, 3, 14), CareSetting.PrimaryCare);

        Assert.Contains(read.Report.Issues, i => i.Severity == FhirIssueSeverity.Error && i.Message.StartsWith("The text is not FHIR JSON", StringComparison.Ordinal));
        Assert.Equal((new CalendarDate(1960, 5, 1), Sex.Female), (read.Presentation.DateOfBirth, read.Presentation.Sex));
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Observation\",\"id\":true,\"status\":\"final\",\"code\":{\"text\":\"x\"}}")]
    [InlineData("{\"resourceType\":\"Condition\",\"id\":[null],\"subject\":{\"reference\":\"Patient/p\"}}")]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":{\"resource\":{\"resourceType\":\"Patient\"}}}")]
    [InlineData("{\"resourceType\":\"RiskAssessment\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/p\"},\"contained\":{\"resourceType\":\"Patient\"}}")]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":[{\"resourceType\":\"Patient\"}]}]}")]
    public void ReadJson_ValueOfTheWrongTypeInAResourceReadInPart_IsReportedAndTheOtherTextsAreRead(string broken)
    {
        var read = FhirPresentationReader.ReadJson([broken, Patient], new CalendarDate(2025, 3, 14), CareSetting.PrimaryCare);

        Assert.NotEmpty(read.Report.Issues);
        Assert.Equal((new CalendarDate(1960, 5, 1), Sex.Female), (read.Presentation.DateOfBirth, read.Presentation.Sex));
    }
}
