using System.Text;

namespace RedFlags.Fhir.Tests;

/// <summary>Issue #18 item 6: a card lists the assessment's first five questions in its ranked order, worded as what
/// to do, and never says that recording age or sex could raise the urgency.</summary>
public class CardQuestionTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    private static Assessment NothingKnown() => s_evaluator.Assess(new PatientPresentation { AssessmentDate = new CalendarDate(2026, 12, 3) });

    private static string QuestionList(Question[] questions)
    {
        var markdown = new StringBuilder();
        CdsHooksWriter.AppendQuestions(markdown, questions);
        return markdown.ToString();
    }

    [Fact]
    public void AppendQuestions_NothingKnown_ListsTheAssessmentsFirstFiveAndCountsTheRest()
    {
        var assessment = NothingKnown();

        var lines = QuestionList([.. assessment.Questions]).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];

        Assert.Equal(assessment.Questions.Take(5).Select(q => "- " + CdsHooksWriter.Escape(Vocabulary.Prompt(q)) + " (could raise the urgency to emergency)"), lines[..5]);
        Assert.Equal($"- and {assessment.Questions.Count - 5} more", lines[5]);
    }

    [Fact]
    public void AppendQuestions_AgeToRecord_SaysRecordAndNeverThatItCouldRaiseTheUrgency()
    {
        var age = NothingKnown().Questions.Single(q => q.Name == "ageYears");

        var text = QuestionList([age]);

        Assert.Equal(Urgency.Emergency, age.CouldRaiseUrgencyTo);
        Assert.Contains("- Record: Age\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("could raise", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AppendQuestions_UnknownLaboratoryFinding_IsWordedAsATestToRequestOrAResultToEnter()
    {
        var calcium = NothingKnown().Questions.Single(q => q.Name == "hypercalcaemia");

        Assert.Contains("- Request the test or enter its result: Hypercalcaemia (could raise", QuestionList([calcium]), StringComparison.Ordinal);
    }

    [Fact]
    public void AppendQuestions_CrpWithoutFlagOrRange_AsksToCompleteTheResult()
    {
        var assessment = s_evaluator.Assess(new PatientPresentation
        {
            AssessmentDate = new CalendarDate(2026, 12, 3),
            AgeYears = 45,
            History = new MedicalHistory { InjectingDrugUse = Presence.Present },
            Labs = new LaboratoryResults { CrpMilligramsPerLitre = 40 },
        });

        var crp = assessment.Questions.Single(q => q.Name == "raisedCrp");

        Assert.Equal(QuestionAction.EnterResult, crp.Action);
        Assert.StartsWith("- Complete the result: CRP above the reference range", QuestionList([crp]).Split('\n')[2], StringComparison.Ordinal);
    }
}
