namespace RedFlags.Fhir.Tests;

/// <summary>Issue #18 item 8: flags that only feed combinations never make a card of their own.</summary>
public class ContributingFlagCardTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    private static Assessment Assess(PatientPresentation presentation) => s_evaluator.Assess(presentation);

    private static PatientPresentation WomanOf72() => new()
    {
        AssessmentDate = new CalendarDate(2026, 12, 3),
        AgeYears = 72,
        Sex = Sex.Female,
    };

    [Fact]
    public void ToCards_WomanOf72WithNothingElse_HasOnlyTheOverallCardNamingTheContributingFeatures()
    {
        var cards = CdsHooksWriter.ToCards(Assess(WomanOf72()));

        var overall = Assert.Single(cards);
        Assert.Contains("*Contributing, not warning signs alone:* ", overall.Detail, StringComparison.Ordinal);
        Assert.Contains("Female sex", overall.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(cards, c => c.Summary.StartsWith("Vertebral fracture", StringComparison.Ordinal));
    }

    [Fact]
    public void ToCards_FractureFlagWithAgeOver70_ConditionCardSummaryNamesOnlyTheConditionsOwnFlag()
    {
        var assessment = Assess(WomanOf72() with { History = new MedicalHistory { CorticosteroidDurationDays = 120 } });

        var card = Assert.Single(CdsHooksWriter.ToCards(assessment), c => c.Summary.StartsWith("Vertebral fracture", StringComparison.Ordinal));

        Assert.DoesNotContain("Age over 70", card.Summary, StringComparison.Ordinal);
        Assert.Contains("(`FRX-AGE-70`, contributing)", card.Detail, StringComparison.Ordinal);
    }
}
