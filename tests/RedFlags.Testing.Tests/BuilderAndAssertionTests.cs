using RedFlags.Testing;

namespace RedFlags.Testing.Tests;

public class BuilderAndAssertionTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);
    private static readonly CalendarDate s_today = new(2026, 11, 24);

    [Fact]
    public void Builder_KnownCancerWithNightPain_GivesTheMsccPainPathway()
        => s_evaluator.Assess(PresentationBuilder.AssessedOn(s_today).Aged(67).In(CareSetting.PrimaryCare).WithCancer(CancerSite.Lung).With(Finding.NightPain).Build())
            .ShouldHaveUrgency(Urgency.Urgent)
            .ShouldBeDecidedBy("MAL-MSCC-PAIN")
            .ShouldFire("MAL-HIGH-RISK-PRIMARY")
            .ShouldNotFire("MAL-MSCC-NEURO")
            .ShouldAsk("gaitDisturbance");

    [Fact]
    public void Builder_WithoutFinding_RecordsItAsAbsentNotUnknown()
    {
        var p = PresentationBuilder.AssessedOn(s_today).Without(Finding.SaddleNumbness).With(Quantity.TemperatureCelsius, 37.2).Build();
        Assert.Equal(Presence.Absent, p.Neurology.SaddleNumbnessOrTingling);
        Assert.Equal(37.2, p.Systemic.TemperatureCelsius);
        s_evaluator.Assess(p).ShouldHaveUrgency(Urgency.Routine).ShouldBeDecidedBy(null);
    }

    [Fact]
    public void ShouldFire_WhenTheFlagDidNotFire_ExplainsWhatDid()
    {
        var assessment = s_evaluator.Assess(PresentationBuilder.AssessedOn(s_today).Aged(52).Build());
        var ex = Assert.Throws<RedFlagsAssertionException>(() => assessment.ShouldFire("CES-BLADDER"));
        Assert.StartsWith("Expected flag CES-BLADDER to fire, but it did not.\nUrgency Routine, decided by MAL-AGE-50", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MAL-AGE-50 (Routine) on: Age: 52 years (rule: >= 50 years)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldHaveUrgency_WhenItDiffers_Throws()
        => Assert.Throws<RedFlagsAssertionException>(() => s_evaluator.Assess(PresentationBuilder.AssessedOn(s_today).With(Finding.SaddleNumbness).Build()).ShouldHaveUrgency(Urgency.Soon));

    [Fact]
    public void IndependentFindings_FindingsThatShareAField_AreExcluded()
    {
        Assert.DoesNotContain(Finding.HighEnergyTrauma, PresentationExtensions.IndependentFindings);
        Assert.Contains(Finding.SaddleNumbness, PresentationExtensions.IndependentFindings);
    }
}
