using RedFlags.Json;
using RedFlags.Rules;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Rules;

/// <summary>Issue #18 item 1, "rule sets can change the defaults": the default laboratory limits travel with a rule set
/// through composition, rule files and their round trip, and a bad limit loads nothing.</summary>
public class LaboratoryLimitCompositionTests
{
    private static readonly LaboratoryLimits s_localLaboratory = LaboratoryLimits.Default with
    {
        AdjustedCalciumAboveMillimolesPerLitre = 2.65,
        CrpAboveMilligramsPerLitre = 5,
    };

    // Persistent back pain with every laboratory flag unknown: only a number read against a limit can fire MAL-MYELOMA-LABS.
    private static PatientPresentation PersistentPainWithCalcium(double calcium)
    {
        var p = NothingFound().With(Finding.PersistentPain);
        return p with { Labs = p.Labs with { Hypercalcaemia = Presence.Unknown, Leukopenia = Presence.Unknown, Anaemia = Presence.Unknown, RaisedCrp = Presence.Unknown, RaisedPlasmaViscosity = Presence.Unknown, AdjustedCalciumMillimolesPerLitre = calcium } };
    }

    private static bool FiresMyelomaLabs(RuleSet set, double calcium)
        => new RedFlagEvaluator(set).Assess(PersistentPainWithCalcium(calcium)).FiredRuleIds().Contains("MAL-MYELOMA-LABS");

    [Fact]
    public void Compose_OnlyLaboratoryLimits_ReadsNumbersWithThemAndChangesTheFingerprint()
    {
        var set = DefaultCatalogue.RuleSet.Extend(new RuleSetChanges { LaboratoryLimits = s_localLaboratory });

        Assert.Equal(s_localLaboratory, set.LaboratoryLimits);
        Assert.NotEqual(DefaultCatalogue.RuleSet.Fingerprint, set.Fingerprint);
        Assert.True(FiresMyelomaLabs(DefaultCatalogue.RuleSet, 2.62));
        Assert.False(FiresMyelomaLabs(set, 2.62));
        Assert.True(FiresMyelomaLabs(set, 2.66));
    }

    [Fact]
    public void Compose_BaseWithOwnLimits_KeepsThemWhenTheChangesGiveNone()
    {
        var local = DefaultCatalogue.RuleSet.WithLaboratoryLimits(s_localLaboratory);

        var extended = local.Extend(new RuleSetChanges { Disabled = [new DisabledRule { RuleId = "MAL-NIGHT-SWEATS", Reason = "Local audit" }] });

        Assert.Equal(s_localLaboratory, extended.LaboratoryLimits);
    }

    [Fact]
    public void Compose_ChangesGiveLimits_ReplaceTheBaseSets()
    {
        var local = DefaultCatalogue.RuleSet.WithLaboratoryLimits(s_localLaboratory);

        var extended = local.Extend(new RuleSetChanges { LaboratoryLimits = LaboratoryLimits.Default });

        Assert.Equal(LaboratoryLimits.Default, extended.LaboratoryLimits);
        Assert.Equal(DefaultCatalogue.RuleSet.Fingerprint, extended.Fingerprint);
    }

    [Fact]
    public void Compose_InvalidLimit_ReportsRF2017AtTheLimitAndComposesNothing()
    {
        var composition = DefaultCatalogue.RuleSet.Compose(new RuleSetChanges
        {
            LaboratoryLimits = LaboratoryLimits.Default with { HaemoglobinBelowInWomenGramsPerLitre = -120, CrpAboveMilligramsPerLitre = double.NaN },
        });

        Assert.False(composition.IsValid);
        Assert.Null(composition.RuleSet);
        Assert.Equal(
            [(ErrorCodes.LaboratoryLimitInvalid, "laboratoryLimits.haemoglobinBelowInWomenGramsPerLitre", "-120"), (ErrorCodes.LaboratoryLimitInvalid, "laboratoryLimits.crpAboveMilligramsPerLitre", "NaN")],
            composition.Errors.Select(e => (e.Error.Code, e.Error.Path, e.Error.Value)));
        Assert.All(composition.Errors, e => Assert.Null(e.Change));
    }

