using System.Text;

namespace RedFlags.Fhir.Tests;

/// <summary>
/// Mutated FHIR JSON (the HL7 examples, the CLI's FHIR fixtures and a questionnaire answer) is read into a presentation
/// that can be assessed, or refused with the documented exception, never anything else (issue #23). The reader reports a
/// text that is not FHIR in its mapping report rather than throwing.
/// </summary>
public class FhirFuzzTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet, EvaluationMode.Interpreted);

    [Fact]
    public void ReadBundle_5000MutatedResourcesAndBundles_AreReadAndAssessedOrRejectedWithDocumentedCodes()
    {
        var seeds = Seeds();

        var report = FuzzRun.Check("FHIR", seeds, FuzzRun.Inputs(5_000), ReadAndAssess, seedOffset: 5);

        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.True(seeds.Count > 20 && report.Accepted > 0, report.ToString());
    }

    // Inputs a long run (REDFLAGS_FUZZ_SEED=99 REDFLAGS_FUZZ_SCALE=8) found: an exception thrown by the SDK's
    // deserializer itself (CodedValidationException for "contained": {...}, ArgumentException for an empty value in a
    // list of strings).
    [Theory]
    [InlineData(104, 1267)]
    [InlineData(104, 11310)]
    public void ReadBundle_InputALongRunFound_IsReadAndAssessed(int seed, int input)
    {
        var replayed = FuzzRun.Replay(Seeds(), seed, input);

        ReadAndAssess(replayed);
    }

    // Found by the coverage-guided fuzzer (fuzz/run fhir, 2026-12-03): the SDK cannot make an abstract resource and
    // threw NotSupportedException out of the reader.
    [Theory]
    [InlineData("""{"resourceType": "Resource"}""")]
    [InlineData("""{"resourceType": "DomainResource", "id": "x"}""")]
    [InlineData("""{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Resource"}}]}""")]
    public void ReadJson_AbstractResourceType_IsReportedAsNotFhirAndNotThrown(string json)
    {
        var read = FhirPresentationReader.ReadJson([json], new CalendarDate(2026, 3, 2), CareSetting.PrimaryCare);

        Assert.Contains(read.Report.Issues, i => i.Severity == FhirIssueSeverity.Error && i.Message.StartsWith("The text is not FHIR JSON", StringComparison.Ordinal));
    }

    private static List<byte[]> Seeds() => Directory.GetFiles(RepositoryFiles.PathOf("../shared/fhir-r4-examples"), "*.json")
        .Where(f => new FileInfo(f).Length < 20_000)
        .Concat(Directory.GetFiles(RepositoryFiles.PathOf("tests/RedFlags.Cli.Tests/Fixtures"), "fhir-*.json"))
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllBytes)
        .ToList();

    private static void ReadAndAssess(byte[] input)
    {
        var read = FhirPresentationReader.ReadBundle(Encoding.UTF8.GetString(input), new CalendarDate(2025, 3, 14), CareSetting.PrimaryCare);
        s_evaluator.Assess(read.Presentation);
    }
}
