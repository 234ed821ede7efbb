using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RedFlags.Internal;

namespace RedFlags.Extensions.DependencyInjection.Tests;

public sealed class RuleSetProviderTests
{
    [Fact]
    public void Get_SameOptionsInstance_ComposesOnce()
    {
        var opened = 0;
        var options = new RedFlagsOptions { RuleSetStreamFactory = () => { opened++; return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(LocalSet)); } };
        var provider = new RuleSetProvider();

        var first = provider.Get("local", options);
        var second = provider.Get("local", options);

        Assert.Same(first, second);
        Assert.Equal(1, opened);
        Assert.Equal("local-lbp", first.RuleSet!.Id);
    }

    [Fact]
    public void Get_NewOptionsInstanceForTheName_ComposesItAfresh()
    {
        var provider = new RuleSetProvider();
        var before = provider.Get("local", new RedFlagsOptions());

        var after = provider.Get("local", new RedFlagsOptions { DisabledRules = { ["MAL-NIGHT-SWEATS"] = "Audit" } });

        Assert.Same(DefaultCatalogue.RuleSet, before.RuleSet);
        Assert.Equal(["MAL-NIGHT-SWEATS"], after.RuleSet!.Customisations.Select(c => c.RuleId));
    }

    [Fact]
    public void Validate_InvalidOptions_LeavesTheOptionsUnchangedAndKeepsNoRuleSet()
    {
        var options = new RedFlagsOptions { DisabledRules = { ["NO-SUCH-RULE"] = "x" } };
        var provider = new RuleSetProvider();

        var result = new RedFlagsOptionsValidator(provider).Validate(Options.DefaultName, options);

        Assert.True(result.Failed);
        Assert.Null(provider.Get(Options.DefaultName, options).RuleSet);
        Assert.Equal("x", Assert.Single(options.DisabledRules).Value);
        Assert.Throws<OptionsValidationException>(() => provider.GetRuleSet(Options.DefaultName, options));
    }

    [Fact]
    public void Resolve_EvaluatorAndValidation_ReadTheStreamOnce()
    {
        var opened = 0;
        using var services = new ServiceCollection()
            .AddRedFlags(options => options.RuleSetStreamFactory = () => { opened++; return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(LocalSet)); })
            .BuildServiceProvider(TestData.StrictProvider);

        services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        var evaluator = services.GetRequiredService<RedFlagEvaluator>();

        Assert.Equal(1, opened);
        Assert.Equal("local-lbp", evaluator.RuleSet.Id);
    }

    private const string LocalSet = """{"id":"local-lbp","version":"1.0.0","extends":"redflags-lbp-default","disabled":[{"ruleId":"MAL-NIGHT-SWEATS","reason":"Audit"}]}""";
}
