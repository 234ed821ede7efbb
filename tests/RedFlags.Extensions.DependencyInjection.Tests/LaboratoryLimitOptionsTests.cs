using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RedFlags.Extensions.DependencyInjection.Tests;

/// <summary>Issue #18 item 1: a host sets its laboratory's default limits in the options or in configuration; a bad
/// limit fails validation naming the option.</summary>
public sealed class LaboratoryLimitOptionsTests
{
    // Persistent back pain and an adjusted calcium of 2.62 mmol/L with no laboratory flag: above the published 2.60.
    private static readonly PatientPresentation s_calcium262 = new()
    {
        AssessmentDate = TestData.Today,
        AgeYears = 45,
        Sex = Sex.Male,
        Pain = new PainFeatures { Persistent = Presence.Present },
        Labs = new LaboratoryResults { AdjustedCalciumMillimolesPerLitre = 2.62 },
    };

    private static bool HypercalcaemiaRead(RedFlagsAssessor assessor)
        => assessor.Assess(s_calcium262).Conditions.SelectMany(c => c.Flags).SelectMany(f => f.Facts).Any(f => f.Name == "hypercalcaemia" && f.Observed.StartsWith("present", StringComparison.Ordinal));

    [Fact]
    public void Resolve_LaboratoryLimitsOption_ReadsNumbersWithThem()
    {
        using var published = new ServiceCollection().AddRedFlags().BuildServiceProvider(TestData.StrictProvider);
        using var local = new ServiceCollection()
            .AddRedFlags(options => options.LaboratoryLimits = LaboratoryLimits.Default with { AdjustedCalciumAboveMillimolesPerLitre = 2.65 })
            .BuildServiceProvider(TestData.StrictProvider);

        var assessor = local.GetRequiredService<RedFlagsAssessor>();

        Assert.True(HypercalcaemiaRead(published.GetRequiredService<RedFlagsAssessor>()));
        Assert.False(HypercalcaemiaRead(assessor));
        Assert.Equal(2.65, assessor.RuleSet.LaboratoryLimits.AdjustedCalciumAboveMillimolesPerLitre);
        Assert.NotEqual(DefaultCatalogue.RuleSet.Fingerprint, assessor.RuleSet.Fingerprint);
    }

    [Fact]
    public void Resolve_InvalidLaboratoryLimit_FailsNamingTheOptionAndTheValue()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options => options.LaboratoryLimits = LaboratoryLimits.Default with { WhiteCellCountBelowBillionsPerLitre = -4 })
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        Assert.Equal(
            ["Property RedFlagsOptions.LaboratoryLimits.WhiteCellCountBelowBillionsPerLitre: RF2017 A default laboratory limit must be a finite number above zero. (value: -4)"],
            exception.Failures);
    }

    [Fact]
    public void AddRedFlags_ConfigurationLimits_AreBoundAndAnEmptyValueRemovesTheDefault()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RedFlags:LaboratoryLimits:adjustedCalciumAboveMillimolesPerLitre"] = "2.65",
            ["RedFlags:LaboratoryLimits:CrpAboveMilligramsPerLitre"] = "5",
            ["RedFlags:LaboratoryLimits:WhiteCellCountBelowBillionsPerLitre"] = string.Empty,
        }).Build();
        using var provider = new ServiceCollection().AddRedFlags(configuration.GetSection("RedFlags")).BuildServiceProvider(TestData.StrictProvider);

        var limits = provider.GetRequiredService<RedFlagsAssessor>().RuleSet.LaboratoryLimits;

        Assert.Equal(LaboratoryLimits.Default with { AdjustedCalciumAboveMillimolesPerLitre = 2.65, CrpAboveMilligramsPerLitre = 5, WhiteCellCountBelowBillionsPerLitre = null }, limits);
    }

    [Theory]
    [InlineData("CrpAboveMilligramsPerLitre", "2,5", "The configuration value '2,5' at 'RedFlags:LaboratoryLimits:CrpAboveMilligramsPerLitre' is not a number")]
    [InlineData("EsrAboveMillimetresPerHour", "20", "The configuration key 'RedFlags:LaboratoryLimits:EsrAboveMillimetresPerHour' is not a laboratory limit; the limits are AdjustedCalciumAboveMillimolesPerLitre, ")]
    [InlineData("CrpAboveMilligramsPerLitre", "0", "LaboratoryLimits.CrpAboveMilligramsPerLitre: RF2017 A default laboratory limit must be a finite number above zero. (value: 0)")]
    public void AddRedFlags_BadConfigurationLimit_FailsNamingTheKeyAndTheValue(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["RedFlags:LaboratoryLimits:" + key] = value }).Build();
        using var provider = new ServiceCollection().AddRedFlags(configuration.GetSection("RedFlags")).BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagsAssessor>());

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }
}
