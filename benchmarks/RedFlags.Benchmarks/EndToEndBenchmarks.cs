using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RedFlags.Json;

namespace RedFlags.Benchmarks;

/// <summary>
/// Issue #17's end-to-end target: read a line, assess it (<see cref="RedFlagEvaluator.Summarize"/>, which builds only the
/// summary), write its summary, against a bare
/// <see cref="JsonDocument.Parse(string, JsonDocumentOptions)"/> loop over the same lines (the baseline), on one thread
/// and on every core (<see cref="Parallel.For(int, int, Action{int})"/>), in the same run. The lines are the 400 varied
/// lines of <c>docs/examples/cases.ndjson</c>; the figures are per line. Target: the end-to-end loop at least 40 % of
/// the baseline's throughput, that is a ratio of at most 2.5.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    private string[] _lines = null!;

    [GlobalSetup]
    public void Setup() => _lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "cases.ndjson")).Where(line => line.Length > 0).ToArray();

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse loop, one thread", OperationsPerInvoke = 400)]
    public int ParseOneThread()
    {
        var count = 0;
        foreach (var line in _lines)
        {
            count += Parse(line);
        }

        return count;
    }

    [Benchmark(Description = "read, assess, write the summary, one thread", OperationsPerInvoke = 400)]
    public int EndToEndOneThread()
    {
        var length = 0;
        foreach (var line in _lines)
        {
            length += Screen(line);
        }

        return length;
    }

    [Benchmark(Description = "read, explain, summarise, write, one thread", OperationsPerInvoke = 400)]
    public int ExplainedOneThread()
    {
        // The same loop through the explained assessment (Assess, then AssessmentSummary.Of): what Summarize saves.
        var length = 0;
        foreach (var line in _lines)
        {
            length += RedFlagsJson.SerializeSummary(AssessmentSummary.Of(s_evaluator.Assess(RedFlagsJson.ParsePresentation(line)))).Length;
        }

        return length;
    }

    [Benchmark(Description = "JsonDocument.Parse loop, every core", OperationsPerInvoke = 400)]
    public int ParseEveryCore()
    {
        var count = 0;
        Parallel.For(0, _lines.Length, i => Interlocked.Add(ref count, Parse(_lines[i])));
        return count;
    }

    [Benchmark(Description = "read, assess, write the summary, every core", OperationsPerInvoke = 400)]
    public int EndToEndEveryCore()
    {
        var length = 0;
        Parallel.For(0, _lines.Length, i => Interlocked.Add(ref length, Screen(_lines[i])));
        return length;
    }

    private static int Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetPropertyCount();
    }

    private static int Screen(string line)
        => RedFlagsJson.SerializeSummary(s_evaluator.Summarize(RedFlagsJson.ParsePresentation(line))).Length;
}
