using System.Text;
using RedFlags.Json;
using RedFlags.Rules;

namespace RedFlags.Tests.Fuzzing;

/// <summary>Valid documents of each kind the library reads, from <c>docs/examples</c> and the catalogue, as fuzzing seeds.</summary>
internal static class FuzzSeeds
{
    private static readonly Lazy<byte[][]> s_presentations = new(() =>
        Directory.GetFiles(RepositoryFiles.PathOf("docs/examples"), "*.json")
            .Select(File.ReadAllText)
            .Concat(File.ReadLines(RepositoryFiles.PathOf("docs/examples/cases.ndjson")).Take(50))
            .Select(Encoding.UTF8.GetBytes)
            .ToArray());

    public static IReadOnlyList<byte[]> Presentations => s_presentations.Value;

    // Small rule sets, so that each mutated input is quick to read: a full set of the catalogue rules that refer to no
    // other rule, one with flag references, and a local set that changes the catalogue.
    public static IReadOnlyList<byte[]> RuleSets { get; } =
    [
        Bytes(RuleSetJson.Serialize(RuleSet.Create(
            "fuzz-full",
            "1.0.0",
            DefaultCatalogue.RuleSet.Rules.Where(r => !HasReference(r.Criterion)).Take(6),
            DefaultCatalogue.RuleSet.PreTestProbabilities.Take(2),
            DefaultCatalogue.RuleSet.DefaultRecommendation))),
        Bytes(RuleSetJson.Serialize(RuleSet.Create(
            "fuzz-refs",
            "1.0.0",
            [
                Support.TestRules.Rule("FUZZ-A", new AllOfCriterion([new FindingCriterion(Finding.Fever), new QuantityCriterion(Quantity.AgeYears, Comparison.AtLeast, 50)])),
                Support.TestRules.Rule("FUZZ-B", new AtLeastCriterion(1, [new FlagCriterion("FUZZ-A"), new NotCriterion(new FindingCriterion(Finding.SaddleNumbness))]), Urgency.Urgent),
            ],
            [],
            DefaultCatalogue.RuleSet.DefaultRecommendation))),
        Bytes("""
              { "id": "myclinic-lbp", "version": "1.0.0", "extends": "redflags-lbp-default",
                "disabled": [ { "ruleId": "FRX-FEMALE", "reason": "Sex alone is not acted on here." } ] }
              """),
    ];

    /// <summary>A presentation to assess with each rule set that is accepted.</summary>
    public static PatientPresentation SaddleNumbness { get; } = new()
    {
        AssessmentDate = new CalendarDate(2025, 3, 14),
        AgeYears = 60,
        Neurology = new NeurologicalFeatures { SaddleNumbnessOrTingling = Presence.Present },
    };

    public static IReadOnlyList<byte[]> Assessments { get; } = Assessed().Select(a => Bytes(RedFlagsJson.Serialize(a))).ToArray();

    public static IReadOnlyList<byte[]> Summaries { get; } = Assessed().Select(a => Bytes(RedFlagsJson.SerializeSummary(AssessmentSummary.Of(a)))).ToArray();

    private static IEnumerable<Assessment> Assessed()
    {
        var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Interpreted);
        return s_presentations.Value.Take(14).Select(p => evaluator.Assess(RedFlagsJson.ParsePresentation(Encoding.UTF8.GetString(p))));
    }

    private static bool HasReference(Criterion criterion)
        => criterion is FlagCriterion || criterion.Children().Any(HasReference);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
