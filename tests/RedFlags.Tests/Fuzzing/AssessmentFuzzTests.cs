using System.Text;
using RedFlags.Json;

namespace RedFlags.Tests.Fuzzing;

/// <summary>Mutated assessments and summaries are accepted or rejected with documented codes (issue #23).</summary>
public class AssessmentFuzzTests
{
    [Fact]
    public void ParseAssessment_10000MutatedAssessments_AreAcceptedOrRejectedWithDocumentedCodes()
    {
        var report = FuzzRun.Check("assessments", FuzzSeeds.Assessments, FuzzRun.Inputs(10_000), input => RedFlagsJson.ParseAssessment(Encoding.UTF8.GetString(input)), seedOffset: 3);

        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.True(report.Accepted > 0 && report.Rejected > 0, report.ToString());
    }

    [Fact]
    public void ParseSummary_10000MutatedSummaries_AreAcceptedOrRejectedWithDocumentedCodes()
    {
        var report = FuzzRun.Check("summaries", FuzzSeeds.Summaries, FuzzRun.Inputs(10_000), input => RedFlagsJson.ParseSummary(Encoding.UTF8.GetString(input)), seedOffset: 4);

        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.True(report.Accepted > 0 && report.Rejected > 0, report.ToString());
    }
}
