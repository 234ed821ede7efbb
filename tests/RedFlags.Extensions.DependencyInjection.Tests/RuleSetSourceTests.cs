using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RedFlags.Json;
using RedFlags.Rules;

namespace RedFlags.Extensions.DependencyInjection.Tests;

public sealed class RuleSetSourceTests : IDisposable
{
    private const string LocalSet = """
        {
          "id": "local-lbp",
          "version": "1.0.0",
          "extends": "redflags-lbp-default",
          "disabled": [
            { "ruleId": "FRX-FEMALE", "reason": "Sex alone is not acted on here." }
          ]
        }
        """;

    // Three problems, on lines 5, 7 and 8.
    private const string BrokenSet = """
        {
          "id": "local-lbp",
          "version": "1.0.0",
          "extends": "redflags-lbp-default",
          "colour": "red",
          "disabled": [
            { "ruleId": "NO-SUCH-RULE", "reason": "Not used." },
            { "ruleId": "MAL-AGE-50", "reason": "Age alone is not acted on here." }
          ]
        }
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "redflags-di-tests-" + Guid.NewGuid().ToString("N"));

    public RuleSetSourceTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void RuleSetFilePath_ValidLocalFile_IsLoadedAndComposedWithOptions()
    {
        var path = Write("local.json", LocalSet);
        using var provider = new ServiceCollection()
            .AddRedFlags(options =>
            {
                options.RuleSetFilePath = path;
                options.DisabledRules["MAL-FATIGUE"] = "Too common to act on here.";
            })
            .BuildServiceProvider(TestData.StrictProvider);

        var assessment = provider.GetRequiredService<RedFlagEvaluator>().Assess(TestData.WithCancerHistory(TestData.Today));

        Assert.Equal("local-lbp", assessment.RuleSet.Id);
        Assert.Equal(
            [
                new RuleCustomisation { RuleId = "FRX-FEMALE", Kind = RuleCustomisationKind.Disabled, Reason = "Sex alone is not acted on here." },
                new RuleCustomisation { RuleId = "MAL-FATIGUE", Kind = RuleCustomisationKind.Disabled, Reason = "Too common to act on here." },
            ],
            assessment.RuleSet.Customisations);
        Assert.Contains("MAL-HISTORY-OF-CANCER", TestData.FiredRuleIds(assessment));
    }

    [Fact]
    public void RuleSetFilePath_FileWithErrors_ListsEachWithLineAndPosition()
    {
        var path = Write("broken.json", BrokenSet);
        using var provider = new ServiceCollection()
            .AddRedFlags(options => options.RuleSetFilePath = path)
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        var errors = RuleSetJson.Validate(BrokenSet).Errors;
        Assert.Equal([5L, 7L, 8L], errors.Select(error => error.Line!.Value).Order());
        Assert.All(errors, error => Assert.NotNull(error.Position));
        Assert.Equal(
            errors.Select(error => $"Property RedFlagsOptions.RuleSetFilePath: In '{path}': {error}"),
            exception.Failures);
        Assert.All(errors, error => Assert.Contains($"(line {error.Line}, position {error.Position})", exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RuleSetFilePath_FileWithErrors_FailsHostStart()
    {
        var path = Write("broken.json", BrokenSet);
        using var host = new HostBuilder()
            .ConfigureServices(services => services.AddRedFlags("local", options => options.RuleSetFilePath = path))
            .Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(3, exception.Failures.Count());
        Assert.All(exception.Failures, failure => Assert.StartsWith("Property RedFlagsOptions[\"local\"].RuleSetFilePath: In '", failure, StringComparison.Ordinal));
    }

    [Fact]
    public void RuleSetFilePath_MissingFileAndSecondSource_ReportsBoth()
    {
        var path = Path.Combine(_directory, "missing.json");
        using var provider = new ServiceCollection()
            .AddRedFlags(options =>
            {
                options.RuleSetFilePath = path;
                options.RuleSet = DefaultCatalogue.RuleSet;
                options.AddedRules.Add(null!);
            })
            .BuildServiceProvider(TestData.StrictProvider);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());

        Assert.Equal(
            [
                "Property RedFlagsOptions.RuleSet: Set at most one rule set source; RuleSet and RuleSetFilePath are both set.",
                $"Property RedFlagsOptions.RuleSetFilePath: The rule file '{path}' does not exist.",
                "Property RedFlagsOptions.AddedRules[0]: The rule is null.",
            ],
            exception.Failures);
    }

    [Fact]
    public void RuleSetStreamFactory_ValidStream_IsLoadedOnceAndDisposed()
    {
        var opened = new List<TrackingStream>();
        using var provider = new ServiceCollection()
            .AddRedFlags(options => options.RuleSetStreamFactory = () =>
            {
                var stream = new TrackingStream(LocalSet);
                opened.Add(stream);
                return stream;
            })
            .BuildServiceProvider(TestData.StrictProvider);

        var evaluator = provider.GetRequiredService<RedFlagEvaluator>();
        _ = provider.GetRequiredService<RedFlagsAssessor>();

        Assert.Equal("local-lbp", evaluator.RuleSet.Id);
        var stream = Assert.Single(opened);
        Assert.True(stream.Disposed);
    }

    [Fact]
    public void RuleSetStreamFactory_Errors_AreReported()
    {
        using var provider = new ServiceCollection()
            .AddRedFlags(options => options.RuleSetStreamFactory = () => new TrackingStream(BrokenSet))
            .AddRedFlags("null", options => options.RuleSetStreamFactory = () => null!)
            .AddRedFlags("throws", options => options.RuleSetStreamFactory = () => throw new FileNotFoundException("No such resource."))
            .BuildServiceProvider(TestData.StrictProvider);

        var broken = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedFlagEvaluator>());
        var nothing = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<RedFlagEvaluator>("null"));
        var throws = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<RedFlagEvaluator>("throws"));

        Assert.Equal(3, broken.Failures.Count());
        Assert.All(broken.Failures, failure => Assert.Matches(@"^Property RedFlagsOptions\.RuleSetStreamFactory: In the rule stream: RF3\d{3} .*\(line \d+, position \d+\)", failure));
        Assert.Equal(["Property RedFlagsOptions[\"null\"].RuleSetStreamFactory: The rule stream factory returned null."], nothing.Failures);
        Assert.Equal(["Property RedFlagsOptions[\"throws\"].RuleSetStreamFactory: The rule stream cannot be opened: FileNotFoundException: No such resource."], throws.Failures);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private sealed class TrackingStream(string content) : MemoryStream(System.Text.Encoding.UTF8.GetBytes(content))
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
