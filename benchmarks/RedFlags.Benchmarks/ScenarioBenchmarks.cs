using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RedFlags.Benchmarks.Baselines;
using RulesEngine.Models;

namespace RedFlags.Benchmarks;

/// <summary>The three scenarios of issue #7: a presentation with no flags, one with several, one with an emergency.</summary>
public enum Scenario
{
    /// <summary><see cref="Presentations.NoFlags"/>.</summary>
    NoFlags,

    /// <summary><see cref="Presentations.SeveralFlags"/>.</summary>
    SeveralFlags,

    /// <summary><see cref="Presentations.Emergency"/>.</summary>
    Emergency,
}

/// <summary>
/// Items 1 and 2: one presentation at a time, default catalogue. Two groups, each with its own baseline:
/// <c>vs-RulesEngine</c> (RulesEngine's rule evaluation alone) and <c>vs-IfChain</c> (the hand-written floor). RedFlags
/// runs in both evaluation modes: compiled (the default on a JIT) and interpreted (what Native AOT runs).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class ScenarioBenchmarks
{
    private RedFlagEvaluator _evaluator = null!;
    private RedFlagEvaluator _interpreted = null!;
    private RulesEngineBaseline _rulesEngine = null!;
    private PatientPresentation _presentation = null!;
    private FlatPresentation _flat = null!;

    [ParamsAllValues]
    public Scenario Scenario { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Compiled);
        _interpreted = new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Interpreted);
        _rulesEngine = new RulesEngineBaseline(DefaultCatalogue.RuleSet);
        _presentation = Scenario switch
        {
            Scenario.NoFlags => Presentations.NoFlags,
            Scenario.SeveralFlags => Presentations.SeveralFlags,
            _ => Presentations.Emergency,
        };
        _flat = FlatPresentation.From(_presentation);
    }

    [Benchmark(Baseline = true, Description = "RulesEngine: execute all rules")]
    [BenchmarkCategory("vs-RulesEngine")]
    public ValueTask<List<RuleResultTree>> RulesEngine_Execute() => _rulesEngine.ExecuteAsync(_flat);

    [Benchmark(Description = "RedFlags: Assess (explained)")]
    [BenchmarkCategory("vs-RulesEngine")]
    public Assessment RedFlags_Assess() => _evaluator.Assess(_presentation);

    [Benchmark(Description = "RedFlags: AssessUrgency")]
    [BenchmarkCategory("vs-RulesEngine")]
    public Urgency RedFlags_AssessUrgency() => _evaluator.AssessUrgency(_presentation);

    [Benchmark(Description = "RedFlags interpreted: Assess (explained)")]
    [BenchmarkCategory("vs-RulesEngine")]
    public Assessment RedFlags_Assess_Interpreted() => _interpreted.Assess(_presentation);

    [Benchmark(Description = "RedFlags interpreted: AssessUrgency")]
    [BenchmarkCategory("vs-RulesEngine")]
    public Urgency RedFlags_AssessUrgency_Interpreted() => _interpreted.AssessUrgency(_presentation);

    [Benchmark(Baseline = true, Description = "If-chain: urgency")]
    [BenchmarkCategory("vs-IfChain")]
    public Urgency IfChain_Urgency() => IfChainBaseline.UrgencyOf(_flat);

    [Benchmark(Description = "If-chain: fired flags")]
    [BenchmarkCategory("vs-IfChain")]
    public ulong IfChain_FiredFlags() => IfChainBaseline.FiredFlags(_flat);

    [Benchmark(Description = "RedFlags: AssessUrgency ")]
    [BenchmarkCategory("vs-IfChain")]
    public Urgency RedFlags_AssessUrgency_Floor() => _evaluator.AssessUrgency(_presentation);
}
