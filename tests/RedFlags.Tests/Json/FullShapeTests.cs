using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using RedFlags.Json;
using RedFlags.Rules;
using RedFlags.Testing;
using Xunit.Abstractions;

namespace RedFlags.Tests.Json;

/// <summary>The full shape of an assessment (<see cref="RedFlagsJson.Serialize(Assessment, bool)"/>) on the 400 varied
/// presentations of <c>docs/examples/cases.ndjson</c>: what it says clinically, and that it reads back.</summary>
public class FullShapeTests(ITestOutputHelper output)
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
        // The summary later gained openDecisiveQuestions (issue #18 item 5; not written when empty): without it, every
        // other byte of the 400 summaries is still what it was before the lean full shape.
        var summaries = new StringBuilder();
        foreach (var assessment in s_variedSet.Value)
        {
            summaries.Append(RedFlagsJson.SerializeSummary(AssessmentSummary.Of(assessment) with { OpenDecisiveQuestions = [] })).Append('\n');
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

    [Fact]
    public void Serialize_VariedSet_StaysWithinTheMeasuredSizeBudget()
    {
        var sizes = s_variedSet.Value.Select(a => Encoding.UTF8.GetByteCount(RedFlagsJson.Serialize(a))).ToList();
        output.WriteLine($"Full shape on the varied set: {sizes.Count} lines, {sizes.Average():0} bytes a line on average, {sizes.Max()} at most, {sizes.Min()} at least.");

        // Issue #17 item 4 asks for at most 8 KB a line. Writing nothing twice took the average from 19,410 to 15,027
        // bytes (the largest line from 41,219 to 30,344); what is left is written once: every fired flag's texts, facts
        // and evidence figures, each recommendation and citation once, the questions (about 3.5 KB) and the statements
        // (CHANGELOG, docs/benchmarks.md). This budget keeps it from growing back.
        Assert.True(sizes.Average() <= 15 * 1024, $"The full assessments average {sizes.Average():0} bytes (largest {sizes.Max()}).");
    }

    [Fact]
    public void Serialize_VariedSet_WritesEachRecommendationAndCitationOnce()
    {
        foreach (var assessment in s_variedSet.Value)
        {
            var document = JsonNode.Parse(RedFlagsJson.Serialize(assessment))!;
            var strings = Strings(document).ToList();
            var written = document["recommendations"]!.AsArray().SelectMany(r => new[] { r!["action"]!, r["basis"]! })
                .Concat(document["sources"]?.AsArray().Select(source => source!["citation"]!) ?? [])
                .Select(value => value.GetValue<string>());

            Assert.All(written, text => Assert.Equal(1, strings.Count(s => s == text)));
        }
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(RedFlagsArbitraries)])]
    public void Serialize_ReadBackAndWrittenAgain_IsByteIdentical(ValidPresentation patient)
    {
        var json = RedFlagsJson.Serialize(s_evaluator.Assess(patient.Value));

        Assert.Equal(json, RedFlagsJson.Serialize(RedFlagsJson.ParseAssessment(json)));
    }

    [Fact]
    public void Serialize_AssessmentUnlikeTheEvaluatorsOwn_ReadsBackEqualAndByteIdentical()
    {
        // What the evaluator never makes, but a caller can: two recommendations that would share an id (a rule id repeated,
        // a rule called "default"), a flag under another condition with an urgency not its recommendation's, an estimate
        // with its own method, an overall recommendation that is not the deciding flag's, a deciding rule that is no flag.
        var routine = new Recommendation { Urgency = Urgency.Routine, Action = "Review", Timeframe = "Weeks", Basis = "B", PatientAdvice = "A" };
        var soon = routine with { Urgency = Urgency.Soon, Action = "Refer" };
        var flag = new FiredFlag { RuleId = "X", Condition = SuspectedCondition.Malignancy, Urgency = Urgency.Soon, Recommendation = soon, Evidence = [new EvidenceSource { Citation = "C", Tag = EvidenceTag.Design }] };
        var assessment = new Assessment
        {
            AssessmentDate = new CalendarDate(2025, 3, 14),
            Urgency = Urgency.Soon,
            Recommendation = routine with { Action = "Something else" },
            DecidingRuleId = "NOT-A-FLAG",
            Conditions =
            [
                new ConditionAssessment
                {
                    Condition = SuspectedCondition.Malignancy,
                    Flags = [flag, flag with { Recommendation = routine }, flag with { RuleId = "default", Condition = SuspectedCondition.SpinalInfection, Urgency = Urgency.Urgent, Recommendation = routine with { Basis = "Other" } }],
                    Probability = new ProbabilityEstimate { Method = "M", Caveat = "K" },
                },
                new ConditionAssessment { Condition = SuspectedCondition.SpinalInfection, Probability = new ProbabilityEstimate { Note = "N" } },
            ],
            ContributingFlags = [flag with { RuleId = "Y", ContributesOnly = true, Evidence = [new EvidenceSource { Citation = "C", Tag = EvidenceTag.Verified }, new EvidenceSource { Citation = "D", Tag = EvidenceTag.Computed }] }],
            Statement = string.Empty,
        };

        var json = RedFlagsJson.Serialize(assessment);
        var read = RedFlagsJson.ParseAssessment(json);

        Assert.Equal(assessment, read);
        Assert.Equal(json, RedFlagsJson.Serialize(read));
        Assert.Contains("\"id\":\"X~2\"", json, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"default~2\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"recommendation\":\"NOPE\"", "RF3005", "recommendation")]
    [InlineData("\"decidingRuleId\":\"NOPE\"", "RF3004", "recommendation")]
    [InlineData("\"source\":\"s99\"", "RF3005", "conditions[0].flags[0].evidence[0].source")]
    [InlineData("\"sources\":[{\"id\":\"s1\",\"citation\":\"a\"},{\"id\":\"s1\",\"citation\":\"b\"}]", "RF3006", "sources[1].id")]
    public void ParseAssessment_ReferenceTheDocumentDoesNotResolve_IsReportedWithItsPath(string replacement, string code, string path)
    {
        var json = Reference(replacement);

        var exception = Assert.Throws<RedFlagsValidationException>(() => RedFlagsJson.ParseAssessment(json));

        Assert.Contains(exception.Errors, e => e.Code == code && e.Path == path);
    }

    // A written assessment with one deciding flag, whose recommendation, deciding rule, first source or sources are replaced.
    private static string Reference(string replacement)
    {
        var assessment = s_evaluator.Assess(JsonTestData.Presentations["cauda-equina"]);
        var document = JsonNode.Parse(RedFlagsJson.Serialize(assessment))!.AsObject();
        var replaced = JsonNode.Parse("{" + replacement + "}")!.AsObject().Single();
        if (replaced.Key == "source")
        {
            document["conditions"]![0]!["flags"]![0]!["evidence"]![0]!["source"] = replaced.Value!.DeepClone();
        }
        else
        {
            document[replaced.Key] = replaced.Value!.DeepClone();
        }

        return document.ToJsonString();
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
