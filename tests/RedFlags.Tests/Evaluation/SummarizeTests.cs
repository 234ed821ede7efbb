using FsCheck.Xunit;
using RedFlags.Json;
using RedFlags.Rules;
using RedFlags.Testing;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// <see cref="RedFlagEvaluator.Summarize"/> skips the explanation but must say exactly what the summary of the
/// explained assessment says: same urgency, deciding rule, action, conditions with their rules and urgency, questions
/// and rule set, in both evaluation modes and for any rule set.
/// </summary>
public class SummarizeTests
{
    // Built per test-class instance, never in a static initialiser (mutation testing switches mutants per test).
    private readonly Lazy<RedFlagEvaluator> _compiled = new(() => new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Compiled));
    private readonly Lazy<RedFlagEvaluator> _interpreted = new(() => new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Interpreted));

    [Fact]
    public void Summarize_VariedSet_EqualsTheSummaryOfTheExplainedAssessmentInBothModes()
    {
        var lines = File.ReadLines(RepositoryFiles.PathOf("docs/examples/cases.ndjson")).Where(line => line.Length > 0).ToList();
        Assert.Equal(400, lines.Count);
        foreach (var line in lines)
        {
            var presentation = RedFlagsJson.ParsePresentation(line);
            foreach (var evaluator in new[] { _compiled.Value, _interpreted.Value })
            {
                var expected = AssessmentSummary.Of(evaluator.Assess(presentation));
                var summary = evaluator.Summarize(presentation);
                Assert.True(expected == summary, $"{evaluator.Mode}: {RedFlagsJson.SerializeSummary(summary)}\nexpected {RedFlagsJson.SerializeSummary(expected)}");
            }
        }
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Summarize_GeneratedPresentations_EqualsTheSummaryOfTheExplainedAssessment(ValidPresentation patient)
    {
        Assert.Equal(AssessmentSummary.Of(_compiled.Value.Assess(patient.Value)), _compiled.Value.Summarize(patient.Value));
        Assert.Equal(AssessmentSummary.Of(_interpreted.Value.Assess(patient.Value)), _interpreted.Value.Summarize(patient.Value));
    }

    [Property(Arbitrary = [typeof(RuleSetArbitraries), typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Summarize_GeneratedRuleSetsWithContributingRules_EqualsTheSummaryOfTheExplainedAssessment(GeneratedRuleSet rules, ValidPresentation patient)
    {
        // Every third routine rule only contributes (RF2018 allows no other), so that conditions made only by
        // contributing flags, and contributing flags under another flag's condition, are met.
        var set = rules.Value;
        var withContributing = RuleSet.Create(
            set.Id,
            set.Version,
            set.Rules.Select(r => r.Priority % 3 == 0 && r.Recommendation.Urgency == Urgency.Routine ? r with { ContributesOnly = true } : r),
            set.PreTestProbabilities,
            set.DefaultRecommendation);
        var evaluator = new RedFlagEvaluator(withContributing);
        Assert.Equal(AssessmentSummary.Of(evaluator.Assess(patient.Value)), evaluator.Summarize(patient.Value));
    }

    [Fact]
    public void Summarize_EmptyPresentation_ListsTheFirstFiveQuestionsAndCountsTheRest()
    {
        var presentation = new PatientPresentation { Id = "Patient/7", AssessmentDate = new CalendarDate(2026, 12, 3) };
        var summary = _compiled.Value.Summarize(presentation);
        var assessment = _compiled.Value.Assess(presentation);
        Assert.Equal("Patient/7", summary.Id);
        Assert.Null(summary.DecidingRuleId);
        Assert.Equal(DefaultCatalogue.RuleSet.DefaultRecommendation.Action, summary.Action);
        Assert.Equal(assessment.Questions.Take(AssessmentSummary.QuestionsListed).Select(q => q.Name), summary.Questions);
        Assert.Equal(assessment.Questions.Count - AssessmentSummary.QuestionsListed, summary.MoreQuestions);
        Assert.True(summary.MoreQuestions > 0);
        Assert.Empty(summary.RuleSet.Customisations);
    }

    [Fact]
    public void Summarize_InvalidPresentation_ThrowsLikeAssess()
    {
        var invalid = Patients.Sparse() with { AgeYears = -1 };
        var assessError = Assert.Throws<RedFlagsValidationException>(() => _compiled.Value.Assess(invalid));
        var summarizeError = Assert.Throws<RedFlagsValidationException>(() => _compiled.Value.Summarize(invalid));
        Assert.Equal(assessError.Message, summarizeError.Message);
        Assert.Throws<ArgumentNullException>(() => _compiled.Value.Summarize(null!));
    }
}
