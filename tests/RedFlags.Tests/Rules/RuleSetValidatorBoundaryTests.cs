using RedFlags.Tests.Support;
using RedFlags.Rules;

namespace RedFlags.Tests.Rules;

/// <summary>The rule-set validator at each of its limits: just inside is valid, just outside is one error at the right path.</summary>
public class RuleSetValidatorBoundaryTests
{
    private static readonly Recommendation s_default = DefaultCatalogue.RuleSet.DefaultRecommendation;

    [Fact]
    public void Validate_RuleWithEveryTextLeftUnset_ReportsEachMissingTextAtItsPath()
    {
        var bare = new RedFlagRule
        {
            Condition = SuspectedCondition.Malignancy,
            Criterion = Criterion.Present(Finding.Fever),
            Recommendation = new Recommendation { Urgency = Urgency.Urgent },
            Evidence = [new EvidenceSource { Tag = EvidenceTag.Design }],
        };
        var errors = RuleSet.Validate("test", "1.0.0", [bare], [], s_default).Errors;
        Assert.Equal(
            [
                (ErrorCodes.RuleIdInvalid, "rules[0].id", (string?)string.Empty),
                (ErrorCodes.TextMissing, "rules[0].title", null),
                (ErrorCodes.TextMissing, "rules[0].clinicianText", null),
                (ErrorCodes.TextMissing, "rules[0].patientText", null),
                (ErrorCodes.TextMissing, "rules[0].recommendation.action", null),
                (ErrorCodes.TextMissing, "rules[0].recommendation.timeframe", null),
                (ErrorCodes.TextMissing, "rules[0].recommendation.basis", null),
                (ErrorCodes.TextMissing, "rules[0].recommendation.patientAdvice", null),
                (ErrorCodes.EvidenceMissing, "rules[0].evidence[0].citation", null),
            ],
            errors.Select(e => (e.Code, e.Path, e.Value)));
        Assert.Equal("A rule id must be upper-case letters and digits in words joined by hyphens, for example MAL-HISTORY-OF-CANCER.", errors[0].Message);
    }

    [Fact]
    public void Validate_PriorAndCustomisationLeftUnset_ReportTheMissingCitationAndReason()
    {
        var prior = new PreTestProbability { Condition = SuspectedCondition.Malignancy, Setting = CareSetting.PrimaryCare, Low = 0, High = 1, Tag = EvidenceTag.Verified };
        var change = new RuleCustomisation { Kind = RuleCustomisationKind.Disabled };
        var errors = RuleSet.Validate("test", "1.0.0", [Rule("TEST-A", Criterion.Present(Finding.Fever))], [prior], s_default, [change]).Errors;
        Assert.Equal(
            [
                (ErrorCodes.EvidenceMissing, "preTestProbabilities[0].citation", (string?)null),
                (ErrorCodes.CustomisationInvalid, "customisations[0].reason", string.Empty),
            ],
            errors.Select(e => (e.Code, e.Path, e.Value)));
    }

