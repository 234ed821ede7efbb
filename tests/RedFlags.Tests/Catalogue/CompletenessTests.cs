using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Catalogue;

/// <summary>Issue #18 item 5: "nothing known" is not "routine". Every assessment names the decisive questions
/// (bladder, bowel, saddle sensation, leg weakness and its course, gait, history of cancer, fever, trauma) it leaves
/// open, and while any is open the assessment is provisional; the urgency is still computed.</summary>
public class CompletenessTests
{
    [Fact]
    public void Assess_EmptyPresentation_IsProvisionalWithEveryDecisiveQuestionOpen()
    {
        var a = Evaluator.Assess(Sparse(null));

        Assert.Equal(Urgency.Routine, a.Urgency);
        Assert.Equal(Enum.GetValues<DecisiveQuestion>(), a.OpenDecisiveQuestions);
        Assert.StartsWith("Incomplete: ask these first: bladder", a.Completeness, StringComparison.Ordinal);
        Assert.Contains("provisional", a.Completeness, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_EmptyPresentation_ListsEveryOpenDecisiveQuestionInTheScreeningJson()
    {
        // A screening summary that says "routine" must not pass for an all-clear when nothing was asked.
        var summary = Evaluator.Summarize(Sparse(null));
        var json = RedFlags.Json.RedFlagsJson.SerializeSummary(summary);

        Assert.Equal(Urgency.Routine, summary.Urgency);
        Assert.Equal(Enum.GetValues<DecisiveQuestion>(), summary.OpenDecisiveQuestions);
        Assert.Contains("\"openDecisiveQuestions\":[\"bladder\",\"bowel\",\"saddleSensation\",\"legWeakness\",\"gait\",\"cancerHistory\",\"fever\",\"trauma\"]", json, StringComparison.Ordinal);
        Assert.Equal(summary, RedFlags.Json.RedFlagsJson.ParseSummary(json));
    }

    [Fact]
    public void Summarize_EverythingAskedAndAbsent_WritesNoOpenDecisiveQuestions()
    {
        var summary = Evaluator.Summarize(NothingFound());

        Assert.Empty(summary.OpenDecisiveQuestions);
        Assert.DoesNotContain("openDecisiveQuestions", RedFlags.Json.RedFlagsJson.SerializeSummary(summary), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_EverythingAskedAndAbsent_IsCompleteAndNotProvisional()
    {
        var a = Evaluator.Assess(NothingFound());

        Assert.Empty(a.OpenDecisiveQuestions);
        Assert.StartsWith("Every decisive question is answered", a.Completeness, StringComparison.Ordinal);
    }

    public static TheoryData<DecisiveQuestion, Finding> OneFindingOfEachQuestion => new()
    {
        { DecisiveQuestion.Bladder, Finding.UrinaryHesitancy },
        { DecisiveQuestion.Bowel, Finding.AlteredRectalSensation },
        { DecisiveQuestion.SaddleSensation, Finding.SaddleNumbness },
        { DecisiveQuestion.LegWeakness, Finding.LegWeakness },
        { DecisiveQuestion.Gait, Finding.GaitDisturbance },
        { DecisiveQuestion.CancerHistory, Finding.PersonalHistoryOfCancer },
        { DecisiveQuestion.Fever, Finding.Fever },
        { DecisiveQuestion.Trauma, Finding.LowEnergyTrauma },
    };

    [Theory]
    [MemberData(nameof(OneFindingOfEachQuestion))]
    public void Assess_OneFindingOfAQuestionUnknown_LeavesOnlyThatQuestionOpen(DecisiveQuestion question, Finding finding)
    {
        var p = NothingFound().With(finding, Presence.Unknown);

        var a = Evaluator.Assess(p);

        Assert.Equal([question], a.OpenDecisiveQuestions);
        Assert.Contains(Vocabulary.Label(question).ToLowerInvariant(), a.Completeness, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OneFindingOfEachQuestion))]
    public void Assess_OneFindingOfAQuestionPresent_AnswersThatQuestion(DecisiveQuestion question, Finding finding)
    {
        var open = Evaluator.Assess(Sparse(null)).OpenDecisiveQuestions;

        var a = Evaluator.Assess(Sparse(null).With(finding));

        Assert.DoesNotContain(question, a.OpenDecisiveQuestions);
        Assert.Equal(open.Count - 1, a.OpenDecisiveQuestions.Count);
    }

    [Fact]
    public void Assess_NoToOneBladderSymptomOnly_LeavesBladderOpen()
    {
        var a = Evaluator.Assess(Sparse().With(Finding.UrinaryRetention, Presence.Absent));

        Assert.Contains(DecisiveQuestion.Bladder, a.OpenDecisiveQuestions);
    }

    [Theory]
    [InlineData(38.0, false)]
    [InlineData(37.9, true)]
    public void Assess_MeasuredTemperatureWithFeverUnknown_AnswersFeverFrom38Degrees(double celsius, bool open)
    {
        // Brief §9.4 INF-FEVER: measured T >= 38.0 °C is a fever; a lower reading does not answer "fevers or rigors?".
        var a = Evaluator.Assess(NothingFound().With(Finding.Fever, Presence.Unknown).With(Quantity.TemperatureCelsius, celsius));

        Assert.Equal(open, a.OpenDecisiveQuestions.Contains(DecisiveQuestion.Fever));
    }

    [Fact]
    public void Assess_EmergencyWithQuestionsOpen_KeepsItsUrgencyAndSaysProvisional()
    {
        var a = Evaluator.Assess(Sparse().With(Finding.SaddleNumbness, Finding.NeurologicalSymptomsRecent));

        Assert.Equal(Urgency.Emergency, a.Urgency);
        Assert.DoesNotContain(DecisiveQuestion.SaddleSensation, a.OpenDecisiveQuestions);
    }

    [Fact]
    public void Assess_BothEngines_AgreeOnCompleteness()
    {
        var p = Sparse().With(Finding.Fever);
        var compiled = new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Compiled);

        Assert.Equal(Evaluator.Assess(p), compiled.Assess(p));
    }
}
