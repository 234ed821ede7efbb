using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RedFlags.Rules;

namespace RedFlags.Extensions.DependencyInjection.Tests;

public sealed class RedFlagsOptionsValidatorTests
{
    [Fact]
    public void Validate_DefaultOptions_SucceedsWithDefaultCatalogue()
    {
        var options = new RedFlagsOptions();
        var ruleSets = new Internal.RuleSetProvider();

        var result = new Internal.RedFlagsOptionsValidator(ruleSets).Validate(Options.DefaultName, options);

        Assert.True(result.Succeeded);
        Assert.Same(DefaultCatalogue.RuleSet, ruleSets.Get(Options.DefaultName, options).RuleSet);
    }

    [Fact]
    public void Resolve_InvalidOptions_ThrowsListingEveryProblem()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(Invalid)
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        AssertEveryProblem(exception, "RedFlagsOptions.");
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagsAssessor>());
    }

    [Fact]
    public void StartupValidator_InvalidOptions_ThrowsListingEveryProblem()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(Invalid)
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        AssertEveryProblem(exception, "RedFlagsOptions.");
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_FailsAtStartListingEveryProblem()
    {
        using var host = new HostBuilder()
            .ConfigureServices(services => services.AddRedFlags(Invalid))
            .Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        AssertEveryProblem(exception, "RedFlagsOptions.");
    }

    [Fact]
    public async Task StartAsync_InvalidNamedOptions_FailsAtStartNamingTheSet()
    {
        using var host = new HostBuilder()
            .ConfigureServices(services => services.AddRedFlags().AddRedFlags("oncology", Invalid))
            .Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("oncology", exception.OptionsName);
        AssertEveryProblem(exception, "RedFlagsOptions[\"oncology\"].");
    }

    [Fact]
    public async Task StartAsync_ValidOptions_Starts()
    {
        using var host = new HostBuilder()
            .ConfigureServices(services => services.AddRedFlags().AddRedFlags("oncology", o => o.DefaultCareSetting = CareSetting.Oncology))
            .Build();

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public void Resolve_SeveralSources_ReportsTheConflict()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options =>
            {
                options.RuleSet = DefaultCatalogue.RuleSet;
                options.RuleSetStreamFactory = () => Stream.Null;
            })
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        Assert.Contains("Property RedFlagsOptions.RuleSet: Set at most one rule set source; RuleSet and RuleSetStreamFactory are both set.", exception.Failures);
    }

    [Fact]
    public void Resolve_ThreeSources_ReportsAllThree()
    {
        var options = new RedFlagsOptions
        {
            RuleSet = DefaultCatalogue.RuleSet,
            RuleSetFilePath = Path.Combine(Path.GetTempPath(), "redflags-no-such-file.json"),
            RuleSetStreamFactory = () => Stream.Null,
        };

        var ruleSets = new Internal.RuleSetProvider();

        var result = new Internal.RedFlagsOptionsValidator(ruleSets).Validate("three", options);

        Assert.True(result.Failed);
        Assert.Contains("Property RedFlagsOptions[\"three\"].RuleSet: Set at most one rule set source; RuleSet and RuleSetFilePath and RuleSetStreamFactory are all set.", result.Failures!);
        Assert.Contains(result.Failures!, f => f.StartsWith("Property RedFlagsOptions[\"three\"].RuleSetFilePath: The rule file '", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Property RedFlagsOptions[\"three\"].RuleSetStreamFactory: In the rule stream: RF3001", StringComparison.Ordinal));
        Assert.Null(ruleSets.Get("three", options).RuleSet);
    }

    [Fact]
    public void Resolve_InvalidOverride_ReportsRuleErrorsAtTheOptionsPath()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options =>
            {
                options.OverrideRules.Add(DefaultCatalogue.RuleSet.Rules[0] with { Title = "", Priority = 0 });
                options.AddedRules.Add(TestData.LocalRule("LOCAL-ONE") with { Evidence = [] });
            })
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        Assert.Equal(3, exception.Failures.Count());
        Assert.Contains(exception.Failures, f => f.StartsWith("Property RedFlagsOptions.OverrideRules[0].title: RF2008 ", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.StartsWith("Property RedFlagsOptions.OverrideRules[0].priority: RF2012 ", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.StartsWith("Property RedFlagsOptions.AddedRules[0].evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_DisabledRuleStillReferenced_NamesTheReferringRules()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options => options.DisabledRules["MAL-AGE-50"] = "Age alone is not acted on here.")
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        Assert.Equal(
            ["Property RedFlagsOptions.DisabledRules[MAL-AGE-50]: RF2016 The rule cannot be disabled while other rules refer to it: MAL-DEYO-COMBINATION. Override or disable them too. (value: MAL-AGE-50)"],
            exception.Failures);
    }

    [Fact]
    public void Resolve_DisabledRuleReferencedBySeveralRules_ListsThemOnce()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options => options.DisabledRules["MAL-HISTORY-OF-CANCER"] = "Handled elsewhere.")
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        Assert.Equal(
            ["Property RedFlagsOptions.DisabledRules[MAL-HISTORY-OF-CANCER]: RF2016 The rule cannot be disabled while other rules refer to it: MAL-DEYO-COMBINATION, MAL-MSCC-NEURO, MAL-MSCC-PAIN, MAL-MSCC-SUSPECTED. Override or disable them too. (value: MAL-HISTORY-OF-CANCER)"],
            exception.Failures);
    }

    [Fact]
    public void Resolve_DisabledRuleWithItsReferringRule_Succeeds()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options =>
            {
                options.DisabledRules["MAL-AGE-50"] = "Age alone is not acted on here.";
                options.DisabledRules["MAL-DEYO-COMBINATION"] = "Replaced by local pathway.";
            })
            .BuildServiceProvider(TestData.StrictProvider);

        var ruleSet = provider.GetRequiredService<RedFlagEvaluator>().RuleSet;

        Assert.Equal(DefaultCatalogue.RuleSet.Rules.Count - 2, ruleSet.Rules.Count);
        Assert.Equal(["MAL-AGE-50", "MAL-DEYO-COMBINATION"], ruleSet.Customisations.Select(c => c.RuleId));
    }

    [Fact]
    public void Resolve_NullRuleBeforeAnInvalidOverride_ReportsEachAtItsOptionsIndex()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options =>
            {
                options.OverrideRules.Add(null!);
                options.OverrideRules.Add(DefaultCatalogue.RuleSet.Rules[0] with { Title = "" });
            })
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        Assert.Equal(
            [
                "Property RedFlagsOptions.OverrideRules[0]: The rule is null.",
                "Property RedFlagsOptions.OverrideRules[1].title: RF2008 This text is required.",
            ],
            exception.Failures);
    }

    [Fact]
    public void Resolve_RuleAddedTwice_ReportsTheSecondAsChangedTwice()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options =>
            {
                options.AddedRules.Add(TestData.LocalRule("LOCAL-ONE"));
                options.AddedRules.Add(TestData.LocalRule("LOCAL-ONE"));
            })
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        Assert.Equal(
            ["Property RedFlagsOptions.AddedRules[1]: RF2016 The rule is changed more than once (overridden, disabled or added twice, or in two lists). (value: LOCAL-ONE)"],
            exception.Failures);
    }

    [Fact]
    public void Resolve_OverrideMakingABaseRuleCyclic_ReportsAtTheBaseRule()
    {
        var baseSet = RuleSet.Create(
            "local",
            "1.0.0",
            [TestData.LocalRule("LOCAL-A") with { Criterion = Criterion.Flag("LOCAL-B") }, TestData.LocalRule("LOCAL-B")],
            [],
            DefaultCatalogue.RuleSet.DefaultRecommendation);
        using var provider = new ServiceCollection()
            .AddRedFlags(options =>
            {
                options.RuleSet = baseSet;
                options.OverrideRules.Add(TestData.LocalRule("LOCAL-B") with { Criterion = Criterion.Flag("LOCAL-A") });
            })
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        Assert.Equal(
            ["Property RedFlagsOptions.RuleSet.rules[LOCAL-A].criterion: RF2007 Flag references form a cycle. (value: LOCAL-A -> LOCAL-B -> LOCAL-A)"],
            exception.Failures);
    }

    // Eight independent problems; validation must report all of them at once.
    private static void Invalid(RedFlagsOptions options)
    {
        options.DefaultCareSetting = (CareSetting)99;
        options.EvaluationMode = (EvaluationMode)7;
        options.OverrideRules.Add(TestData.LocalRule("NOT-IN-CATALOGUE"));
        options.OverrideRules.Add(null!);
        options.AddedRules.Add(TestData.LocalRule("MAL-AGE-50"));
        options.AddedRules.Add(TestData.LocalRule("LOCAL-BAD-ID") with { Id = "local bad id" });
        options.DisabledRules["MAL-NIGHT-SWEATS"] = " ";
        options.DisabledRules["NO-SUCH-RULE"] = "Not used here.";
    }

    private static void AssertEveryProblem(OptionsValidationException exception, string prefix)
    {
        string[] expected =
        [
            $"Property {prefix}DefaultCareSetting: The care setting 99 is not defined.",
            $"Property {prefix}EvaluationMode: The evaluation mode 7 is not defined.",
            $"Property {prefix}OverrideRules[1]: The rule is null.",
            $"Property {prefix}OverrideRules[0]: RF2016 The rule set 'redflags-lbp-default' has no rule with this id to override; add it as a new rule instead. (value: NOT-IN-CATALOGUE)",
            $"Property {prefix}DisabledRules[MAL-NIGHT-SWEATS]: RF2015 A disabled rule needs a recorded reason. (value: MAL-NIGHT-SWEATS)",
            $"Property {prefix}DisabledRules[NO-SUCH-RULE]: RF2016 The rule set 'redflags-lbp-default' has no rule with this id to disable. (value: NO-SUCH-RULE)",
            $"Property {prefix}AddedRules[0]: RF2016 The rule set 'redflags-lbp-default' already has a rule with this id; override it instead. (value: MAL-AGE-50)",
            $"Property {prefix}AddedRules[1].id: RF2001 A rule id must be upper-case letters and digits in words joined by hyphens, for example MAL-HISTORY-OF-CANCER. (value: local bad id)",
        ];

        Assert.Equal(expected, exception.Failures);
        foreach (var failure in expected)
        {
            Assert.Contains(failure, exception.Message, StringComparison.Ordinal);
        }
    }
}
