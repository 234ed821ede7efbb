using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RedFlags.Json;

namespace RedFlags.Extensions.DependencyInjection.Tests;

/// <summary>Reloading the rule set when the options change: good change, bad change, concurrent assessments during the swap.</summary>
public sealed class RuleSetMonitorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("redflags-reload-").FullName;
    private readonly string _fileA;
    private readonly string _fileB;
    private readonly string _badFile;

    public RuleSetMonitorTests()
    {
        _fileA = Write("a.json", """
            { "id": "clinic-a", "version": "1.0.0", "extends": "redflags-lbp-default",
              "disabled": [ { "ruleId": "FRX-FEMALE", "reason": "Sex alone is not acted on here." } ] }
            """);
        _fileB = Write("b.json", """{ "id": "clinic-b", "version": "2.0.0", "extends": "redflags-lbp-default" }""");
        _badFile = Write("bad.json", """{ "id": "clinic-c", "version": "3.0.0", "extends": "redflags-lbp-default", "colour": "red" }""");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void OnChange_ValidNewRuleFile_IsUsedByTheNextAssessment()
    {
        var logs = new LogCollector();
        var (configuration, provider, assessor) = StartWithFileA(logs);
        using var owned = provider;
        var before = assessor.Assess(Woman());

        configuration["RedFlags:RuleSetFilePath"] = _fileB;
        configuration["RedFlags:DefaultCareSetting"] = "oncology";
        configuration.Reload();
        var after = assessor.Assess(Woman());

        Assert.Equal(RuleSetJson.LoadFile(_fileA).Fingerprint, before.RuleSet.Fingerprint);
        Assert.Equal(CareSetting.PrimaryCare, before.CareSetting);
        Assert.Equal(RuleSetJson.LoadFile(_fileB).Fingerprint, after.RuleSet.Fingerprint);
        Assert.Equal(CareSetting.Oncology, after.CareSetting);
        Assert.Same(assessor.RuleSet, provider.GetRequiredService<RedFlagEvaluator>().RuleSet);
        Assert.Equal(["clinic-a", "clinic-b"], logs.Entries.Where(e => e.EventName == "RuleSetLoaded").Select(e => e.Message.Split(' ')[3]));
    }

    [Fact]
    public void OnChange_InvalidRuleFile_KeepsTheRuleSetInUseAndLogsTheError()
    {
        var logs = new LogCollector();
        var (configuration, provider, assessor) = StartWithFileA(logs);
        using var owned = provider;
        var fingerprintA = assessor.RuleSet.Fingerprint;

        configuration["RedFlags:RuleSetFilePath"] = _badFile;
        // Microsoft.Extensions.Options throws the validation failure to whoever raised the change (here Reload; for a
        // file watcher, a background task): the rule set in use is not touched.
        var thrown = Record.Exception(() => configuration.Reload());

        Assert.NotNull(thrown);
        Assert.Equal(fingerprintA, assessor.Assess(Woman()).RuleSet.Fingerprint);
        Assert.Equal(fingerprintA, provider.GetRequiredService<RedFlagEvaluator>().RuleSet.Fingerprint);
        var entry = Assert.Single(logs.Entries, e => e.EventName == "RuleSetReloadRejected");
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains($"clinic-a 1.0.0 (sha256:{fingerprintA}) stays in use", entry.Message, StringComparison.Ordinal);
        Assert.Contains("RF3002", entry.Message, StringComparison.Ordinal);
        Assert.Contains("bad.json", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnChange_BadThenGoodRuleFile_UsesTheGoodOne()
    {
        var (configuration, provider, assessor) = StartWithFileA(new LogCollector());
        using var owned = provider;

        configuration["RedFlags:RuleSetFilePath"] = _badFile;
        _ = Record.Exception(() => configuration.Reload());
        configuration["RedFlags:RuleSetFilePath"] = _fileB;
        configuration.Reload();

        Assert.Equal(RuleSetJson.LoadFile(_fileB).Fingerprint, assessor.Assess(Woman()).RuleSet.Fingerprint);
    }

    [Fact]
    public void OnChange_ConcurrentAssessments_EachSeesOneWholeRuleSet()
    {
        var (configuration, provider, assessor) = StartWithFileA(logs: null);
        using var owned = provider;
        // What a whole rule set gives: A (FRX-FEMALE disabled, primary care) or B (FRX-FEMALE on, oncology).
        var expectedA = new RedFlagEvaluator(RuleSetJson.LoadFile(_fileA)).Assess(Woman() with { CareSetting = CareSetting.PrimaryCare });
        var expectedB = new RedFlagEvaluator(RuleSetJson.LoadFile(_fileB)).Assess(Woman() with { CareSetting = CareSetting.Oncology });
        Assert.NotEqual(expectedA, expectedB);
        Assert.DoesNotContain("FRX-FEMALE", TestData.FiredRuleIds(expectedA));
        Assert.Contains("FRX-FEMALE", TestData.FiredRuleIds(expectedB));

        using var started = new CountdownEvent(4);
        using var reloadsDone = new ManualResetEventSlim();
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var seen = new List<Assessment>();
            var signalled = false;
            while (true)
            {
                var last = reloadsDone.IsSet;
                seen.Add(assessor.Assess(Woman()));
                if (!signalled)
                {
                    started.Signal();
                    signalled = true;
                }

                if (last)
                {
                    return seen;
                }
            }
        })).ToArray();

        started.Wait();
        var afterEachReload = new List<Assessment>();
        for (var i = 0; i < 20; i++)
        {
            var toB = i % 2 == 0;
            configuration["RedFlags:RuleSetFilePath"] = toB ? _fileB : _fileA;
            configuration["RedFlags:DefaultCareSetting"] = toB ? "Oncology" : "PrimaryCare";
            configuration.Reload();
            afterEachReload.Add(assessor.Assess(Woman()));
        }

        reloadsDone.Set();
        var assessments = workers.SelectMany(worker => worker.Result).ToList();

        // No assessment mixes two rule sets (or a rule set with the other's care setting), and each reload is in use at once.
        Assert.All(assessments, assessment => Assert.True(assessment == expectedA || assessment == expectedB, $"a mixed assessment: {assessment.RuleSet.Id} in {assessment.CareSetting}"));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? expectedB : expectedA), afterEachReload);
    }

    [Fact]
    public void AddRedFlags_ConfigurationSection_BindsEveryKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RedFlags:RuleSetFilePath"] = _fileB,
            ["RedFlags:DefaultCareSetting"] = "specialist-spine-service",
            ["RedFlags:EvaluationMode"] = "interpreted",
            ["RedFlags:DisabledRules:FRX-FEMALE"] = "Not acted on here.",
        }).Build();
        using var provider = Provider(configuration, logs: null);

        var assessor = provider.GetRequiredService<RedFlagsAssessor>();

        Assert.Equal(CareSetting.SpecialistSpineService, assessor.DefaultCareSetting);
        Assert.Equal(EvaluationMode.Interpreted, provider.GetRequiredService<RedFlagEvaluator>().Mode);
        Assert.Equal("clinic-b", assessor.RuleSet.Id);
        Assert.DoesNotContain("FRX-FEMALE", TestData.FiredRuleIds(assessor.Assess(Woman())));
    }

    [Fact]
    public void AddRedFlags_ConfigurationValueNotACareSetting_FailsNamingTheKeyAndTheValue()
    {
        var configuration = Configuration(_fileA, "PrimryCare");
        using var provider = Provider(configuration, logs: null);

        var exception = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<RedFlagsAssessor>());

        Assert.Contains("Property RedFlagsOptions.DefaultCareSetting: The configuration value 'PrimryCare' at 'RedFlags:DefaultCareSetting' is not a CareSetting; expected one of", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRedFlags_UnknownConfigurationKey_FailsNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["RedFlags:RuleSetFile"] = _fileA }).Build();
        using var provider = Provider(configuration, logs: null);

        var exception = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<RedFlagsAssessor>());

        Assert.Contains("The configuration key 'RedFlags:RuleSetFile' is not a RedFlags option; the keys are RuleSetFilePath, DefaultCareSetting, EvaluationMode, DisabledRules, LaboratoryLimits.", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Configuration with rule file A in primary care, a provider on it and the assessor, resolved (so started).</summary>
    private (IConfigurationRoot Configuration, ServiceProvider Provider, RedFlagsAssessor Assessor) StartWithFileA(LogCollector? logs)
    {
        var configuration = Configuration(_fileA, "PrimaryCare");
        var provider = Provider(configuration, logs);
        return (configuration, provider, provider.GetRequiredService<RedFlagsAssessor>());
    }

    private static PatientPresentation Woman() => new()
    {
        AssessmentDate = TestData.Today,
        AgeYears = 72,
        Sex = Sex.Female,
        History = new MedicalHistory { CorticosteroidUse = Presence.Present },
    };

    private static IConfigurationRoot Configuration(string ruleFile, string careSetting) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RedFlags:RuleSetFilePath"] = ruleFile,
            ["RedFlags:DefaultCareSetting"] = careSetting,
            ["RedFlags:EvaluationMode"] = "Interpreted",
        })
        .Build();

    private static ServiceProvider Provider(IConfiguration configuration, LogCollector? logs)
    {
        var services = new ServiceCollection().AddRedFlags(configuration.GetSection("RedFlags"));
        if (logs is not null)
        {
            services.AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        }

        return services.BuildServiceProvider(TestData.StrictProvider);
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }
}
