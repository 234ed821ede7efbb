using Microsoft.Extensions.DependencyInjection;

namespace RedFlags.Extensions.DependencyInjection.Tests;

public sealed class RedFlagsAssessorTests
{
    // 23:30 UTC on 1 March is already 2 March in UTC+02:00.
    private static readonly DateTimeOffset s_lateEvening = new(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo s_plusTwo = TimeZoneInfo.CreateCustomTimeZone("Test+02", TimeSpan.FromHours(2), "Test+02", "Test+02");

    [Fact]
    public void Assess_NoAssessmentDate_UsesTodayInTheTimeProvidersZone()
    {
        using var provider = Build(new FixedTimeProvider(s_lateEvening, s_plusTwo));
        var assessor = provider.GetRequiredService<RedFlagsAssessor>();

        var assessment = assessor.Assess(TestData.WithCancerHistory());

        Assert.Equal(new CalendarDate(2026, 3, 2), assessment.AssessmentDate);
        Assert.Equal(new CalendarDate(2026, 3, 2), assessor.GetToday());
        Assert.Contains("MAL-HISTORY-OF-CANCER", TestData.FiredRuleIds(assessment));
    }

    [Fact]
    public void Assess_NoAssessmentDateInUtc_UsesTheUtcDate()
    {
        using var provider = Build(new FixedTimeProvider(s_lateEvening, TimeZoneInfo.Utc));

        var assessment = provider.GetRequiredService<RedFlagsAssessor>().Assess(TestData.WithCancerHistory());

        Assert.Equal(new CalendarDate(2026, 3, 1), assessment.AssessmentDate);
    }

    [Fact]
    public void Assess_ExplicitAssessmentDate_IsKept()
    {
        using var provider = Build(new FixedTimeProvider(s_lateEvening, s_plusTwo));

        var assessment = provider.GetRequiredService<RedFlagsAssessor>().Assess(TestData.WithCancerHistory(new CalendarDate(2026, 2, 20)));

        Assert.Equal(new CalendarDate(2026, 2, 20), assessment.AssessmentDate);
    }

    [Fact]
    public void Assess_UnspecifiedCareSetting_UsesTheDefault()
    {
        using var provider = Build(new FixedTimeProvider(s_lateEvening, s_plusTwo), CareSetting.PrimaryCare);
        var assessor = provider.GetRequiredService<RedFlagsAssessor>();

        Assert.Equal(CareSetting.PrimaryCare, assessor.Assess(TestData.WithCancerHistory()).CareSetting);
        Assert.Equal(
            CareSetting.EmergencyDepartment,
            assessor.Assess(TestData.WithCancerHistory() with { CareSetting = CareSetting.EmergencyDepartment }).CareSetting);
    }

    [Fact]
    public void AssessUrgency_IncompletePresentation_MatchesTheEvaluatorOnTheCompletedPresentation()
    {
        using var provider = Build(new FixedTimeProvider(s_lateEvening, s_plusTwo), CareSetting.PrimaryCare);
        var assessor = provider.GetRequiredService<RedFlagsAssessor>();
        var evaluator = provider.GetRequiredService<RedFlagEvaluator>();
        var presentation = TestData.WithCancerHistory();

        Assert.Equal(evaluator.AssessUrgency(assessor.ApplyDefaults(presentation)), assessor.AssessUrgency(presentation));
        Assert.Equal(evaluator.Assess(assessor.ApplyDefaults(presentation)), assessor.Assess(presentation));
    }

    [Fact]
    public void ApplyDefaults_NothingMissing_ReturnsTheSameInstance()
    {
        var assessor = new RedFlagsAssessor(new RedFlagEvaluator(DefaultCatalogue.RuleSet), new FixedTimeProvider(s_lateEvening, s_plusTwo), CareSetting.PrimaryCare);
        var presentation = TestData.WithCancerHistory(TestData.Today) with { CareSetting = CareSetting.Oncology };

        Assert.Same(presentation, assessor.ApplyDefaults(presentation));
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);

        Assert.Throws<ArgumentNullException>("evaluator", () => new RedFlagsAssessor(null!, TimeProvider.System));
        Assert.Throws<ArgumentNullException>("timeProvider", () => new RedFlagsAssessor(evaluator, null!));
        Assert.Throws<ArgumentOutOfRangeException>("defaultCareSetting", () => new RedFlagsAssessor(evaluator, TimeProvider.System, (CareSetting)42));
        Assert.Throws<ArgumentNullException>("presentation", () => new RedFlagsAssessor(evaluator, TimeProvider.System).Assess(null!));
    }

    private static ServiceProvider Build(TimeProvider clock, CareSetting careSetting = CareSetting.Unspecified)
        => new ServiceCollection()
            .AddSingleton(clock)
            .AddRedFlags(options => options.DefaultCareSetting = careSetting)
            .BuildServiceProvider(TestData.StrictProvider);
}
