using RedFlags.Json;

namespace RedFlags.Fhir.Tests;

/// <summary>Issue #18 item 5 in CDS Hooks: while a decisive question is open, the overall card reads as provisional
/// and names the open questions; the urgency is still shown.</summary>
public class CompletenessCardTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    [Fact]
    public void ToCards_NothingKnown_OverallCardIsProvisionalAndNamesTheOpenQuestions()
    {
        var assessment = s_evaluator.Assess(new PatientPresentation { AssessmentDate = new CalendarDate(2026, 12, 3) });

        var overall = CdsHooksWriter.ToCards(assessment)[0];

        Assert.StartsWith("Back pain red flags: routine (provisional) - ", overall.Summary, StringComparison.Ordinal);
        Assert.Contains("**Provisional:** Incomplete: ask these first: ", overall.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCards_EveryDecisiveQuestionAnswered_OverallCardIsNotProvisional()
    {
        var json = File.ReadAllText(RepositoryFiles.PathOf("docs/examples/13-no-red-flags.json"));
        var assessment = s_evaluator.Assess(RedFlagsJson.ParsePresentation(json));

        var overall = CdsHooksWriter.ToCards(assessment)[0];

        Assert.Empty(assessment.OpenDecisiveQuestions);
        Assert.DoesNotContain("provisional", overall.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Provisional", overall.Detail, StringComparison.Ordinal);
    }
}
