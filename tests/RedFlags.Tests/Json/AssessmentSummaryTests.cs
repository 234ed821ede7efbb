using System.Text;
using FsCheck.Xunit;
using RedFlags.Json;
using RedFlags.Testing;

namespace RedFlags.Tests.Json;

public class AssessmentSummaryTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    [Fact]
    public void SerializeSummary_VariedSet_IsAtMostOneKilobyteALineOnAverage()
    {
        var summaries = File.ReadLines(RepositoryFiles.PathOf("docs/examples/cases.ndjson"))
            .Where(line => line.Length > 0)
            .Select(line => RedFlagsJson.SerializeSummary(AssessmentSummary.Of(s_evaluator.Assess(RedFlagsJson.ParsePresentation(line)))))
            .ToList();

        // The target of issue #17, read as the average line: the longest lines carry the cauda equina pathway's action
        // (about 300 characters) and five conditions, and reach about 1.3 KB (CHANGELOG, issue #17).
        var sizes = summaries.Select(Encoding.UTF8.GetByteCount).ToList();
        Assert.Equal(400, summaries.Count);
        Assert.True(sizes.Average() <= 1024, $"The summaries average {sizes.Average():0} bytes.");
    }

    [Fact]
    public void Of_Assessment_CarriesTheIdTheDecisionAndTheFirstQuestions()
    {
        var presentation = new PatientPresentation { Id = "Patient/42", AssessmentDate = new CalendarDate(2025, 3, 14) };
        var assessment = s_evaluator.Assess(presentation);

        var summary = AssessmentSummary.Of(assessment);

        Assert.Equal(("Patient/42", assessment.Urgency, assessment.Recommendation.Action), (summary.Id, summary.Urgency, summary.Action));
        Assert.Equal(assessment.Questions.Take(AssessmentSummary.QuestionsListed).Select(q => q.Name), summary.Questions);
        Assert.Equal(assessment.Questions.Count - AssessmentSummary.QuestionsListed, summary.MoreQuestions);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(RedFlagsArbitraries)])]
    public void ParseSummary_WrittenSummary_RoundTrips(ValidPresentation patient)
    {
        var summary = AssessmentSummary.Of(s_evaluator.Assess(patient.Value with { Id = "case-" + patient.Value.AgeYears }));

        Assert.Equal(summary, RedFlagsJson.ParseSummary(RedFlagsJson.SerializeSummary(summary)));
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(RedFlagsArbitraries)])]
    public void ParseAssessment_WrittenAssessment_RoundTrips(ValidPresentation patient)
    {
        var assessment = s_evaluator.Assess(patient.Value);

        Assert.Equal(assessment, RedFlagsJson.ParseAssessment(RedFlagsJson.Serialize(assessment)));
    }
}
