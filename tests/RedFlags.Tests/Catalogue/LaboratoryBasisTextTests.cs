using RedFlags.Rules;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Catalogue;

/// <summary>Issue #18 item 1: every fact read from a laboratory number says, word for word, which number was read
/// against which limit and where the limit came from, for each of the five results, for a finding read present and
/// one read absent, and for haemoglobin when the sex is not recorded. A one-rule set on the finding (or its negation)
/// makes the fact visible whatever the catalogue does with it.</summary>
public class LaboratoryBasisTextTests
{
    private const string Default = "default limit, not the laboratory's";
    private const string Who = "WHO haemoglobin cutoffs 2024 [V], brief §13.1";

    private static PatientPresentation Labs(Func<LaboratoryResults, LaboratoryResults> labs, Sex sex = Sex.Male)
    {
        var p = NothingFound() with { Sex = sex };
        return p with { Labs = labs(p.Labs with { Hypercalcaemia = Presence.Unknown, Leukopenia = Presence.Unknown, Anaemia = Presence.Unknown, RaisedCrp = Presence.Unknown, RaisedPlasmaViscosity = Presence.Unknown }) };
    }

    /// <summary>The observed text of <paramref name="finding"/> in a rule on it (or on its negation) that fired, or
    /// <see langword="null"/> when the rule did not fire.</summary>
    private static string? Observed(PatientPresentation p, Finding finding, bool negated = false, LaboratoryLimits? limits = null)
    {
        Criterion criterion = new FindingCriterion(finding);
        var set = RuleSet.Create("basis", "1.0.0", [TestRules.Rule("LAB-X", negated ? new NotCriterion(criterion) : criterion)], [], DefaultCatalogue.RuleSet.DefaultRecommendation);
        var evaluator = new RedFlagEvaluator(limits is null ? set : set.WithLaboratoryLimits(limits));
        var flag = evaluator.Assess(p).Conditions.SelectMany(c => c.Flags).SingleOrDefault(f => f.RuleId == "LAB-X");
        return flag?.Facts.Single().Observed;
    }

    [Fact]
    public void Assess_WhiteCells31_SaysTheNhsLowerLimitWordForWord()
        => Assert.Equal(
            $"present: white cell count 3.1 x10^9/L, below 4 x10^9/L ({Default}: lower limit printed by NHS laboratories [S], brief §13.1)",
            Observed(Labs(l => l with { WhiteCellCountBillionsPerLitre = 3.1 }), Finding.Leukopenia));

    [Theory]
    [InlineData(Sex.Male, 125, "present: haemoglobin 125 g/L, below 130 g/L (" + Default + ": " + Who + ", men)")]
    [InlineData(Sex.Female, 115, "present: haemoglobin 115 g/L, below 120 g/L (" + Default + ": " + Who + ", women)")]
    [InlineData(Sex.Unknown, 110, "present: haemoglobin 110 g/L, below 120 g/L (" + Default + ": " + Who + ", below the limits for men and for women)")]
    public void Assess_HaemoglobinBelowTheLimit_SaysWhichSexsLimitWordForWord(Sex sex, double haemoglobin, string expected)
        => Assert.Equal(expected, Observed(Labs(l => l with { HaemoglobinGramsPerLitre = haemoglobin }, sex), Finding.Anaemia));

    [Fact]
    public void Assess_HaemoglobinAtOrAboveBothLimitsSexUnknown_IsReadAbsentAndSaysSo()
        => Assert.Equal(
            $"absent: haemoglobin 130 g/L, not below 130 g/L ({Default}: {Who}, at or above the limits for men and for women)",
            Observed(Labs(l => l with { HaemoglobinGramsPerLitre = 130 }, Sex.Unknown), Finding.Anaemia, negated: true));

    [Theory]
    [InlineData(120)]
    [InlineData(125)]
    public void Assess_HaemoglobinFromTheLowerLimitToJustUnderTheHigherSexUnknown_StaysUnknownAndTheQuestionSaysWhy(double haemoglobin)
    {
        var a = Evaluator.Assess(Labs(l => l with { HaemoglobinGramsPerLitre = haemoglobin }, Sex.Unknown));

        var question = Assert.Single(a.Questions, q => q.Name == "anaemia");
        Assert.Contains($"{haemoglobin} g/L, between the default limits for women and men, with sex not recorded", question.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_LocalLimitForMenBelowTheOneForWomenSexUnknown_UsesTheLowerAsTheLowerLimit()
    {
        // A laboratory's own limits need not put men above women: the lower of the two is the lower limit.
        var limits = LaboratoryLimits.Default with { HaemoglobinBelowInMenGramsPerLitre = 110, HaemoglobinBelowInWomenGramsPerLitre = 120 };
        var between = Labs(l => l with { HaemoglobinGramsPerLitre = 115 }, Sex.Unknown);

        Assert.Null(Observed(between, Finding.Anaemia, limits: limits));
        Assert.Null(Observed(between, Finding.Anaemia, negated: true, limits: limits));
        Assert.StartsWith("present: haemoglobin 105 g/L, below 110 g/L", Observed(Labs(l => l with { HaemoglobinGramsPerLitre = 105 }, Sex.Unknown), Finding.Anaemia, limits: limits), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_CrpAndViscosityWithTheRuleSetsOwnLimits_NameTheirUnitsAndTheLocalLimit()
    {
        var limits = LaboratoryLimits.Default with { CrpAboveMilligramsPerLitre = 5, PlasmaViscosityAboveMillipascalSeconds = 1.72 };

        Assert.Equal($"present: CRP 12 mg/L, above 5 mg/L ({Default}: the rule set's own limit)", Observed(Labs(l => l with { CrpMilligramsPerLitre = 12 }), Finding.RaisedCrp, limits: limits));
        Assert.Equal($"present: plasma viscosity 1.9 mPa·s, above 1.72 mPa·s ({Default}: the rule set's own limit)", Observed(Labs(l => l with { PlasmaViscosityMillipascalSeconds = 1.9 }), Finding.RaisedPlasmaViscosity, limits: limits));
    }

    [Fact]
    public void Assess_CalciumInsideItsLaboratoryRange_IsReadAbsentAndSaysNotAbove()
        => Assert.Equal(
            "absent: adjusted calcium 2.412 mmol/L, not above 2.55 mmol/L (laboratory range)",   // written to three decimals
            Observed(Labs(l => l with { AdjustedCalciumMillimolesPerLitre = 2.41234, AdjustedCalciumRange = new ReferenceRange { Low = 2.1, High = 2.55 } }), Finding.Hypercalcaemia, negated: true));

    [Fact]
    public void Assess_AnotherFindingNextToALaboratoryNumber_GetsNoLaboratoryText()
    {
        var p = Labs(l => l with { HaemoglobinGramsPerLitre = 125 }).With(Finding.Fever);

        Assert.Equal("present", Observed(p, Finding.Fever));
    }
}
