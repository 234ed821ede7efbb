using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RedFlags.Internal;

namespace RedFlags.Extensions.DependencyInjection.Tests;

public sealed class AssessmentTelemetryTests
{
    [Fact]
    public void Measure_MeterListener_CountsAssessmentsByUrgencyAndRuleSet()
    {
        using var observed = new ObservedAssessor();
        var (assessor, measurements) = (observed.Assessor, observed.Measurements);
        var population = TestData.Population().Take(30).ToList();
        var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);

        foreach (var presentation in population)
        {
            assessor.Assess(presentation);
        }

        var expected = population.GroupBy(p => evaluator.AssessUrgency(p).ToString().ToLowerInvariant())
            .ToDictionary(group => group.Key, group => (long)group.Count());
        var counted = measurements.Where(m => m.Instrument == RedFlagsTelemetry.AssessmentsCounterName).ToList();
        Assert.All(counted, m => Assert.Equal(DefaultCatalogue.RuleSet.Id, m.Tags[RedFlagsTelemetry.RuleSetIdTag]));
        var actual = counted.GroupBy(m => (string)m.Tags[RedFlagsTelemetry.UrgencyTag]!).ToDictionary(group => group.Key, group => group.Sum(m => m.Value));
        Assert.Equal(expected.OrderBy(pair => pair.Key), actual.OrderBy(pair => pair.Key));
        Assert.True(expected.Count > 1, "the population should have more than one urgency");
    }

    [Fact]
    public void Summarize_Population_EqualsTheSummaryOfAssessAndIsCountedAsAnAssessment()
    {
        using var observed = new ObservedAssessor();
        var (assessor, measurements) = (observed.Assessor, observed.Measurements);
        var population = TestData.Population().Take(30).ToList();

        foreach (var presentation in population)
        {
            // Both fill in today's date and the default setting the same way.
            Assert.Equal(AssessmentSummary.Of(assessor.Assess(presentation)), assessor.Summarize(presentation));
        }

        var counted = measurements.Where(m => m.Instrument == RedFlagsTelemetry.AssessmentsCounterName).Sum(m => m.Value);
        Assert.Equal(2 * population.Count, counted);
        Assert.Throws<ArgumentNullException>(() => assessor.Summarize(null!));
    }

    [Fact]
    public void Measure_InvalidPresentation_CountsEachValidationErrorByCode()
    {
        using var observed = new ObservedAssessor();
        var (assessor, measurements) = (observed.Assessor, observed.Measurements);

        var exception = Assert.Throws<RedFlagsValidationException>(() => assessor.AssessUrgency(new PatientPresentation { AssessmentDate = TestData.Today, AgeYears = 200 }));

        var codes = measurements.Where(m => m.Instrument == RedFlagsTelemetry.ValidationErrorsCounterName).Select(m => (string)m.Tags[RedFlagsTelemetry.ErrorCodeTag]!);
        Assert.Equal(exception.Errors.Select(error => error.Code), codes);
        Assert.Contains("RF1002", codes);
        Assert.DoesNotContain(measurements, m => m.Instrument == RedFlagsTelemetry.AssessmentsCounterName);
    }

    [Fact]
    public void Measure_DurationHistogram_RecordsOneNonNegativeDurationPerAssessment()
    {
        using var provider = Provider();
        var telemetry = provider.GetRequiredService<AssessmentTelemetry>();
        var assessor = provider.GetRequiredService<RedFlagsAssessor>();
        var durations = new List<double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, telemetry.Meter) && instrument.Name == RedFlagsTelemetry.DurationHistogramName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => durations.Add(value));
        listener.Start();

        assessor.Assess(TestData.WithCancerHistory(TestData.Today));
        assessor.AssessUrgency(TestData.WithCancerHistory(TestData.Today));

        Assert.Equal(2, durations.Count);
        Assert.All(durations, duration => Assert.True(duration >= 0, $"duration {duration}"));
    }

    [Fact]
    public void Measure_ActivityListener_TagsEachSpanWithTheRuleSetAndUrgency()
    {
        using var provider = Provider();
        var telemetry = provider.GetRequiredService<AssessmentTelemetry>();
        var assessor = provider.GetRequiredService<RedFlagsAssessor>();
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => ReferenceEquals(source, telemetry.ActivitySource),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var assessment = assessor.Assess(TestData.WithCancerHistory(TestData.Today));

        var span = Assert.Single(spans);
        Assert.Equal(RedFlagsTelemetry.AssessActivityName, span.OperationName);
        Assert.Equal(assessment.RuleSet.Id, span.GetTagItem(RedFlagsTelemetry.RuleSetIdTag));
        Assert.Equal(assessment.RuleSet.Version, span.GetTagItem(RedFlagsTelemetry.RuleSetVersionTag));
        Assert.Equal("sha256:" + assessment.RuleSet.Fingerprint, span.GetTagItem(RedFlagsTelemetry.RuleSetFingerprintTag));
        Assert.Equal(assessment.Urgency.ToString().ToLowerInvariant(), span.GetTagItem(RedFlagsTelemetry.UrgencyTag));
    }

    [Fact]
    public void IsActive_NoListener_IsFalseAndTheAssessorAllocatesNoMoreThanTheEvaluator()
    {
        using var provider = Provider(logs: null);
        var telemetry = provider.GetRequiredService<AssessmentTelemetry>();
        var assessor = provider.GetRequiredService<RedFlagsAssessor>();
        var evaluator = provider.GetRequiredService<RedFlagEvaluator>();
        var presentation = TestData.WithCancerHistory(TestData.Today) with { CareSetting = CareSetting.PrimaryCare };

        Assert.False(telemetry.IsActive);
        var direct = AllocatedBy(() => evaluator.AssessUrgency(presentation));
        var throughAssessor = AllocatedBy(() => assessor.AssessUrgency(presentation));

        Assert.Equal(direct, throughAssessor);
    }

    [Fact]
    public void IsActive_MeterListenerOnAnInstrument_IsTrue()
    {
        using var provider = Provider(logs: null);
        var telemetry = provider.GetRequiredService<AssessmentTelemetry>();
        Assert.False(telemetry.IsActive);

        using var listener = Listen(telemetry, []);

        Assert.True(telemetry.IsActive);
    }

    [Fact]
    public void Measure_InvalidPresentation_LogsTheCodesAndPathsButNoValue()
    {
        var logs = new LogCollector();
        using var provider = Provider(logs);
        var assessor = provider.GetRequiredService<RedFlagsAssessor>();

        Assert.Throws<RedFlagsValidationException>(() => assessor.Assess(new PatientPresentation { AssessmentDate = TestData.Today, AgeYears = 187 }));

        var entry = Assert.Single(logs.Entries, e => e.EventName == "PresentationRejected");
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal(RedFlagsTelemetry.LogCategory, entry.Category);
        Assert.Contains("RF1002 at 'ageYears'", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("187", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_Logging_LogsTheRuleSetIdVersionAndFingerprint()
    {
        var logs = new LogCollector();
        using var provider = Provider(logs);

        var assessor = provider.GetRequiredService<RedFlagsAssessor>();

        var entry = Assert.Single(logs.Entries, e => e.EventName == "RuleSetLoaded");
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains($"{assessor.RuleSet.Id} {assessor.RuleSet.Version} (sha256:{assessor.RuleSet.Fingerprint})", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Meter_HostWithMeterFactory_IsMadeByTheHostsFactory()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddRedFlags();
        using var host = builder.Build();

        var telemetry = host.Services.GetRequiredService<AssessmentTelemetry>();

        Assert.Same(host.Services.GetRequiredService<IMeterFactory>(), telemetry.Meter.Scope);
        Assert.Equal(RedFlagsTelemetry.MeterName, telemetry.Meter.Name);
    }

    private static ServiceProvider Provider(LogCollector? logs = null)
    {
        var services = new ServiceCollection().AddRedFlags(options => options.EvaluationMode = EvaluationMode.Interpreted);
        if (logs is not null)
        {
            services.AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }

        return services.BuildServiceProvider(TestData.StrictProvider);
    }

    /// <summary>An assessor of its own service provider, with a meter listener on every instrument of that provider's meter.</summary>
    private sealed class ObservedAssessor : IDisposable
    {
        private readonly ServiceProvider _provider = Provider();
        private readonly MeterListener _listener;

        public ObservedAssessor()
        {
            Assessor = _provider.GetRequiredService<RedFlagsAssessor>();
            _listener = Listen(_provider.GetRequiredService<AssessmentTelemetry>(), Measurements);
        }

        public RedFlagsAssessor Assessor { get; }

        public List<(string Instrument, long Value, Dictionary<string, object?> Tags)> Measurements { get; } = [];

        public void Dispose()
        {
            _listener.Dispose();
            _provider.Dispose();
        }
    }

    private static MeterListener Listen(AssessmentTelemetry telemetry, List<(string Instrument, long Value, Dictionary<string, object?> Tags)> measurements)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, telemetry.Meter))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            measurements.Add((instrument.Name, value, copy));
        });
        listener.Start();
        return listener;
    }

    private static long AllocatedBy(Action action)
    {
        for (var i = 0; i < 50; i++)
        {
            action(); // warm up: static initialisers and the first JIT tiers
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
