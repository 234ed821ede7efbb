using RedFlags.Testing;

namespace RedFlags.Testing.Tests;

/// <summary>The kit's own use: the default catalogue's urgency pathways pinned as scenario files.</summary>
public class PathwayScenarioTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);
    private static readonly string s_directory = Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static TheoryData<string> Files() => new(Directory.GetFiles(s_directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void RunDirectory_DefaultCataloguePathways_AllPass() => Scenarios.RunDirectory(s_directory, s_evaluator);

    [Theory]
    [MemberData(nameof(Files))]
    public void Check_EachScenarioFile_PassesOnTheDefaultCatalogue(string file)
        => Assert.Empty(Scenarios.Check(Scenarios.Load(Path.Combine(s_directory, file)), s_evaluator));

    [Fact]
    public void ScenarioFiles_OnePerPathway_CoverEveryPathwayOfTheBrief() => Assert.Equal(13, Files().Count);

    [Fact]
    public void Run_WrongExpectation_FailsWithAReadableExplanation()
    {
        var scenario = Scenarios.Load(Path.Combine(s_directory, "04-trauma-emergency.json")) with { ExpectedUrgency = Urgency.Routine, MustFire = ["FRX-CORTICOSTEROID"] };
        var ex = Assert.Throws<RedFlagsAssertionException>(() => Scenarios.Run([scenario], s_evaluator));
        Assert.Contains("1 of 1 scenarios failed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("expected urgency Routine but was Emergency", ex.Message, StringComparison.Ordinal);
        Assert.Contains("expected FRX-CORTICOSTEROID to fire", ex.Message, StringComparison.Ordinal);
        Assert.Contains("FRX-HIGH-ENERGY-TRAUMA (Emergency) on: High-energy injury", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownExpectation_IsRejectedByName()
    {
        var ex = Assert.Throws<FormatException>(() => Scenarios.Parse("""{"presentation":{"assessmentDate":"2026-11-24"},"expect":{"urgncy":"routine"}}""", "typo.json"));
        Assert.Equal("typo.json.expect: unknown property urgncy; expected urgency, decidedBy, fires, doesNotFire, asks.", ex.Message);
    }

    [Fact]
    public void Parse_InvalidPresentation_ReportsItsValidationErrors()
        => Assert.Throws<RedFlagsValidationException>(() => Scenarios.Parse("""{"presentation":{"assessmentDate":"2026-11-24","ageYears":200},"expect":{"urgency":"routine"}}"""));
}
