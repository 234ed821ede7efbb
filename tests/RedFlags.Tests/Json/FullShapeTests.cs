using System.Security.Cryptography;
using System.Text;
using RedFlags.Json;

namespace RedFlags.Tests.Json;

/// <summary>The full shape of an assessment (<see cref="RedFlagsJson.Serialize(Assessment, bool)"/>) on the 400 varied
/// presentations of <c>docs/examples/cases.ndjson</c>: what it says clinically, and that it reads back.</summary>
public class FullShapeTests
{
    // SHA-256 of the 400 summaries (one line each, LF after every line) of the varied set, taken before the full shape
    // was made lean (issue #17 item 4): the JSON shape changed, no clinical result did. A change to the catalogue or the
    // evaluator that changes a result changes it too; then update it with the CHANGELOG's "Clinical behaviour" entry.
    private const string VariedSetSummariesSha256 = "17564D6FCC00284C853C0C6F7EBDE15F82997773C747783EBC9610A2A2CC4042";

    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    private static readonly Lazy<IReadOnlyList<Assessment>> s_variedSet = new(() => File.ReadLines(RepositoryFiles.PathOf("docs/examples/cases.ndjson"))
        .Where(line => line.Length > 0)
        .Select(line => s_evaluator.Assess(RedFlagsJson.ParsePresentation(line)))
        .ToList());

    [Fact]
    public void SerializeSummary_VariedSet_MatchesTheDigestTakenBeforeTheLeanShape()
    {
        var summaries = new StringBuilder();
        foreach (var assessment in s_variedSet.Value)
        {
            summaries.Append(RedFlagsJson.SerializeSummary(AssessmentSummary.Of(assessment))).Append('\n');
        }

        Assert.Equal(400, s_variedSet.Value.Count);
        Assert.Equal(VariedSetSummariesSha256, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(summaries.ToString()))));
    }

    [Fact]
    public void ParseAssessment_VariedSet_GivesBackTheSameAssessmentAndClinicalResult()
    {
        foreach (var assessment in s_variedSet.Value)
        {
            var read = RedFlagsJson.ParseAssessment(RedFlagsJson.Serialize(assessment));

            Assert.Equal(
                (assessment.Urgency, assessment.DecidingRuleId, FiredRuleIds(assessment)),
                (read.Urgency, read.DecidingRuleId, FiredRuleIds(read)));
            Assert.Equal(assessment, read);
        }
    }

    private static string FiredRuleIds(Assessment assessment)
        => string.Join(" ", assessment.Conditions.SelectMany(c => c.Flags).Concat(assessment.ContributingFlags).Select(f => f.RuleId));
}
