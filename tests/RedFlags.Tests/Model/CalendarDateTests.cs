using RedFlags.Tests.Support;

namespace RedFlags.Tests.Model;

public class CalendarDateTests
{
    [Theory]
    [InlineData("2026-11-24", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2026-1-5", false)]
    [InlineData("24/11/2026", false)]
    [InlineData("", false)]
    public void TryParse_AnyText_AcceptsOnlyIsoCalendarDates(string text, bool valid)
    {
        Assert.Equal(valid, CalendarDate.TryParse(text, out var date));
        if (valid)
        {
            Assert.Equal(text, date.ToString());
        }
    }

    [Theory]
    [InlineData("1976-11-24", "2026-11-24", 50)]
    [InlineData("1976-11-25", "2026-11-24", 49)]
    [InlineData("2000-02-29", "2025-02-28", 24)]
    [InlineData("2000-02-29", "2025-03-01", 25)]
    public void CompletedYearsSince_AroundBirthdays_CountsAnAgeAsThePatientWould(string born, string assessed, int years)
        => Assert.Equal(years, CalendarDate.Parse(assessed).CompletedYearsSince(CalendarDate.Parse(born)));

    [Fact]
    public void DateOfBirth_WithoutAge_GivesTheAgeTheRulesUse()
    {
        var p = new PatientPresentation { AssessmentDate = new CalendarDate(2026, 11, 24), DateOfBirth = new CalendarDate(1976, 11, 25), CareSetting = CareSetting.PrimaryCare };
        Assert.DoesNotContain("MAL-AGE-50", Support.Patients.Evaluator.Assess(p).FiredRuleIds());
        Assert.Contains("MAL-AGE-50", Support.Patients.Evaluator.Assess(p with { DateOfBirth = new CalendarDate(1976, 11, 24) }).FiredRuleIds());
    }

    [Fact]
    public void DateOnly_RoundTrip_ConvertsBothWays()
    {
        CalendarDate date = new DateOnly(2026, 11, 24);
        Assert.Equal(new DateOnly(2026, 11, 24), date.ToDateOnly());
        Assert.Equal(new CalendarDate(2026, 11, 24), CalendarDate.FromDateTime(new DateTime(2026, 11, 24, 23, 59, 0, DateTimeKind.Local)));
    }

    [Fact]
    public void Operators_TwoDates_OrderThem()
    {
        var a = new CalendarDate(2026, 1, 1);
        var b = a.AddDays(1);
        Assert.True(a < b && b > a && a <= b && b >= a && a != b);
        Assert.Equal(1, b.DaysSince(a));
    }
}
