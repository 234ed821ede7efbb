using Fhir.Metrics;

namespace RedFlags.Fhir.Tests;

/// <summary>What Fhir.Metrics (the Firely SDK's UCUM library) does with the units the reader accepts: the reasons of
/// decision 8 for keeping the hand-written converter. A failure here means the library changed: reopen decision 8.</summary>
public class UnitLibraryTests
{
    private static readonly SystemOfUnits s_ucum = UCUM.Load();

    [Theory]
    [InlineData("37", "Cel")]
    [InlineData("98.6", "[degF]")]
    public void Canonical_TemperatureSpecialUnits_AreNotSupported(string value, string unit)
    {
        Assert.Throws<InvalidCastException>(() => s_ucum.Canonical(s_ucum.Quantity(value, unit)));
    }

    [Fact]
    public void Canonical_EsrUnitWithParentheses_IsNotParsed()
    {
        Assert.Throws<ArgumentException>(() => s_ucum.Canonical(s_ucum.Quantity("20", "mm/(1.h)")));
    }

    [Fact]
    public void Canonical_CrpOfOneMilligramPerLitre_ComesBackWithAnUncertaintyTheLabDidNotReport()
    {
        Assert.Equal("[1.0±0.5]e0g.m-3", s_ucum.Canonical(s_ucum.Quantity("1", "mg/L")).ToString());
    }

    [Fact]
    public void Convert_HandWrittenTable_ConvertsWhatTheLibraryCannot()
    {
        Assert.True(Internal.UcumConverter.TryConvert(Internal.ObservationKind.BodyTemperature, 98.6, "[degF]", out var celsius));
        Assert.Equal(37.0, celsius, 1);
    }
}
