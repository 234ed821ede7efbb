using BenchmarkDotNet.Attributes;
using RedFlags.Benchmarks.Baselines;

namespace RedFlags.Benchmarks;

/// <summary>
/// Items 1 and 2 over 1,000 seeded varied presentations (so branch prediction cannot learn one input); times are per
/// presentation. RulesEngine, the baseline, evaluates every rule; the if-chain is the floor.
/// </summary>
[MemoryDiagnoser]
public class VariedBenchmarks
{
    private const int Count = 1_000;

    private RedFlagEvaluator _evaluator = null!;
    private RedFlagEvaluator _interpreted = null!;
    private RulesEngineBaseline _rulesEngine = null!;
    private PatientPresentation[] _presentations = null!;
    private FlatPresentation[] _flat = null!;

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Compiled);
        _interpreted = new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Interpreted);
        _rulesEngine = new RulesEngineBaseline(DefaultCatalogue.RuleSet);
        _presentations = Presentations.Generate(Count, seed: 7);
        _flat = _presentations.Select(FlatPresentation.From).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "RulesEngine: execute all rules")]
    public async Task<int> RulesEngine_Execute()
    {
        var fired = 0;
        foreach (var input in _flat)
        {
            foreach (var result in await _rulesEngine.ExecuteAsync(input).ConfigureAwait(false))
            {
                fired += result.IsSuccess ? 1 : 0;
            }
        }

        return fired;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "If-chain: urgency")]
    public int IfChain_Urgency()
    {
        var sum = 0;
        foreach (var input in _flat)
        {
            sum += (int)IfChainBaseline.UrgencyOf(input);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "If-chain: fired flags")]
    public ulong IfChain_FiredFlags()
    {
        ulong all = 0;
        foreach (var input in _flat)
        {
            all ^= IfChainBaseline.FiredFlags(input);
        }

        return all;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "RedFlags: Assess (explained)")]
    public int RedFlags_Assess()
    {
        var sum = 0;
        foreach (var presentation in _presentations)
        {
            sum += _evaluator.Assess(presentation).Conditions.Count;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "RedFlags: AssessUrgency")]
    public int RedFlags_AssessUrgency()
    {
        var sum = 0;
        foreach (var presentation in _presentations)
        {
            sum += (int)_evaluator.AssessUrgency(presentation);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "RedFlags interpreted: Assess (explained)")]
    public int RedFlags_Assess_Interpreted()
    {
        var sum = 0;
        foreach (var presentation in _presentations)
        {
            sum += _interpreted.Assess(presentation).Conditions.Count;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "RedFlags interpreted: AssessUrgency")]
    public int RedFlags_AssessUrgency_Interpreted()
    {
        var sum = 0;
        foreach (var presentation in _presentations)
        {
            sum += (int)_interpreted.AssessUrgency(presentation);
        }

        return sum;
    }
}
