using BenchmarkDotNet.Attributes;
using RedFlags.Benchmarks.Baselines;
using RedFlags.Json;
using RedFlags.Rules;

namespace RedFlags.Benchmarks;

/// <summary>
/// Item 4: parsing and validating a JSON presentation (RedFlagsJson.ParsePresentation validates), and loading the
/// default catalogue from JSON: parse, validate, fingerprint (RuleSetJson.Parse) and compile (new RedFlagEvaluator).
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    private string _presentationJson = null!;
    private string _catalogueJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        _presentationJson = RedFlagsJson.Serialize(Presentations.SeveralFlags);
        _catalogueJson = RuleSetJson.Serialize(DefaultCatalogue.RuleSet);
    }

    [Benchmark(Description = "Parse + validate a presentation (JSON)")]
    public PatientPresentation ParsePresentation() => RedFlagsJson.ParsePresentation(_presentationJson);

    [Benchmark(Description = "Parse + validate + assess a presentation (JSON)")]
    public Urgency ParseAndAssessUrgency() => s_evaluator.AssessUrgency(RedFlagsJson.ParsePresentation(_presentationJson));

    [Benchmark(Description = "Load the default catalogue from JSON (parse + validate)")]
    public RuleSet LoadCatalogue() => RuleSetJson.Parse(_catalogueJson);

    [Benchmark(Description = "Load + compile the default catalogue from JSON")]
    public RedFlagEvaluator LoadAndCompileCatalogue() => new(RuleSetJson.Parse(_catalogueJson));
}
