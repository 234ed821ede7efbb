using FsCheck;
using FsCheck.Fluent;
using RedFlags.Testing;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.PropertyBased;

/// <summary>The generators are only as good as what they cover: every urgency and nearly every rule must be reached.</summary>
public class GeneratorCoverageTests
{
    [Fact]
    public void ValidPresentationGenerator_ManySamples_ReachEveryUrgencyAndNearlyEveryRule()
    {
        var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
        // A fixed seed: with a new seed each run, a sample now and then fell just under the bar (seen once in a CI-sized
        // run on 2026-12-03), and a coverage check that fails by chance teaches people to ignore it.
        var sample = RedFlagsArbitraries.ValidPresentationGenerator().Sample(numberOfSamples: 2000, seed: new Rnd(20261203UL), size: 30);
        var byUrgency = sample.GroupBy(evaluator.AssessUrgency).ToDictionary(g => g.Key, g => g.Count());
        var fired = sample.SelectMany(p => evaluator.Assess(p).FiredRuleIds()).ToHashSet();

        Assert.All(Enum.GetValues<Urgency>(), u => Assert.True(byUrgency.GetValueOrDefault(u) >= 100, $"{u}: {byUrgency.GetValueOrDefault(u)} of 2000"));
        Assert.True(fired.Count >= 45, $"only {fired.Count} rules fired");
    }
}
