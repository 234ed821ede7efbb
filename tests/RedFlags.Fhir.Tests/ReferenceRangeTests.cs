namespace RedFlags.Fhir.Tests;

/// <summary>Issue #18 item 1: a laboratory result's own reference range reaches the presentation's range field, so the
/// core reads the number with it and the assessment says "laboratory range"; the laboratory's interpretation still wins,
/// and a range the presentation would refuse is reported and not used.</summary>
public class ReferenceRangeTests
{
    private static readonly CalendarDate s_date = new(2025, 3, 10);

    private static FhirReadResult Read(BundleBuilder bundle) =>
        FhirPresentationReader.ReadJson([bundle.Json()], s_date, CareSetting.PrimaryCare);

    private static BundleBuilder Man() => new BundleBuilder().Patient("male", "1970-01-01");

    [Fact]
    public void ReadJson_HaemoglobinWithRangeOnly_SetsTheRangeAndLeavesTheFindingToTheCore()
    {
        // 128 g/L is anaemia by WHO's limit for men (130) but not by this laboratory's range (120-170).
        var read = Read(Man().Observation("718-7", 128, "g/L", "2025-03-01", range: (120, 170)));

        Assert.Equal(new ReferenceRange { Low = 120, High = 170 }, read.Presentation.Labs.HaemoglobinRange);
        Assert.Equal(Presence.Unknown, read.Presentation.Labs.Anaemia);
        Assert.Contains(read.Report.Mapped, m => m.Field == "labs.haemoglobinRange" && m.Value == "120-170");
        Assert.Equal(Presence.Absent, LaboratoryLimits.Default.Read(read.Presentation).Labs.Anaemia);
    }

    [Fact]
    public void Assess_CalciumAboveItsLaboratoryRange_SaysTheLaboratoryRangeWasUsed()
    {
        var read = Read(Man().Observation("29265-6", 2.70m, "mmol/L", "2025-03-01", range: (2.10m, 2.55m)));
        var presentation = read.Presentation with { Pain = read.Presentation.Pain with { Persistent = Presence.Present } };

        var fact = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(presentation).Conditions
            .SelectMany(c => c.Flags).SelectMany(f => f.Facts).First(f => f.Name == "hypercalcaemia");

        Assert.Equal("present: adjusted calcium 2.7 mmol/L, above 2.55 mmol/L (laboratory range)", fact.Observed);
    }

    [Fact]
    public void ReadJson_InterpretationAndRange_TheInterpretationWinsAndNoRangeIsSet()
    {
        var read = Read(Man().Observation("6690-2", 3.5m, "10*9/L", "2025-03-01", interpretation: "N", range: (4.0m, 11.0m)));

        Assert.Equal(Presence.Absent, read.Presentation.Labs.Leukopenia);
        Assert.Null(read.Presentation.Labs.WhiteCellCountRange);
        Assert.Contains(read.Report.Mapped, m => m.Field == "labs.leukopenia" && m.Note == "From Observation.interpretation.");
    }

    [Theory]
    [InlineData(170, 120)]
    [InlineData(-1, 170)]
    public void ReadJson_RangeThePresentationWouldRefuse_IsReportedAndTheDefaultLimitApplies(int low, int high)
    {
        var read = Read(Man().Observation("718-7", 125, "g/L", "2025-03-01", range: (low, high)));

        Assert.Null(read.Presentation.Labs.HaemoglobinRange);
        Assert.True(PresentationValidator.Validate(read.Presentation).IsValid);
        Assert.Contains(read.Report.NotUsed, n => n.Reason.StartsWith("The reference range is not usable", StringComparison.Ordinal));
        Assert.Equal(Presence.Present, LaboratoryLimits.Default.Read(read.Presentation).Labs.Anaemia);
    }

    [Fact]
    public void ReadJson_RangeInAnotherUnit_IsConvertedLikeTheValue()
    {
        // 11.5 g/dL is 115 g/L, below this laboratory's 12.0-16.0 g/dL (120-160 g/L).
        var read = Read(Man().Observation("718-7", 11.5m, "g/dL", "2025-03-01", range: (12.0m, 16.0m)));

        Assert.Equal(new ReferenceRange { Low = 120, High = 160 }, read.Presentation.Labs.HaemoglobinRange);
        Assert.Equal(Presence.Present, LaboratoryLimits.Default.Read(read.Presentation).Labs.Anaemia);
    }
}
