using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RedFlags.Rules;

namespace RedFlags.Extensions.DependencyInjection.Tests;

public sealed class RedFlagsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddRedFlags_NullArguments_Throw()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentNullException>("services", () => RedFlagsServiceCollectionExtensions.AddRedFlags(null!));
        Assert.Throws<ArgumentNullException>("services", () => RedFlagsServiceCollectionExtensions.AddRedFlags(null!, _ => { }));
        Assert.Throws<ArgumentNullException>("configure", () => services.AddRedFlags((Action<RedFlagsOptions>)null!));
        Assert.Throws<ArgumentNullException>("services", () => RedFlagsServiceCollectionExtensions.AddRedFlags(null!, "oncology", _ => { }));
        Assert.Throws<ArgumentNullException>("name", () => services.AddRedFlags(null!, _ => { }));
        Assert.Throws<ArgumentException>("name", () => services.AddRedFlags(" ", _ => { }));
        Assert.Throws<ArgumentNullException>("configure", () => services.AddRedFlags("oncology", (Action<RedFlagsOptions>)null!));
        Assert.Throws<ArgumentNullException>("configuration", () => services.AddRedFlags((IConfiguration)null!));
        Assert.Throws<ArgumentNullException>("configuration", () => services.AddRedFlags("oncology", (IConfiguration)null!));
        Assert.Throws<ArgumentException>("name", () => services.AddRedFlags(" ", new ConfigurationBuilder().Build()));
    }

    [Fact]
    public void AddRedFlags_AnyCollection_ReturnsTheSameCollection()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddRedFlags());
        Assert.Same(services, services.AddRedFlags(_ => { }));
        Assert.Same(services, services.AddRedFlags("oncology", _ => { }));
    }

    [Fact]
    public void AddRedFlags_Default_ResolvesSingletonEvaluatorForDefaultCatalogue()
    {
        using var provider = new ServiceCollection().AddRedFlags().BuildServiceProvider(TestData.StrictProvider);

        var evaluator = provider.GetRequiredService<RedFlagEvaluator>();

        Assert.Same(DefaultCatalogue.RuleSet, evaluator.RuleSet);
        Assert.Same(evaluator, provider.GetRequiredService<RedFlagEvaluator>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        var assessment = evaluator.Assess(TestData.WithCancerHistory(TestData.Today));
        Assert.Contains("MAL-HISTORY-OF-CANCER", TestData.FiredRuleIds(assessment));
        Assert.Equal(DefaultCatalogue.Id, assessment.RuleSet.Id);
        Assert.Empty(assessment.RuleSet.Customisations);
    }

    [Theory]
    [InlineData(EvaluationMode.Automatic)]
    [InlineData(EvaluationMode.Interpreted)]
    [InlineData(EvaluationMode.Compiled)]
    public void AddRedFlags_EvaluationModeOption_BuildsTheEvaluatorInThatMode(EvaluationMode mode)
    {
        using var provider = new ServiceCollection().AddRedFlags(options => options.EvaluationMode = mode).BuildServiceProvider();
        var expected = mode == EvaluationMode.Interpreted ? EvaluationMode.Interpreted : EvaluationMode.Compiled;
        Assert.Equal(expected, provider.GetRequiredService<RedFlagEvaluator>().Mode);
    }

    [Fact]
    public void AddRedFlags_CalledTwice_RegistersNothingTwice()
    {
        var services = new ServiceCollection();
        services.AddRedFlags();
        var once = services.Select(Describe).ToList();

        services.AddRedFlags();

        Assert.Equal(once, services.Select(Describe).ToList());
        Assert.Single(services, d => d.ServiceType == typeof(RedFlagEvaluator));
        Assert.Single(services, d => d.ServiceType == typeof(RedFlagsAssessor));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<RedFlagsOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Fact]
    public void AddRedFlags_SecondConfigure_AddsOnlyItsDelegateAndStillApplies()
    {
        var services = new ServiceCollection();
        services.AddRedFlags(options => options.DefaultCareSetting = CareSetting.PrimaryCare);
        var count = services.Count;

        services.AddRedFlags(options => options.DisabledRules["FRX-FEMALE"] = "Sex alone is not used here.");

        Assert.Equal(count + 1, services.Count);
        Assert.Equal(typeof(IConfigureOptions<RedFlagsOptions>), services[^1].ServiceType);
        using var provider = services.BuildServiceProvider(TestData.StrictProvider);
        var assessor = provider.GetRequiredService<RedFlagsAssessor>();
        Assert.Equal(CareSetting.PrimaryCare, assessor.DefaultCareSetting);
        Assert.False(assessor.RuleSet.TryGetRule("FRX-FEMALE", out _));
    }

    [Fact]
    public void AddRedFlags_NamedCalledTwice_RegistersNothingTwice()
    {
        var services = new ServiceCollection();
        services.AddRedFlags("oncology", _ => { });
        var count = services.Count;

        services.AddRedFlags("oncology", _ => { });

        Assert.Equal(count + 1, services.Count);
        Assert.Single(services, d => d.ServiceType == typeof(RedFlagEvaluator) && d.IsKeyedService && Equals(d.ServiceKey, "oncology"));
    }

    [Fact]
    public void AddRedFlags_CustomRuleSetInstance_IsUsed()
    {
        var custom = RuleSet.Create(
            "local-lbp",
            "2.0.0",
            [TestData.LocalRule("LOCAL-WEIGHT-LOSS")],
            DefaultCatalogue.RuleSet.PreTestProbabilities,
            DefaultCatalogue.RuleSet.DefaultRecommendation);
        using var provider = new ServiceCollection()
            .AddRedFlags(options => options.RuleSet = custom)
            .BuildServiceProvider(TestData.StrictProvider);

        var evaluator = provider.GetRequiredService<RedFlagEvaluator>();

        Assert.Same(custom, evaluator.RuleSet);
        var assessment = evaluator.Assess(new PatientPresentation
        {
            AssessmentDate = TestData.Today,
            Systemic = new SystemicFeatures { UnexplainedWeightLoss = Presence.Present },
        });
        Assert.Equal(["LOCAL-WEIGHT-LOSS"], TestData.FiredRuleIds(assessment));
        Assert.Equal("local-lbp", assessment.RuleSet.Id);
    }

    [Fact]
    public void AddRedFlags_OverrideAddAndDisable_AreComposedAndReported()
    {
        var catalogueRule = DefaultCatalogue.RuleSet.Rules.Single(rule => rule.Id == "MAL-UNEXPLAINED-WEIGHT-LOSS");
        var local = catalogueRule with { Recommendation = catalogueRule.Recommendation with { Urgency = Urgency.Emergency } };
        using var provider = new ServiceCollection()
            .AddRedFlags(options =>
            {
                options.OverrideRules.Add(local);
                options.AddedRules.Add(TestData.LocalRule("LOCAL-WEIGHT-LOSS"));
                options.DisabledRules["MAL-NIGHT-SWEATS"] = "Handled by the oncology pathway.";
            })
            .BuildServiceProvider(TestData.StrictProvider);
        var evaluator = provider.GetRequiredService<RedFlagEvaluator>();

        var assessment = evaluator.Assess(TestData.WithCancerHistory(TestData.Today) with
        {
            Systemic = new SystemicFeatures { UnexplainedWeightLoss = Presence.Present, NightSweats = Presence.Present },
        });

        Assert.Equal(
            [
                new RuleCustomisation { RuleId = "LOCAL-WEIGHT-LOSS", Kind = RuleCustomisationKind.Added },
                new RuleCustomisation { RuleId = "MAL-NIGHT-SWEATS", Kind = RuleCustomisationKind.Disabled, Reason = "Handled by the oncology pathway." },
                new RuleCustomisation { RuleId = "MAL-UNEXPLAINED-WEIGHT-LOSS", Kind = RuleCustomisationKind.Overridden },
            ],
            assessment.RuleSet.Customisations);
        Assert.Equal(DefaultCatalogue.Id, assessment.RuleSet.Id);
        Assert.NotEqual(DefaultCatalogue.RuleSet.Fingerprint, assessment.RuleSet.Fingerprint);
        Assert.Equal(evaluator.RuleSet.Fingerprint, assessment.RuleSet.Fingerprint);
        var fired = TestData.FiredRuleIds(assessment).ToList();
        Assert.DoesNotContain("MAL-NIGHT-SWEATS", fired);
        Assert.Contains("MAL-HISTORY-OF-CANCER", fired);
        Assert.Contains("MAL-NIGHT-SWEATS", TestData.FiredRuleIds(new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(TestData.WithCancerHistory(TestData.Today) with
        {
            Systemic = new SystemicFeatures { NightSweats = Presence.Present },
        })));
        Assert.Contains("LOCAL-WEIGHT-LOSS", fired);
        Assert.Equal(Urgency.Emergency, assessment.Urgency);
    }

    [Fact]
    public void AddRedFlags_Keyed_ResolvesIndependentlyOfDefault()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options => options.DefaultCareSetting = CareSetting.PrimaryCare)
            .AddRedFlags("oncology", options =>
            {
                options.DefaultCareSetting = CareSetting.Oncology;
                options.DisabledRules["MAL-NIGHT-SWEATS"] = "Too common during chemotherapy to act on.";
            })
            .AddRedFlags("spine", options => options.DefaultCareSetting = CareSetting.SpecialistSpineService)
            .BuildServiceProvider(TestData.StrictProvider);

        var standard = provider.GetRequiredService<RedFlagEvaluator>();
        var oncology = provider.GetRequiredKeyedService<RedFlagEvaluator>("oncology");
        var spine = provider.GetRequiredKeyedService<RedFlagEvaluator>("spine");

        Assert.Same(DefaultCatalogue.RuleSet, standard.RuleSet);
        Assert.Same(DefaultCatalogue.RuleSet, spine.RuleSet);
        Assert.NotSame(standard, spine);
        Assert.False(oncology.RuleSet.TryGetRule("MAL-NIGHT-SWEATS", out _));
        Assert.Same(oncology, provider.GetRequiredKeyedService<RedFlagEvaluator>("oncology"));
        Assert.Equal(CareSetting.PrimaryCare, provider.GetRequiredService<RedFlagsAssessor>().DefaultCareSetting);
        Assert.Equal(CareSetting.Oncology, provider.GetRequiredKeyedService<RedFlagsAssessor>("oncology").DefaultCareSetting);
        Assert.Same(oncology.RuleSet, provider.GetRequiredKeyedService<RedFlagsAssessor>("oncology").RuleSet);
        Assert.Null(provider.GetKeyedService<RedFlagEvaluator>("cardiology"));
    }

    [Fact]
    public void AddRedFlags_KeyedOnly_DoesNotRegisterDefault()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags("oncology", _ => { })
            .BuildServiceProvider(TestData.StrictProvider);

        Assert.Null(provider.GetService<RedFlagEvaluator>());
        Assert.NotNull(provider.GetKeyedService<RedFlagEvaluator>("oncology"));
    }

    [Fact]
    public void AddRedFlags_ExistingTimeProvider_IsKept()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddRedFlags()
            .BuildServiceProvider(TestData.StrictProvider);

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Evaluator_ParallelUse_GivesSequentialResults()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options => options.AddedRules.Add(TestData.LocalRule("LOCAL-WEIGHT-LOSS")))
            .BuildServiceProvider(TestData.StrictProvider);
        var evaluator = provider.GetRequiredService<RedFlagEvaluator>();
        var population = TestData.Population();
        var expected = population.Select(evaluator.Assess).ToArray();
        var expectedUrgency = population.Select(evaluator.AssessUrgency).ToArray();

        var actual = new Assessment[population.Count * 8];
        var actualUrgency = new Urgency[actual.Length];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var resolved = provider.GetRequiredService<RedFlagEvaluator>();
            actual[i] = resolved.Assess(population[i % population.Count]);
            actualUrgency[i] = resolved.AssessUrgency(population[i % population.Count]);
        });

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % population.Count], actual[i]);
            Assert.Equal(expectedUrgency[i % population.Count], actualUrgency[i]);
        }

        Assert.Contains(expectedUrgency, urgency => urgency == Urgency.Emergency);
        Assert.Contains(expectedUrgency, urgency => urgency == Urgency.Routine);
    }

    private static string Describe(ServiceDescriptor descriptor)
        => $"{descriptor.ServiceType} {descriptor.ServiceKey} {descriptor.Lifetime}";
}
