using RedFlags.Benchmarks.Baselines;
using RedFlags.Rules;

namespace RedFlags.Benchmarks.Tests;

/// <summary>
/// The benchmark comparison is honest only if the baselines compute the same thing: on a few thousand seeded
/// presentations, RulesEngine and the if-chain must fire exactly the flags RedFlags fires, and give the same urgency.
/// </summary>
public sealed class BaselineEquivalenceTests
{
    private const int Seed = 20261124;
    private const int SampleSize = 3000;

    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);
    private static readonly Lazy<RulesEngineBaseline> s_rulesEngine = new(() => new RulesEngineBaseline(DefaultCatalogue.RuleSet));

    private static IEnumerable<PatientPresentation> Sample() =>
        new[] { Presentations.NoFlags, Presentations.SeveralFlags, Presentations.Emergency }.Concat(Presentations.Generate(SampleSize, Seed));

    private static string[] RedFlagsFired(Assessment assessment) =>
        assessment.Conditions.SelectMany(condition => condition.Flags).Concat(assessment.ContributingFlags).Select(flag => flag.RuleId).Order(StringComparer.Ordinal).ToArray();

    private static string[] IfChainFired(FlatPresentation flat)
    {
        var mask = IfChainBaseline.FiredFlags(flat);
        var rules = DefaultCatalogue.RuleSet.Rules;
        return Enumerable.Range(0, rules.Count).Where(i => (mask & (1UL << i)) != 0).Select(i => rules[i].Id).ToArray();
    }

    [Fact]
    public void IfChainBaseline_DefaultCatalogue_HasARuleForEveryCatalogueRule()
    {
        Assert.Equal(IfChainBaseline.RuleCount, DefaultCatalogue.RuleSet.Rules.Count);
    }

    [Fact]
    public async Task Baselines_GeneratedPresentations_FireExactlyWhatRedFlagsFires()
    {
        var checkedCount = 0;
        foreach (var presentation in Sample())
        {
            var assessment = s_evaluator.Assess(presentation);
            var expected = RedFlagsFired(assessment);
            var flat = FlatPresentation.From(presentation);

            Assert.Equal(expected, IfChainFired(flat));
            Assert.Equal(expected, s_rulesEngine.Value.FiredRuleIds(flat).Order(StringComparer.Ordinal).ToArray());

            var urgency = s_evaluator.AssessUrgency(presentation);
            Assert.Equal(assessment.Urgency, urgency);
            Assert.Equal(urgency, IfChainBaseline.UrgencyOf(flat));
            Assert.Equal(urgency, await s_rulesEngine.Value.UrgencyAsync(flat));
            checkedCount++;
        }

        Assert.Equal(SampleSize + 3, checkedCount);
    }

    [Fact]
    public void Generate_SeededSample_IsValidAndVaried()
    {
        var urgencies = Presentations.Generate(SampleSize, Seed).Select(s_evaluator.AssessUrgency).ToArray();

        // Every urgency occurs, none overwhelmingly: the batch exercises every path of the evaluator.
        foreach (var urgency in Enum.GetValues<Urgency>())
        {
            var share = urgencies.Count(u => u == urgency) / (double)urgencies.Length;
            Assert.InRange(share, 0.05, 0.75);
        }
    }

    [Fact]
    public void Presentations_FixedScenarios_AreWhatTheirNamesSay()
    {
        var none = s_evaluator.Assess(Presentations.NoFlags);
        Assert.Empty(RedFlagsFired(none));
        Assert.Equal(Urgency.Routine, none.Urgency);

        var several = s_evaluator.Assess(Presentations.SeveralFlags);
        Assert.True(RedFlagsFired(several).Length >= 4);
        Assert.InRange(several.Urgency, Urgency.Soon, Urgency.Urgent);

        Assert.Equal(Urgency.Emergency, s_evaluator.Assess(Presentations.Emergency).Urgency);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public void RulesEngineBaseline_SyntheticRuleSet_FiresWhatRedFlagsFires(int ruleCount)
    {
        var set = SyntheticRuleSets.Create(ruleCount, Seed);
        Assert.Equal(ruleCount, set.Rules.Count);
        var evaluator = new RedFlagEvaluator(set);
        var engine = new RulesEngineBaseline(set);
        foreach (var presentation in Presentations.Generate(300, Seed + ruleCount))
        {
            var expected = RedFlagsFired(evaluator.Assess(presentation));
            Assert.Equal(expected, engine.FiredRuleIds(FlatPresentation.From(presentation)).Order(StringComparer.Ordinal).ToArray());
        }
    }

    [Fact]
    public void SyntheticRuleSets_TenThousandRules_AssessAndAssessUrgencyAgree()
    {
        var set = SyntheticRuleSets.Create(10_000, Seed);
        var evaluator = new RedFlagEvaluator(set);
        foreach (var presentation in Presentations.Generate(20, Seed))
        {
            Assert.Equal(evaluator.Assess(presentation).Urgency, evaluator.AssessUrgency(presentation));
        }
    }
}
