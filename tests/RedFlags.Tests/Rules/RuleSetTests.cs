using RedFlags.Tests.Support;
using RedFlags.Rules;

namespace RedFlags.Tests.Rules;

public class RuleSetTests
{
    private static readonly Recommendation s_default = DefaultCatalogue.RuleSet.DefaultRecommendation;

    [Fact]
    public void Create_SeveralProblems_ReportsEveryOneAtOnce()
    {
        var good = Rule("TEST-A", Criterion.Present(Finding.Fever));
        var rules = new[]
        {
            good,
            good with { Title = "duplicate" },
            Rule("TEST-EMPTY", Criterion.AnyOf()),
            Rule("TEST-NO-EVIDENCE", Criterion.Present(Finding.Fever)) with { Evidence = [] },
            Rule("TEST-THRESHOLD", Criterion.AtLeast(Quantity.TemperatureCelsius, 50)),
            Rule("TEST-REFERENCE", Criterion.Flag("TEST-MISSING")),
            Rule("test-lower-case", Criterion.Present(Finding.Fever)),
            Rule("TEST-COUNT", Criterion.AtLeastOf(3, Criterion.Present(Finding.Fever), Criterion.Present(Finding.Fatigue))),
        };

        var ex = Assert.Throws<RedFlagsValidationException>(() => RuleSet.Create("test", "not-semver", rules, [], s_default));

        Assert.Equal(
            [
                ErrorCodes.RuleSetIdentityInvalid,
                ErrorCodes.RuleIdDuplicate,
                ErrorCodes.EmptyGroup,
                ErrorCodes.EvidenceMissing,
                ErrorCodes.ThresholdOutOfRange,
                ErrorCodes.UnknownRuleReference,
                ErrorCodes.RuleIdInvalid,
                ErrorCodes.ThresholdOutOfRange,
            ],
            ex.Errors.Select(e => e.Code));
        Assert.Equal("rules[4].criterion.atLeast", ex.Errors[4].Path);
        Assert.StartsWith("The rule set is invalid: 8 problems.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ReferenceCycle_IsReportedWithTheCycle()
    {
        var rules = new[]
        {
            Rule("TEST-A", Criterion.Flag("TEST-B")),
            Rule("TEST-B", Criterion.AnyOf(Criterion.Present(Finding.Fever), Criterion.Flag("TEST-A"))),
        };
        var error = Assert.Single(Assert.Throws<RedFlagsValidationException>(() => RuleSet.Create("test", "1.0.0", rules, [], s_default)).Errors);
        Assert.Equal(ErrorCodes.RuleReferenceCycle, error.Code);
        Assert.Equal("TEST-A -> TEST-B -> TEST-A", error.Value);
    }

    [Fact]
    public void Create_CriterionDeeperThanTheLimit_IsRejected()
    {
        Criterion deep = Criterion.Present(Finding.Fever);
        for (var i = 0; i < RuleSet.MaximumCriterionDepth; i++)
        {
            deep = Criterion.Not(deep);
        }

        var ex = Assert.Throws<RedFlagsValidationException>(() => RuleSet.Create("test", "1.0.0", [Rule("TEST-DEEP", deep)], [], s_default));
        Assert.Contains(ex.Errors, e => e.Code == ErrorCodes.CriterionTooDeep);
    }

    [Fact]
    public void Create_PriorOutOfRangeAndDuplicate_AreRejected()
    {
        var prior = new PreTestProbability { Condition = SuspectedCondition.Malignancy, Setting = CareSetting.PrimaryCare, Low = 0.2, High = 0.1, Citation = "x", Tag = EvidenceTag.Verified };
        var ex = Assert.Throws<RedFlagsValidationException>(() => RuleSet.Create("test", "1.0.0", [Rule("TEST-A", Criterion.Present(Finding.Fever))], [prior, prior with { Low = 0.1 }], s_default));
        Assert.Equal([ErrorCodes.FigureOutOfRange, ErrorCodes.DuplicatePreTestProbability], ex.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Create_DisabledCustomisationWithoutReason_IsRejected()
    {
        var change = new RuleCustomisation { RuleId = "TEST-A", Kind = RuleCustomisationKind.Disabled };
        var ex = Assert.Throws<RedFlagsValidationException>(() => RuleSet.Create("test", "1.0.0", [Rule("TEST-A", Criterion.Present(Finding.Fever))], [], s_default, [change]));
        Assert.Equal(ErrorCodes.CustomisationInvalid, Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void Validate_ValidSet_IsValid()
        => Assert.True(RuleSet.Validate("test", "1.0.0-beta.1+build.5", [Rule("TEST-A", Criterion.Present(Finding.Fever))], [], s_default).IsValid);

    [Fact]
    public void Fingerprint_ThresholdChanged_Changes()
    {
        var a = RuleSet.Create("test", "1.0.0", [Rule("TEST-A", Criterion.AtLeast(Quantity.AgeYears, 50))], [], s_default);
        var b = RuleSet.Create("test", "1.0.0", [Rule("TEST-A", Criterion.AtLeast(Quantity.AgeYears, 51))], [], s_default);
        Assert.NotEqual(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Fingerprint_RulesReordered_StaysTheSame()
    {
        var x = Rule("TEST-A", Criterion.Present(Finding.Fever));
        var y = Rule("TEST-B", Criterion.Present(Finding.Fatigue));
        var first = RuleSet.Create("test", "1.0.0", [x, y], [], s_default);
        var second = RuleSet.Create("test", "1.0.0", [y, x], [], s_default);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(["TEST-A", "TEST-B"], second.Rules.Select(r => r.Id));
    }

    [Fact]
    public void TryGetRule_IdInAnotherCase_FindsOnlyTheOrdinalMatch()
    {
        Assert.True(DefaultCatalogue.RuleSet.TryGetRule("CES-BLADDER", out var rule));
        Assert.Equal(SuspectedCondition.CaudaEquinaSyndrome, rule.Condition);
        Assert.False(DefaultCatalogue.RuleSet.TryGetRule("ces-bladder", out _));
    }

    [Fact]
    public void Criterion_ToString_DescribesTheRuleInWords()
        => Assert.Equal(
            "all of (ageYears >= 60; any of (persistentPain; unexplainedFracture))",
            DefaultCatalogue.RuleSet.Rules.Single(r => r.Id == "MAL-MYELOMA-NG12").Criterion.ToString());

    [Fact]
    public void Criteria_WithEqualContent_AreEqual()
    {
        Assert.Equal(Criterion.AllOf(Criterion.Present(Finding.Fever)), Criterion.AllOf(Criterion.Present(Finding.Fever)));
        Assert.NotEqual<Criterion>(Criterion.AllOf(Criterion.Present(Finding.Fever)), Criterion.AnyOf(Criterion.Present(Finding.Fever)));
    }

    private static RedFlagRule Rule(string id, Criterion criterion) => TestRules.Rule(id, criterion);
}