    [Fact]
    public void Validate_RuleWithoutEvidence_SaysEveryRuleNeedsASource()
    {
        var error = Assert.Single(RuleSet.Validate("test", "1.0.0", [Rule("TEST-A", Criterion.Present(Finding.Fever)) with { Evidence = [] }], [], s_default).Errors);
        Assert.Equal((ErrorCodes.EvidenceMissing, "rules[0].evidence", "Every rule needs at least one evidence source."), (error.Code, error.Path, error.Message));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(1000, true)]
    [InlineData(0, false)]
    [InlineData(1001, false)]
    public void Validate_Priority_MustBeOneToOneThousand(int priority, bool valid)
    {
        var errors = RuleSet.Validate("test", "1.0.0", [Rule("TEST-A", Criterion.Present(Finding.Fever)) with { Priority = priority }], [], s_default).Errors;
        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal((ErrorCodes.PriorityOutOfRange, "rules[0].priority"), (Assert.Single(errors).Code, errors[0].Path));
        }
    }

    [Fact]
    public void Validate_AtLeastCount_MayBeOneOrTheNumberOfCriteria()
    {
        Criterion[] three = [Criterion.Present(Finding.Fever), Criterion.Present(Finding.Fatigue), Criterion.Present(Finding.NightSweats)];
        Assert.Empty(RuleSet.Validate("test", "1.0.0", [Rule("TEST-A", Criterion.AtLeastOf(1, three)), Rule("TEST-B", Criterion.AtLeastOf(3, three))], [], s_default).Errors);
        var errors = RuleSet.Validate("test", "1.0.0", [Rule("TEST-A", Criterion.AtLeastOf(0, three)), Rule("TEST-B", Criterion.AtLeastOf(4, three))], [], s_default).Errors;
        Assert.Equal(["rules[0].criterion.atLeastOf", "rules[1].criterion.atLeastOf"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ThresholdOutOfRange, e.Code));
    }

    [Fact]
    public void Validate_ThresholdAtEitherEndOfItsRange_IsValid()
    {
        var rules = new List<RedFlagRule>();
        foreach (var quantity in Vocabulary.AllQuantities)
        {
            var (minimum, maximum) = Vocabulary.Range(quantity);
            rules.Add(Rule($"TEST-{rules.Count}-MIN", Criterion.AtLeast(quantity, minimum)));
            rules.Add(Rule($"TEST-{rules.Count}-MAX", Criterion.AtMost(quantity, maximum)));
        }

        Assert.Empty(RuleSet.Validate("test", "1.0.0", rules, [], s_default).Errors);
    }

    [Fact]
    public void Validate_ThresholdOutsideItsRangeOrNotANumber_IsRejectedAtTheComparisonsPath()
    {
        var (minimum, maximum) = Vocabulary.Range(Quantity.AgeYears);
        (QuantityCriterion Criterion, string Path)[] cases =
        [
            (new QuantityCriterion(Quantity.AgeYears, Comparison.AtLeast, double.NaN), "rules[0].criterion.atLeast"),
            (new QuantityCriterion(Quantity.AgeYears, Comparison.GreaterThan, double.PositiveInfinity), "rules[0].criterion.greaterThan"),
            (new QuantityCriterion(Quantity.AgeYears, Comparison.AtMost, minimum - 0.5), "rules[0].criterion.atMost"),
            (new QuantityCriterion(Quantity.AgeYears, Comparison.LessThan, maximum + 0.5), "rules[0].criterion.lessThan"),
        ];
        foreach (var (criterion, path) in cases)
        {
            var error = Assert.Single(RuleSet.Validate("test", "1.0.0", [Rule("TEST-A", criterion)], [], s_default).Errors);
            Assert.Equal((ErrorCodes.ThresholdOutOfRange, path), (error.Code, error.Path));
        }
    }

    [Fact]
    public void Validate_GroupsNestedToTheLimit_AreValidAndOneLevelMoreIsOneError()
    {
        Criterion Nested(int depth)
        {
            Criterion c = Criterion.Present(Finding.Fever);
            for (var i = 1; i < depth; i++)
            {
                c = i % 2 == 0 ? Criterion.AllOf(c) : Criterion.AnyOf(c);
            }

            return c;
        }

        Assert.Empty(RuleSet.Validate("test", "1.0.0", [Rule("TEST-A", Nested(RuleSet.MaximumCriterionDepth))], [], s_default).Errors);

        var error = Assert.Single(RuleSet.Validate("test", "1.0.0", [Rule("TEST-A", Nested(RuleSet.MaximumCriterionDepth + 2))], [], s_default).Errors);
        Assert.Equal(ErrorCodes.CriterionTooDeep, error.Code);
        Assert.Equal($"Criteria may nest at most {RuleSet.MaximumCriterionDepth} deep.", error.Message);
    }

    [Fact]
    public void Validate_PriorWithEitherBoundOutsideZeroToOne_IsRejected()
    {
        PreTestProbability Prior(double low, double high) => new() { Condition = SuspectedCondition.Malignancy, Setting = CareSetting.PrimaryCare, Low = low, High = high, Citation = "x", Tag = EvidenceTag.Verified };
        var rules = new[] { Rule("TEST-A", Criterion.Present(Finding.Fever)) };
        Assert.Empty(RuleSet.Validate("test", "1.0.0", rules, [Prior(0, 1)], s_default).Errors);
        Assert.Empty(RuleSet.Validate("test", "1.0.0", rules, [Prior(0.3, 0.3)], s_default).Errors);
        foreach (var (low, high) in new[] { (-0.1, 0.5), (0.1, 1.5), (double.NaN, 0.5), (0.1, double.PositiveInfinity) })
        {
            var error = Assert.Single(RuleSet.Validate("test", "1.0.0", rules, [Prior(low, high)], s_default).Errors);
            Assert.Equal((ErrorCodes.FigureOutOfRange, "preTestProbabilities[0]"), (error.Code, error.Path));
        }
    }

    [Fact]
    public void Validate_DuplicatePrior_NamesTheConditionAndSetting()
    {
        var prior = new PreTestProbability { Condition = SuspectedCondition.Malignancy, Setting = CareSetting.PrimaryCare, Low = 0.1, High = 0.2, Citation = "x", Tag = EvidenceTag.Verified };
        var error = Assert.Single(RuleSet.Validate("test", "1.0.0", [Rule("TEST-A", Criterion.Present(Finding.Fever))], [prior, prior], s_default).Errors);
        Assert.Equal(
            (ErrorCodes.DuplicatePreTestProbability, "preTestProbabilities[1]", "Malignancy/PrimaryCare", "Another pre-test probability is given for the same condition and setting."),
            (error.Code, error.Path, error.Value, error.Message));
    }

    [Fact]
    public void Validate_EstimateOnTheEdgeOfItsInterval_IsValidAndOutsideItIsNot()
    {
        EvidenceSource Source(Estimate estimate) => new() { Citation = "x", Tag = EvidenceTag.Verified, Sensitivity = estimate, PositiveLikelihoodRatio = estimate with { } };
        RedFlagRule WithSource(Estimate estimate) => Rule("TEST-A", Criterion.Present(Finding.Fever)) with { Evidence = [Source(estimate)] };
        Assert.Empty(RuleSet.Validate("test", "1.0.0", [WithSource(new Estimate(0.5, 0.5, 0.5))], [], s_default).Errors);
        Assert.Empty(RuleSet.Validate("test", "1.0.0", [WithSource(new Estimate(0.5, 0.4, 0.6))], [], s_default).Errors);

        var errors = RuleSet.Validate("test", "1.0.0", [WithSource(new Estimate(0.5, 0.6, 0.7))], [], s_default).Errors;
        Assert.Equal(["rules[0].evidence[0].sensitivity", "rules[0].evidence[0].positiveLikelihoodRatio"], errors.Select(e => e.Path));
        errors = RuleSet.Validate("test", "1.0.0", [WithSource(new Estimate(0.5, 0.3, 0.4))], [], s_default).Errors;
        Assert.Equal(["rules[0].evidence[0].sensitivity", "rules[0].evidence[0].positiveLikelihoodRatio"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Validate_CycleAfterAnAcyclicBranch_ReportsOnlyTheRulesOnTheCycle()
    {
        var rules = new[]
        {
            Rule("TEST-A", Criterion.AllOf(Criterion.Flag("TEST-B"), Criterion.Flag("TEST-C"))),
            Rule("TEST-B", Criterion.Present(Finding.Fever)),
            Rule("TEST-C", Criterion.Flag("TEST-A")),
        };
        var error = Assert.Single(RuleSet.Validate("test", "1.0.0", rules, [], s_default).Errors);
        Assert.Equal((ErrorCodes.RuleReferenceCycle, "rules[0].criterion", "TEST-A -> TEST-C -> TEST-A"), (error.Code, error.Path, error.Value));
    }

    [Fact]
    public void Fingerprint_EachCustomisationFieldChanged_Changes()
    {
        var rules = new[] { Rule("TEST-A", Criterion.Present(Finding.Fever)), Rule("TEST-B", Criterion.Present(Finding.Fatigue)) };
        var change = new RuleCustomisation { RuleId = "TEST-A", Kind = RuleCustomisationKind.Overridden, Reason = "Local pathway" };
        string Fingerprint(RuleCustomisation c) => RuleSet.Create("test", "1.0.0", rules, [], s_default, [c]).Fingerprint;
        var fingerprints = new[]
        {
            RuleSet.Create("test", "1.0.0", rules, [], s_default).Fingerprint,
            Fingerprint(change),
            Fingerprint(change with { RuleId = "TEST-B" }),
            Fingerprint(change with { Kind = RuleCustomisationKind.Added }),
            Fingerprint(change with { Reason = "Another reason" }),
        };
        Assert.Equal(fingerprints.Length, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Criterion_ToString_DescribesNegationInWords()
        => Assert.Equal("not (any of (fever; ageYears < 18.125))", Criterion.Not(Criterion.AnyOf(Criterion.Present(Finding.Fever), Criterion.LessThan(Quantity.AgeYears, 18.1254))).ToString());

    [Fact]
    public void CreateAndValidate_NullDefaultRecommendation_ThrowArgumentNullException()
    {
        var rules = new[] { Rule("TEST-A", Criterion.Present(Finding.Fever)) };
        Assert.Equal("defaultRecommendation", Assert.Throws<ArgumentNullException>(() => RuleSet.Create("test", "1.0.0", rules, [], null!)).ParamName);
        Assert.Equal("defaultRecommendation", Assert.Throws<ArgumentNullException>(() => RuleSet.Validate("test", "1.0.0", rules, [], null!)).ParamName);
    }

    [Fact]
    public void FindPreTestProbability_ConditionAndSetting_MatchTogether()
    {
        PreTestProbability Prior(SuspectedCondition condition, CareSetting setting, string citation)
            => new() { Condition = condition, Setting = setting, Low = 0.1, High = 0.2, Citation = citation, Tag = EvidenceTag.Verified };
        var set = RuleSet.Create(
            "test",
            "1.0.0",
            [Rule("TEST-A", Criterion.Present(Finding.Fever))],
            [Prior(SuspectedCondition.Malignancy, CareSetting.Oncology, "M/O"), Prior(SuspectedCondition.SpinalInfection, CareSetting.PrimaryCare, "I/P"), Prior(SuspectedCondition.Malignancy, CareSetting.PrimaryCare, "M/P")],
            s_default);
        Assert.Equal("M/P", set.FindPreTestProbability(SuspectedCondition.Malignancy, CareSetting.PrimaryCare)?.Citation);
        Assert.Equal("I/P", set.FindPreTestProbability(SuspectedCondition.SpinalInfection, CareSetting.PrimaryCare)?.Citation);
        Assert.Equal("M/O", set.FindPreTestProbability(SuspectedCondition.Malignancy, CareSetting.Oncology)?.Citation);
        Assert.Null(set.FindPreTestProbability(SuspectedCondition.SpinalInfection, CareSetting.Oncology));
        Assert.Null(set.FindPreTestProbability(SuspectedCondition.VertebralFracture, CareSetting.EmergencyDepartment));
    }

    [Fact]
    public void ToString_AnyRuleSet_GivesIdVersionAndFingerprint()
    {
        var set = RuleSet.Create("test", "1.2.3", [Rule("TEST-A", Criterion.Present(Finding.Fever))], [], s_default);
        Assert.Equal("test 1.2.3 (sha256:" + set.Fingerprint + ")", set.ToString());
    }

    private static RedFlagRule Rule(string id, Criterion criterion) => TestRules.Rule(id, criterion);
}
