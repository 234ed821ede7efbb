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

    [Fact]
    public void TryParse_TenCharacterTexts_AgreesWithTheExactDateTimeParser()
    {
        // The hand-written parser must accept exactly what DateTime.TryParseExact("yyyy-MM-dd", invariant) accepted:
        // 200,000 seeded texts over digits, separators and look-alikes (an Arabic-Indic three, a full-width digit).
        const string Alphabet = "0123456789-0123456789--+ /:T\u0663\uFF11";
        var random = new Random(20261203);
        var text = new char[10];
        for (var i = 0; i < 200_000; i++)
        {
            if (i % 2 == 0)
            {
                // Half are date-shaped (months 00-13, days 00-32, so that month ends and leap days are met often), some
                // with one character changed.
                $"{random.Next(10_000):D4}-{random.Next(14):D2}-{random.Next(33):D2}".CopyTo(0, text, 0, 10);
                if (random.Next(4) == 0)
                {
                    text[random.Next(10)] = Alphabet[random.Next(Alphabet.Length)];
                }
            }
            else
            {
                for (var k = 0; k < text.Length; k++)
                {
                    text[k] = k is 4 or 7 && random.Next(8) > 0 ? '-' : Alphabet[random.Next(Alphabet.Length)];
                }
            }

            var candidate = new string(text);
            var expected = DateTime.TryParseExact(candidate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var reference);
            Assert.True(expected == CalendarDate.TryParse(candidate, out var date), candidate);
            if (expected)
            {
                Assert.Equal(CalendarDate.FromDateTime(reference), date);
            }
        }
    }

    [Fact]
    public void ToString_EveryFifthDayOfTheRange_WritesWhatDateTimeWritesAndReadsBack()
    {
        for (var day = 0; day <= CalendarDate.FromDateTime(DateTime.MaxValue).DayNumber; day += 5)
        {
            var date = CalendarDate.FromDayNumber(day);
            var text = date.ToString();
            Assert.Equal(date.ToDateTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text);
            Assert.True(CalendarDate.TryParse(text, out var back) && back == date, text);
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
