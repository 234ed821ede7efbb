using System.Text;
using RedFlags.Json;
using RedFlags.Rules;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Reliability;

/// <summary>
/// However broken a document is, reading it reports at most <see cref="RedFlagsJson.MaximumReportedProblems"/> problems
/// and one last RF3013 saying what was left out, in time and memory in proportion to the document (issue #23, defects 1
/// and 3: millions of problems once took seconds to minutes and gigabytes).
/// </summary>
public class ProblemListLimitTests
{
    // Allocation bounds peak memory from above; the target is under 64 times the input's size.
    private const int MemoryMultiple = 64;

    [Fact]
    public void ParsePresentation_400000WrongTypes_ListsTheFirst100AndWhereReadingStopped()
    {
        var json = "{\"assessmentDate\":\"2025-01-01\",\"history\":{\"cancers\":[" + string.Join(",", Enumerable.Repeat("{\"primarySite\":1}", 200_000)) + "]}}";

        var (error, allocated) = Read(() => RedFlagsJson.ParsePresentation(json));

        Assert.Equal(RedFlagsJson.MaximumReportedProblems + 1, error.Errors.Count);
        Assert.All(error.Errors.Take(RedFlagsJson.MaximumReportedProblems), e => Assert.Equal(ErrorCodes.JsonWrongType, e.Code));
        var last = error.Errors[^1];
        Assert.Equal(ErrorCodes.JsonTooManyProblems, last.Code);
        Assert.Equal(1, last.Line);
        Assert.True(last.Position > error.Errors[^2].Position, $"stopped at {last.Position}, after {error.Errors[^2].Position}");
        Assert.InRange(allocated, 0, MemoryMultiple * (long)json.Length);
    }

    [Fact]
    public void RuleSetJsonParse_AMillionEmptyRules_ListsTheFirst100InProportionToTheDocument()
    {
        var json = "{\"id\":\"x\",\"version\":\"1.0.0\",\"rules\":[" + string.Join(",", Enumerable.Repeat("{}", 1_000_000)) + "]}";

        var (error, allocated) = Read(() => RuleSetJson.Parse(json));

        Assert.Equal(RedFlagsJson.MaximumReportedProblems + 1, error.Errors.Count);
        Assert.Equal(ErrorCodes.JsonTooManyProblems, error.Errors[^1].Code);
        Assert.InRange(allocated, 0, MemoryMultiple * (long)json.Length);
    }

    [Fact]
    public void RuleSetJsonParse_150RulesWithBadIds_Lists100AndCountsTheRest()
    {
        var rules = Enumerable.Range(0, 150).Select(i => TestRules.Rule($"T-{i:D4}", new FindingCriterion(Finding.Fever)));
        var json = RuleSetJson.Serialize(RuleSet.Create("many", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation))
            .Replace("\"T-", "\"t-", StringComparison.Ordinal);

        var error = Assert.Throws<RedFlagsValidationException>(() => RuleSetJson.Parse(json));

        Assert.Equal(RedFlagsJson.MaximumReportedProblems + 1, error.Errors.Count);
        Assert.All(error.Errors.Take(RedFlagsJson.MaximumReportedProblems), e => Assert.Equal(ErrorCodes.RuleIdInvalid, e.Code));
        var last = error.Errors[^1];
        Assert.Equal(ErrorCodes.JsonTooManyProblems, last.Code);
        Assert.Equal("50", last.Value);
        Assert.Contains("50 more were found", last.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RedFlagsValidationException_10000ProblemsBuiltInCode_PrintsAbout100LinesAndKeepsEveryProblem()
    {
        var rules = Enumerable.Range(0, 10_000).Select(i => TestRules.Rule($"bad-{i}", new FindingCriterion(Finding.Fever)));

        var error = Assert.Throws<RedFlagsValidationException>(() => RuleSet.Create("many", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation));

        Assert.Equal(10_000, error.Errors.Count);
        var lines = error.Message.Split('\n');
        Assert.Equal(1 + RedFlagsJson.MaximumReportedProblems + 1, lines.Length);
        Assert.Equal("- ... and 9900 more, listed in Errors.", lines[^1]);
    }

    [Fact]
    public async Task ReadPresentationAsync_ManyProblemsInAStream_ListsTheFirst100()
    {
        var json = "{\"assessmentDate\":\"2025-01-01\",\"pain\":{" + string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"\"unknown{i}\":1")) + "}}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var error = await Assert.ThrowsAsync<RedFlagsValidationException>(() => RedFlagsJson.ReadPresentationAsync(stream));

        Assert.Equal(RedFlagsJson.MaximumReportedProblems + 1, error.Errors.Count);
        Assert.All(error.Errors.Take(RedFlagsJson.MaximumReportedProblems), e => Assert.Equal(ErrorCodes.JsonUnknownProperty, e.Code));
        Assert.Equal(ErrorCodes.JsonTooManyProblems, error.Errors[^1].Code);
    }

    private static (RedFlagsValidationException Error, long Allocated) Read(Action read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<RedFlagsValidationException>(read);
        return (error, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
