using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;

namespace RedFlags.Benchmarks;

/// <summary>
/// Items 3 and 5 (presentations), urgency-only path: batches of 1,000 to 1,000,000 seeded varied presentations, on one
/// thread and on every core. The pool holds 100,000 distinct presentations; larger batches cycle through it.
/// </summary>
[MemoryDiagnoser]
public class BatchUrgencyBenchmarks
{
    private const int PoolSize = 100_000;

    private RedFlagEvaluator _evaluator = null!;
    private PatientPresentation[] _pool = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Presentations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
        _pool = Baselines.Presentations.Generate(Math.Min(Presentations, PoolSize), seed: 11);
    }

    [Benchmark(Baseline = true, Description = "AssessUrgency, one thread")]
    public long Urgency_OneThread() => UrgencyRange(0, Presentations);

    [Benchmark(Description = "AssessUrgency, all cores")]
    public long Urgency_AllCores()
    {
        long total = 0;
        Parallel.ForEach(Partitioner.Create(0, Presentations, RangeSize()), range => Interlocked.Add(ref total, UrgencyRange(range.Item1, range.Item2)));
        return total;
    }

    // A few ranges per core, so that a core slowed by another process is compensated by the others.
    private int RangeSize() => Math.Max(256, Presentations / (Environment.ProcessorCount * 8));

    private long UrgencyRange(int from, int to)
    {
        long sum = 0;
        var pool = _pool;
        for (var i = from; i < to; i++)
        {
            sum += (long)_evaluator.AssessUrgency(pool[i % pool.Length]);
        }

        return sum;
    }

}

/// <summary>Item 3, explained path: batches of 1,000 to 100,000 seeded varied presentations, one thread and every core.</summary>
[MemoryDiagnoser]
public class BatchAssessBenchmarks
{
    private RedFlagEvaluator _evaluator = null!;
    private PatientPresentation[] _pool = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Presentations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
        _pool = Baselines.Presentations.Generate(Presentations, seed: 11);
    }

    [Benchmark(Baseline = true, Description = "Assess (explained), one thread")]
    public long Assess_OneThread() => AssessRange(0, Presentations);

    [Benchmark(Description = "Assess (explained), all cores")]
    public long Assess_AllCores()
    {
        long total = 0;
        var rangeSize = Math.Max(256, Presentations / (Environment.ProcessorCount * 8));
        Parallel.ForEach(Partitioner.Create(0, Presentations, rangeSize), range => Interlocked.Add(ref total, AssessRange(range.Item1, range.Item2)));
        return total;
    }

    private long AssessRange(int from, int to)
    {
        long sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += _evaluator.Assess(_pool[i]).Conditions.Count;
        }

        return sum;
    }
}
