using RedFlags.Rules;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Rules;

public class RuleSetCompositionTests
{
    private static readonly RuleSet s_catalogue = DefaultCatalogue.RuleSet;

    [Fact]
    public void Compose_EmptyChanges_ReturnsTheBaseSetItself()
    {
        var composition = s_catalogue.Compose(new RuleSetChanges());

        Assert.True(composition.IsValid);
        Assert.Same(s_catalogue, composition.RuleSet);
        Assert.Empty(composition.Errors);
        Assert.True(composition.ToValidationResult().IsValid);
    }

    [Fact]
    public void Compose_Override_ReplacesTheRuleAndReportsItOverridden()
    {
        var overridden = Catalogue("FRX-AGE-70") with { Priority = 3 };

        var set = s_catalogue.Extend(new RuleSetChanges { Overrides = [overridden] });

        Assert.Same(overridden, Rule(set, "FRX-AGE-70"));
        Assert.Equal(s_catalogue.Rules.Count, set.Rules.Count);
        Assert.Equal([new RuleCustomisation { RuleId = "FRX-AGE-70", Kind = RuleCustomisationKind.Overridden }], set.Customisations);
        Assert.Equal((s_catalogue.Id, s_catalogue.Version), (set.Id, set.Version));
        Assert.NotEqual(s_catalogue.Fingerprint, set.Fingerprint);
    }

