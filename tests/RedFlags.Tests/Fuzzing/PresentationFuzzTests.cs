using System.Text;
using RedFlags.Json;

namespace RedFlags.Tests.Fuzzing;

/// <summary>Mutated presentations, from text and from a stream, are accepted or rejected with documented codes (issue #23).</summary>
public class PresentationFuzzTests
{
    [Fact]
    public void ParsePresentation_50000MutatedPresentations_AreAcceptedOrRejectedWithDocumentedCodes()
    {
        var report = FuzzRun.Check("presentations", FuzzSeeds.Presentations, FuzzRun.Inputs(50_000), input => RedFlagsJson.ParsePresentation(Encoding.UTF8.GetString(input)));

        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.True(report.Accepted > 0 && report.Rejected > 0, report.ToString());
    }

    [Fact]
    public void ReadPresentation_10000MutatedStreams_AreAcceptedOrRejectedWithDocumentedCodes()
    {
        // Bytes as sent, without a round trip through string: invalid UTF-8 reaches the reader as it is.
        var report = FuzzRun.Check("presentation streams", FuzzSeeds.Presentations, FuzzRun.Inputs(10_000), input => RedFlagsJson.ReadPresentation(new MemoryStream(input)), seedOffset: 1);

        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.True(report.Accepted > 0 && report.Rejected > 0, report.ToString());
    }
}
