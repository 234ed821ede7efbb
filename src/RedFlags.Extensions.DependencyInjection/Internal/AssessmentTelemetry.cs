using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RedFlags.Internal;

/// <summary>
/// The logs, metrics and traces of assessments made through <see cref="RedFlagsAssessor"/>: one instance per service
/// provider, with its own <see cref="Meter"/> (from the host's <see cref="IMeterFactory"/> when there is one) and
/// <see cref="ActivitySource"/>, disposed with the provider.
/// </summary>
/// <remarks>
/// <see cref="IsActive"/> is false while no meter listener, activity listener or warning-level logger is attached; the
/// assessor then calls the evaluator directly, so an unobserved assessment costs one volatile read and a few branches,
/// and allocates nothing more.
/// </remarks>
internal sealed class AssessmentTelemetry : IDisposable
{
    private static readonly string s_version = typeof(AssessmentTelemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    // One string per urgency, so that tagging a measurement allocates nothing.
    private static readonly string[] s_urgencies = ["routine", "soon", "urgent", "emergency"];

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _assessments;
    private readonly Counter<long> _validationErrors;
    private readonly Histogram<double> _duration;
    private readonly TimeProvider _timeProvider;

    public AssessmentTelemetry(TimeProvider timeProvider, ILoggerFactory? loggerFactory = null, IMeterFactory? meterFactory = null)
    {
        _timeProvider = Arguments.NotNull(timeProvider);
        Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger(RedFlagsTelemetry.LogCategory);
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(new MeterOptions(RedFlagsTelemetry.MeterName) { Version = s_version })
            ?? new Meter(RedFlagsTelemetry.MeterName, s_version);
        _assessments = _meter.CreateCounter<long>(RedFlagsTelemetry.AssessmentsCounterName, "{assessment}", "Assessments made, by urgency.");
        _validationErrors = _meter.CreateCounter<long>(RedFlagsTelemetry.ValidationErrorsCounterName, "{error}", "Validation errors of rejected presentations, by error code.");
        _duration = _meter.CreateHistogram<double>(RedFlagsTelemetry.DurationHistogramName, "s", "The time an assessment takes.");
        ActivitySource = new ActivitySource(RedFlagsTelemetry.ActivitySourceName, s_version);
    }

    /// <summary>Gets the logger of the <see cref="RedFlagsTelemetry.LogCategory"/> category.</summary>
    public ILogger Logger { get; }

    /// <summary>Gets the meter of this provider's instruments.</summary>
    public Meter Meter => _meter;

    /// <summary>Gets the activity source of this provider's spans.</summary>
    public ActivitySource ActivitySource { get; }

    /// <summary>Gets a value indicating whether anything listens: a meter listener on an instrument, an activity listener or a warning-level logger.</summary>
    public bool IsActive => _assessments.Enabled || _validationErrors.Enabled || _duration.Enabled || ActivitySource.HasListeners() || Logger.IsEnabled(LogLevel.Warning);

    /// <summary>Evaluates <paramref name="presentation"/> with the rule set of <paramref name="state"/>, measuring, tracing and logging it.</summary>
    /// <typeparam name="T">What the evaluation returns: an assessment or an urgency.</typeparam>
    /// <param name="state">The rule set in use: its evaluator and the tags it gives.</param>
    /// <param name="presentation">The completed presentation.</param>
    /// <param name="activityName">The span name.</param>
    /// <param name="evaluate">The evaluation (a static lambda, so that passing it allocates nothing).</param>
    /// <param name="urgencyOf">The urgency of the result.</param>
    public T Measure<T>(AssessorState state, PatientPresentation presentation, string activityName, Func<RedFlagEvaluator, PatientPresentation, T> evaluate, Func<T, Urgency> urgencyOf)
    {
        using var activity = ActivitySource.StartActivity(activityName, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(RedFlagsTelemetry.RuleSetIdTag, state.Evaluator.RuleSet.Id);
            activity.SetTag(RedFlagsTelemetry.RuleSetVersionTag, state.Evaluator.RuleSet.Version);
            activity.SetTag(RedFlagsTelemetry.RuleSetFingerprintTag, state.FingerprintTag);
        }

        var ruleSetTag = new KeyValuePair<string, object?>(RedFlagsTelemetry.RuleSetIdTag, state.Evaluator.RuleSet.Id);
        var started = _duration.Enabled ? _timeProvider.GetTimestamp() : 0;
        try
        {
            var result = evaluate(state.Evaluator, presentation);
            var urgency = s_urgencies[Math.Min((int)urgencyOf(result), s_urgencies.Length - 1)];
            activity?.SetTag(RedFlagsTelemetry.UrgencyTag, urgency);
            if (_assessments.Enabled)
            {
                _assessments.Add(1, new KeyValuePair<string, object?>(RedFlagsTelemetry.UrgencyTag, urgency), ruleSetTag);
            }

            return result;
        }
        catch (RedFlagsValidationException exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "The presentation is invalid.");
            ReportRejected(exception, ruleSetTag, state.Evaluator.RuleSet.Id);
            throw;
        }
        finally
        {
            if (_duration.Enabled && started != 0)
            {
                _duration.Record(_timeProvider.GetElapsedTime(started).TotalSeconds, ruleSetTag);
            }
        }
    }

    public void Dispose()
    {
        ActivitySource.Dispose();
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private void ReportRejected(RedFlagsValidationException exception, KeyValuePair<string, object?> ruleSetTag, string ruleSetId)
    {
        var errors = exception.Errors;
        if (_validationErrors.Enabled)
        {
            foreach (var error in errors)
            {
                _validationErrors.Add(1, new KeyValuePair<string, object?>(RedFlagsTelemetry.ErrorCodeTag, error.Code), ruleSetTag);
            }
        }

        if (errors.Count > 0 && Logger.IsEnabled(LogLevel.Warning))
        {
            // Codes and paths only: a value could be patient data.
            Log.PresentationRejected(Logger, errors.Count, string.Join("; ", errors.Select(error => $"{error.Code} at '{error.Path}'")), ruleSetId);
        }
    }
}