    [Fact]
    public void Compose_DisableWithReason_RemovesTheRuleAndReportsTheReason()
    {
        var set = s_catalogue.Extend(new RuleSetChanges { Disabled = [Disable("MAL-NIGHT-SWEATS", "Local audit")] });

        Assert.False(set.TryGetRule("MAL-NIGHT-SWEATS", out _));
        Assert.Equal(s_catalogue.Rules.Count - 1, set.Rules.Count);
        Assert.Equal([new RuleCustomisation { RuleId = "MAL-NIGHT-SWEATS", Kind = RuleCustomisationKind.Disabled, Reason = "Local audit" }], set.Customisations);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Compose_DisableWithoutReason_ReportsRF2015AtTheReason(string reason)
    {
        var composition = s_catalogue.Compose(new RuleSetChanges { Disabled = [Disable("MAL-NIGHT-SWEATS", reason)] });

        var error = Assert.Single(composition.Errors);
        Assert.False(composition.IsValid);
        Assert.Null(composition.RuleSet);
        AssertError(error, ErrorCodes.CustomisationInvalid, "disabled[MAL-NIGHT-SWEATS].reason", RuleCustomisationKind.Disabled, 0, "MAL-NIGHT-SWEATS", ".reason");
    }

    [Fact]
    public void Compose_Add_AppendsTheRuleAndReportsItAdded()
    {
        var added = TestRules.Rule("LOCAL-X", Criterion.Present(Finding.Fever));

        var set = s_catalogue.Extend(new RuleSetChanges { Added = [added] });

        Assert.Same(added, Rule(set, "LOCAL-X"));
        Assert.Equal(s_catalogue.Rules.Count + 1, set.Rules.Count);
        Assert.Equal([new RuleCustomisation { RuleId = "LOCAL-X", Kind = RuleCustomisationKind.Added }], set.Customisations);
    }

    [Fact]
    public void Compose_OverrideDisableAndAdd_ReportsEachChangeSortedById()
    {
        var set = s_catalogue.Extend(new RuleSetChanges
        {
            Overrides = [Catalogue("FRX-AGE-70") with { Priority = 3 }],
            Disabled = [Disable("MAL-NIGHT-SWEATS", "Audit")],
            Added = [TestRules.Rule("LOCAL-X", Criterion.Present(Finding.Fever))],
        });

        Assert.Equal(
            [("FRX-AGE-70", RuleCustomisationKind.Overridden, (string?)null), ("LOCAL-X", RuleCustomisationKind.Added, null), ("MAL-NIGHT-SWEATS", RuleCustomisationKind.Disabled, "Audit")],
            set.Customisations.Select(c => (c.RuleId, c.Kind, c.Reason)));
    }

    [Fact]
    public void Compose_AddedRulesWithTheSameId_ReportsTheSecondAsChangedTwice()
    {
        var rule = TestRules.Rule("LOCAL-X", Criterion.Present(Finding.Fever));

        var error = Assert.Single(s_catalogue.Compose(new RuleSetChanges { Added = [rule, rule with { Title = "Again" }] }).Errors);

        AssertError(error, ErrorCodes.RuleSetChangeInvalid, "added[1]", RuleCustomisationKind.Added, 1, "LOCAL-X", string.Empty);
        Assert.Contains("more than once", error.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OverrideTwice_ReportsTheSecondAsChangedTwice()
    {
        var rule = Catalogue("FRX-AGE-70");

        var error = Assert.Single(s_catalogue.Compose(new RuleSetChanges { Overrides = [rule, rule with { Priority = 2 }] }).Errors);

        AssertError(error, ErrorCodes.RuleSetChangeInvalid, "overrides[1]", RuleCustomisationKind.Overridden, 1, "FRX-AGE-70", string.Empty);
    }

    [Fact]
    public void Compose_OverrideOfMissingRule_ReportsRF2016AtTheOverride()
    {
        var error = Assert.Single(s_catalogue.Compose(new RuleSetChanges { Overrides = [TestRules.Rule("LOCAL-X", Criterion.Present(Finding.Fever))] }).Errors);

        AssertError(error, ErrorCodes.RuleSetChangeInvalid, "overrides[0]", RuleCustomisationKind.Overridden, 0, "LOCAL-X", string.Empty);
        Assert.Equal("The rule set 'redflags-lbp-default' has no rule with this id to override; add it as a new rule instead.", error.Error.Message);
        Assert.Equal("LOCAL-X", error.Error.Value);
    }

    [Fact]
    public void Compose_DisableOfMissingRule_ReportsRF2016AtTheDisabledRule()
    {
        var error = Assert.Single(s_catalogue.Compose(new RuleSetChanges { Disabled = [Disable("NO-SUCH-RULE", "Not used")] }).Errors);

        AssertError(error, ErrorCodes.RuleSetChangeInvalid, "disabled[NO-SUCH-RULE]", RuleCustomisationKind.Disabled, 0, "NO-SUCH-RULE", string.Empty);
        Assert.Equal("The rule set 'redflags-lbp-default' has no rule with this id to disable.", error.Error.Message);
    }

    [Fact]
    public void Compose_DisableOfMissingRuleWithoutReason_ReportsBoth()
    {
        var errors = s_catalogue.Compose(new RuleSetChanges { Disabled = [Disable("NO-SUCH-RULE", " ")] }).Errors;

        Assert.Equal(["disabled[NO-SUCH-RULE]", "disabled[NO-SUCH-RULE].reason"], errors.Select(e => e.Error.Path));
    }

    [Fact]
    public void Compose_AddOfExistingRule_ReportsRF2016AtTheAddedRule()
    {
        var error = Assert.Single(s_catalogue.Compose(new RuleSetChanges { Added = [Catalogue("MAL-AGE-50")] }).Errors);

        AssertError(error, ErrorCodes.RuleSetChangeInvalid, "added[0]", RuleCustomisationKind.Added, 0, "MAL-AGE-50", string.Empty);
        Assert.Equal("The rule set 'redflags-lbp-default' already has a rule with this id; override it instead.", error.Error.Message);
    }

    [Fact]
    public void Compose_OverrideAndDisableOfTheSameRule_ReportsTheDisableAsChangedTwice()
    {
        var composition = s_catalogue.Compose(new RuleSetChanges
        {
            Overrides = [Catalogue("MAL-NIGHT-SWEATS") with { Priority = 2 }],
            Disabled = [Disable("MAL-NIGHT-SWEATS", "Audit")],
        });

        var error = Assert.Single(composition.Errors);
        AssertError(error, ErrorCodes.RuleSetChangeInvalid, "disabled[MAL-NIGHT-SWEATS]", RuleCustomisationKind.Disabled, 0, "MAL-NIGHT-SWEATS", string.Empty);
    }

    [Fact]
    public void Compose_DisableOfReferencedRule_ReportsRF2016NamingEveryReferrerOnce()
    {
        var composition = s_catalogue.Compose(new RuleSetChanges { Disabled = [Disable("MAL-HISTORY-OF-CANCER", "Recorded elsewhere")] });

        var error = Assert.Single(composition.Errors);
        AssertError(error, ErrorCodes.RuleSetChangeInvalid, "disabled[MAL-HISTORY-OF-CANCER]", RuleCustomisationKind.Disabled, 0, "MAL-HISTORY-OF-CANCER", string.Empty);
        Assert.Equal(
            "The rule cannot be disabled while other rules refer to it: MAL-DEYO-COMBINATION, MAL-MSCC-NEURO, MAL-MSCC-PAIN, MAL-MSCC-SUSPECTED. Override or disable them too.",
            error.Error.Message);
    }

    [Fact]
    public void Compose_DisableOfReferencedRuleWithItsReferrer_Succeeds()
    {
        var set = s_catalogue.Extend(new RuleSetChanges { Disabled = [Disable("MAL-AGE-50", "Age alone"), Disable("MAL-DEYO-COMBINATION", "Local pathway")] });

        Assert.Equal(["MAL-AGE-50", "MAL-DEYO-COMBINATION"], set.Customisations.Select(c => c.RuleId));
    }

    [Fact]
    public void Compose_DisableOfRuleNoLongerReferredToAfterAnOverride_Succeeds()
    {
        var deyo = Catalogue("MAL-DEYO-COMBINATION");
        var withoutAge = deyo with { Criterion = Criterion.AnyOf(Criterion.Flag("MAL-HISTORY-OF-CANCER"), Criterion.Flag("MAL-UNEXPLAINED-WEIGHT-LOSS")) };

        var set = s_catalogue.Extend(new RuleSetChanges { Overrides = [withoutAge], Disabled = [Disable("MAL-AGE-50", "Age alone")] });

        Assert.False(set.TryGetRule("MAL-AGE-50", out _));
    }

    [Fact]
    public void Compose_AddedRuleReferringToADisabledRule_ReportsOnlyTheDisabledRule()
    {
        var composition = s_catalogue.Compose(new RuleSetChanges
        {
            Disabled = [Disable("MAL-NIGHT-SWEATS", "Audit")],
            Added = [TestRules.Rule("LOCAL-X", Criterion.Flag("MAL-NIGHT-SWEATS"))],
        });

        var error = Assert.Single(composition.Errors);
        Assert.Equal("disabled[MAL-NIGHT-SWEATS]", error.Error.Path);
        Assert.Contains("LOCAL-X", error.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_InvalidOverride_PlacesItsErrorsBelowTheOverride()
    {
        var composition = s_catalogue.Compose(new RuleSetChanges { Overrides = [Catalogue("MAL-AGE-50") with { Title = "", Priority = 0 }] });

        Assert.Equal(2, composition.Errors.Count);
        AssertError(composition.Errors[0], ErrorCodes.TextMissing, "overrides[0].title", RuleCustomisationKind.Overridden, 0, "MAL-AGE-50", ".title");
        AssertError(composition.Errors[1], ErrorCodes.PriorityOutOfRange, "overrides[0].priority", RuleCustomisationKind.Overridden, 0, "MAL-AGE-50", ".priority");
    }

    [Fact]
    public void Compose_AddedRuleWithUnknownReference_PlacesTheErrorBelowTheAddedRule()
    {
        var composition = s_catalogue.Compose(new RuleSetChanges
        {
            Added = [TestRules.Rule("LOCAL-A", Criterion.Present(Finding.Fever)), TestRules.Rule("LOCAL-B", Criterion.Not(Criterion.Flag("NO-SUCH-RULE")))],
        });

        var error = Assert.Single(composition.Errors);
        AssertError(error, ErrorCodes.UnknownRuleReference, "added[1].criterion.not.flag", RuleCustomisationKind.Added, 1, "LOCAL-B", ".criterion.not.flag");
    }

    [Fact]
    public void Compose_OverrideClosingACycle_PlacesTheCycleAtARuleOfIt()
    {
        var age = Catalogue("MAL-AGE-50") with { Criterion = Criterion.Flag("MAL-DEYO-COMBINATION") };

        var error = Assert.Single(s_catalogue.Compose(new RuleSetChanges { Overrides = [age] }).Errors);

        Assert.Equal(ErrorCodes.RuleReferenceCycle, error.Error.Code);
        Assert.Contains(error.RuleId, new[] { "MAL-AGE-50", "MAL-DEYO-COMBINATION" });
        Assert.Equal(".criterion", error.RelativePath);
        Assert.Equal(
            error.Change is null ? $"rules[{error.RuleId}].criterion" : "overrides[0].criterion",
            error.Error.Path);
    }

    [Fact]
    public void Compose_UnchangedBaseRuleClosingACycle_IsPlacedAtTheBaseRule()
    {
        // TEST-A (unchanged) refers to TEST-B; the override makes TEST-B refer back to TEST-A.
        var baseSet = RuleSet.Create(
            "test",
            "1.0.0",
            [TestRules.Rule("TEST-A", Criterion.Flag("TEST-B")), TestRules.Rule("TEST-B", Criterion.Present(Finding.Fever))],
            [],
            s_catalogue.DefaultRecommendation);

        var error = Assert.Single(baseSet.Compose(new RuleSetChanges { Overrides = [TestRules.Rule("TEST-B", Criterion.Flag("TEST-A"))] }).Errors);

        AssertError(error, ErrorCodes.RuleReferenceCycle, "rules[TEST-A].criterion", null, null, "TEST-A", ".criterion");
    }

    [Fact]
    public void Compose_InvalidVersion_ReportsTheErrorForTheSetAsAWhole()
    {
        var error = Assert.Single(s_catalogue.Compose(new RuleSetChanges { Id = "my-clinic", Version = "1.0" }).Errors);

        AssertError(error, ErrorCodes.RuleSetIdentityInvalid, "version", null, null, null, "version");
    }

    [Fact]
    public void Extend_IdVersionPriorsAndRecommendationGiven_UsesThem()
    {
        var recommendation = s_catalogue.DefaultRecommendation with { Action = "Local advice" };

        var set = s_catalogue.Extend(new RuleSetChanges { Id = "my-clinic", Version = "2.0.0", PreTestProbabilities = [], DefaultRecommendation = recommendation });

        Assert.Equal(("my-clinic", "2.0.0"), (set.Id, set.Version));
        Assert.Empty(set.PreTestProbabilities);
        Assert.Equal(recommendation, set.DefaultRecommendation);
        Assert.Equal(s_catalogue.Rules, set.Rules);
        Assert.Empty(set.Customisations);
    }

    [Fact]
    public void Compose_BaseSetWithCustomisations_KeepsThemAndAnOverriddenAddedRuleStaysAdded()
    {
        var local = TestRules.Rule("LOCAL-X", Criterion.Present(Finding.Fever));
        var baseSet = s_catalogue.Extend(new RuleSetChanges { Added = [local], Disabled = [Disable("MAL-NIGHT-SWEATS", "Audit")] });

        var set = baseSet.Extend(new RuleSetChanges { Overrides = [local with { Priority = 7 }, Catalogue("FRX-AGE-70") with { Priority = 3 }] });

        Assert.Equal(
            [("FRX-AGE-70", RuleCustomisationKind.Overridden), ("LOCAL-X", RuleCustomisationKind.Added), ("MAL-NIGHT-SWEATS", RuleCustomisationKind.Disabled)],
            set.Customisations.Select(c => (c.RuleId, c.Kind)));
        Assert.Equal(7, Rule(set, "LOCAL-X").Priority);
    }

    [Fact]
    public void Extend_InvalidChanges_ThrowsListingEveryProblem()
    {
        var changes = new RuleSetChanges
        {
            Overrides = [TestRules.Rule("LOCAL-X", Criterion.Present(Finding.Fever))],
            Disabled = [Disable("MAL-AGE-50", "Age alone")],
            Added = [Catalogue("FRX-AGE-70")],
        };

        var exception = Assert.Throws<RedFlagsValidationException>(() => s_catalogue.Extend(changes));

        Assert.Equal(["overrides[0]", "added[0]", "disabled[MAL-AGE-50]"], exception.Errors.Select(e => e.Path));
        Assert.Equal(s_catalogue.Compose(changes).ToValidationResult().Errors, exception.Errors);
        Assert.StartsWith("The rule set is invalid: 3 problems.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NullChanges_ThrowsArgumentNullException()
        => Assert.Throws<ArgumentNullException>(() => s_catalogue.Compose(null!));

    [Fact]
    public void RuleSetChanges_NullListOrNullItem_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new RuleSetChanges { Overrides = null! });
        Assert.Throws<ArgumentException>(() => new RuleSetChanges { Added = [null!] });
        Assert.Throws<ArgumentException>(() => new RuleSetChanges { Disabled = [null!] });
    }

    [Fact]
    public void RuleSetChanges_SameContent_AreEqual()
    {
        var first = new RuleSetChanges { Disabled = [Disable("MAL-AGE-50", "x")] };
        var second = new RuleSetChanges { Disabled = [Disable("MAL-AGE-50", "x")] };

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Disabled = [Disable("MAL-AGE-50", "y")] });
        Assert.False(first.IsEmpty);
        Assert.True(new RuleSetChanges().IsEmpty);
    }

    private static DisabledRule Disable(string ruleId, string reason) => new() { RuleId = ruleId, Reason = reason };

    private static RedFlagRule Catalogue(string id) => Rule(s_catalogue, id);

    private static RedFlagRule Rule(RuleSet set, string id) => set.TryGetRule(id, out var rule) ? rule : throw new InvalidOperationException(id);

    private static void AssertError(RuleSetCompositionError error, string code, string path, RuleCustomisationKind? change, int? index, string? ruleId, string relativePath)
    {
        Assert.Equal(code, error.Error.Code);
        Assert.Equal(path, error.Error.Path);
        Assert.Equal(change, error.Change);
        Assert.Equal(index, error.Index);
        Assert.Equal(ruleId, error.RuleId);
        Assert.Equal(relativePath, error.RelativePath);
        Assert.Equal(error.Error.ToString(), error.ToString());
    }
}
