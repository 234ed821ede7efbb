using BenchmarkDotNet.Attributes;
using RedFlags.Benchmarks.Baselines;
using RedFlags.Rules;

namespace RedFlags.Benchmarks;

/// <summary>
/// Item 5 (rules): seeded synthetic rule sets of 10 to 10,000 rules, each evaluated over 1,000 seeded varied
/// presentations (times are per presentation), and the one-off cost of compiling the set into an evaluator.
/// </summary>
[MemoryDiagnoser]
public class RuleSetGrowthBenchmarks
{
    private const int Count = 1_000;

    private RuleSet _ruleSet = null!;
    private RedFlagEvaluator _evaluator = null!;
    private PatientPresentation[] _presentations = null!;

    [Params(10, 100, 1_000, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ruleSet = SyntheticRuleSets.Create(Rules, seed: 3);
        _evaluator = new RedFlagEvaluator(_ruleSet, EvaluationMode.Compiled);
        _presentations = Presentations.Generate(Count, seed: 5);
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "AssessUrgency, per presentation")]
    public int AssessUrgency()
    {
        var sum = 0;
        foreach (var presentation in _presentations)
        {
            sum += (int)_evaluator.AssessUrgency(presentation);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Assess (explained), per presentation")]
    public int Assess()
    {
        var sum = 0;
        foreach (var presentation in _presentations)
        {
            sum += _evaluator.Assess(presentation).Conditions.Count;
        }

        return sum;
    }

    [Benchmark(Description = "Build a compiled evaluator (new RedFlagEvaluator, Compiled)")]
    public RedFlagEvaluator Compile() => new(_ruleSet, EvaluationMode.Compiled);

    [Benchmark(Description = "Build an interpreted evaluator (new RedFlagEvaluator, Interpreted)")]
    public RedFlagEvaluator Interpret() => new(_ruleSet, EvaluationMode.Interpreted);
}
