using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RedFlags.Json;

namespace RedFlags.Benchmarks;

/// <summary>
/// Reading a presentation document against the parser's own floors, measured in the same run: a bare
/// <see cref="Utf8JsonReader"/> token scan and <see cref="JsonDocument.Parse(string, JsonDocumentOptions)"/> (the
/// baseline) of the same text, and writing the assessments of the same lines in the full and the summary shape. The
/// documents are the 400 varied lines of <c>docs/examples/cases.ndjson</c>, one after another; the figures are per
/// document. Targets (issue #17): parse + validate at most 1.5 times the baseline; a full assessment written in at most
/// 10 µs, a summary in at most 1.5 µs.
/// </summary>
[MemoryDiagnoser]
public class JsonReadingBenchmarks
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    private string[] _lines = null!;
    private Assessment[] _assessments = null!;
    private AssessmentSummary[] _summaries = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "cases.ndjson")).Where(line => line.Length > 0).ToArray();
        _assessments = _lines.Select(line => s_evaluator.Assess(RedFlagsJson.ParsePresentation(line))).ToArray();
        _summaries = _assessments.Select(AssessmentSummary.Of).ToArray();
    }

    [Benchmark(Description = "Utf8JsonReader token scan (floor)", OperationsPerInvoke = 400)]
    public int TokenScan()
    {
        var tokens = 0;
        foreach (var line in _lines)
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line));
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse", OperationsPerInvoke = 400)]
    public int DocumentParse()
    {
        var count = 0;
        foreach (var line in _lines)
        {
            using var document = JsonDocument.Parse(line);
            count += document.RootElement.GetPropertyCount();
        }

        return count;
    }

    [Benchmark(Description = "RedFlagsJson.ParsePresentation (parse + validate)", OperationsPerInvoke = 400)]
    public int ParsePresentation()
    {
        var count = 0;
        foreach (var line in _lines)
        {
            count += RedFlagsJson.ParsePresentation(line).AssessmentDate.Day;
        }

        return count;
    }

    [Benchmark(Description = "RedFlagsJson.Serialize(assessment), the full shape", OperationsPerInvoke = 400)]
    public int WriteAssessment()
    {
        var length = 0;
        foreach (var assessment in _assessments)
        {
            length += RedFlagsJson.Serialize(assessment).Length;
        }

        return length;
    }

    [Benchmark(Description = "RedFlagsJson.SerializeSummary(summary)", OperationsPerInvoke = 400)]
    public int WriteSummary()
    {
        var length = 0;
        foreach (var summary in _summaries)
        {
            length += RedFlagsJson.SerializeSummary(summary).Length;
        }

        return length;
    }
}
