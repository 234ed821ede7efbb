using BenchmarkDotNet.Attributes;

namespace RedFlags.Benchmarks;

/// <summary>
/// The one-off cost of building an evaluator for the default catalogue in a warm process, in each mode: compiling
/// happens in the constructor, so this is what a host pays at start (or on a rule-set reload). The interpreted build
/// is the baseline.
/// </summary>
[MemoryDiagnoser]
public class EvaluatorBuildBenchmarks
{
    [Benchmark(Baseline = true, Description = "new RedFlagEvaluator(catalogue, Interpreted)")]
    public RedFlagEvaluator Interpreted() => new(DefaultCatalogue.RuleSet, EvaluationMode.Interpreted);

    [Benchmark(Description = "new RedFlagEvaluator(catalogue, Compiled)")]
    public RedFlagEvaluator Compiled() => new(DefaultCatalogue.RuleSet, EvaluationMode.Compiled);
}