    [Fact]
    public void RuleSetJsonParse_LocalFileWithLimits_ReadsThemAndLeftOutLimitsKeepTheirDefault()
    {
        var set = RuleSetJson.Parse("""
            {
              "id": "st-elsewhere",
              "version": "1.0.0",
              "extends": "redflags-lbp-default",
              "laboratoryLimits": { "adjustedCalciumAboveMillimolesPerLitre": 2.65, "crpAboveMilligramsPerLitre": 5 }
            }
            """);

        Assert.Equal(s_localLaboratory, set.LaboratoryLimits);
        Assert.Equal(130, set.LaboratoryLimits.HaemoglobinBelowInMenGramsPerLitre);
    }

    [Fact]
    public void RuleSetJsonParse_LimitGivenAsNull_HasNoDefault()
    {
        var set = RuleSetJson.Parse("""
            {"id": "st-elsewhere", "version": "1.0.0", "extends": "redflags-lbp-default",
             "laboratoryLimits": { "adjustedCalciumAboveMillimolesPerLitre": null }}
            """);
        var assessment = new RedFlagEvaluator(set).Assess(PersistentPainWithCalcium(2.85));

        Assert.Null(set.LaboratoryLimits.AdjustedCalciumAboveMillimolesPerLitre);
        Assert.DoesNotContain("MAL-MYELOMA-LABS", assessment.FiredRuleIds());
        Assert.Contains(assessment.Questions, q => q.Name == "hypercalcaemia" && q.Label.Contains("2.85 mmol/L given without", StringComparison.Ordinal));
    }

    [Fact]
    public void RuleSetJsonParse_InvalidLimit_ReportsRF2017WithItsLineAndLoadsNothing()
    {
        var ex = Assert.Throws<RedFlagsValidationException>(() => RuleSetJson.Parse("""
            {"id": "st-elsewhere", "version": "1.0.0", "extends": "redflags-lbp-default",
             "laboratoryLimits": {
               "whiteCellCountBelowBillionsPerLitre": 0
             }}
            """));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((ErrorCodes.LaboratoryLimitInvalid, "laboratoryLimits.whiteCellCountBelowBillionsPerLitre", "0"), (error.Code, error.Path, error.Value));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void RuleSetJsonParse_UnknownLimit_IsAnUnknownPropertyNamingIt()
    {
        var ex = Assert.Throws<RedFlagsValidationException>(() => RuleSetJson.Parse("""
            {"id": "full", "version": "1.0.0", "extends": "redflags-lbp-default",
             "laboratoryLimits": { "esrAboveMillimetresPerHour": 20 }}
            """));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(ErrorCodes.JsonUnknownProperty, error.Code);
        Assert.Equal("laboratoryLimits.esrAboveMillimetresPerHour", error.Path);
    }

    [Fact]
    public void RuleSetJsonParse_FullSetWithInvalidLimit_LoadsNothing()
    {
        var json = RuleSetJson.Serialize(DefaultCatalogue.RuleSet.WithLaboratoryLimits(s_localLaboratory))
            .Replace("\"adjustedCalciumAboveMillimolesPerLitre\": 2.65", "\"adjustedCalciumAboveMillimolesPerLitre\": -2.65", StringComparison.Ordinal);

        var ex = Assert.Throws<RedFlagsValidationException>(() => RuleSetJson.Parse(json));

        Assert.Equal(ErrorCodes.LaboratoryLimitInvalid, Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void RuleSetJsonSerialize_SetWithLimits_RoundTripsWithTheSameFingerprint()
    {
        var set = DefaultCatalogue.RuleSet.WithLaboratoryLimits(s_localLaboratory with { HaemoglobinBelowInMenGramsPerLitre = null });

        var json = RuleSetJson.Serialize(set);
        var read = RuleSetJson.Parse(json);

        Assert.Contains("\"haemoglobinBelowInMenGramsPerLitre\": null", json, StringComparison.Ordinal);
        Assert.Equal(set.LaboratoryLimits, read.LaboratoryLimits);
        Assert.Equal(set.Fingerprint, read.Fingerprint);
    }

    [Fact]
    public void RuleSetJsonSerialize_DefaultLimits_WritesNoLimits()
        => Assert.DoesNotContain("laboratoryLimits", RuleSetJson.Serialize(DefaultCatalogue.RuleSet), StringComparison.Ordinal);
}
