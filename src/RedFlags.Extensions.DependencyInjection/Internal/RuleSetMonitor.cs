using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.Options;

namespace RedFlags.Internal;

/// <summary>
/// The rule set in use for the options of one name, reloaded when the options change (<see cref="IOptionsMonitor{TOptions}.OnChange"/>):
/// the changed options are validated (by the options validator) and composed, the new evaluator is built in full, and
/// only then swapped in, atomically. Changed options that are invalid never reach the listener; the validator reports them
/// through <see cref="OptionsValidationEvents"/>, and the monitor logs them and keeps the rule set in use.
/// </summary>
internal sealed class RuleSetMonitor : IDisposable
{
    private readonly string _name;
    private readonly RuleSetProvider _ruleSets;
    private readonly AssessmentTelemetry _telemetry;
    private readonly OptionsValidationEvents _events;
    private readonly IDisposable? _subscription;
    private readonly object _reloading = new();
    private AssessorState _current;

    public RuleSetMonitor(string name, IOptionsMonitor<RedFlagsOptions> options, RuleSetProvider ruleSets, AssessmentTelemetry telemetry, OptionsValidationEvents events)
    {
        _name = name;
        _ruleSets = ruleSets;
        _telemetry = telemetry;
        _events = events;

        // Getting the options validates them, and throws OptionsValidationException listing every problem when they are invalid.
        _current = Build(options.Get(name));
        _events.Invalid += OnInvalid;
        _subscription = options.OnChange(OnChange);
    }

    /// <summary>Gets the state in use. Read it once per assessment.</summary>
    public AssessorState Current => Volatile.Read(ref _current);

    public void Dispose()
    {
        _events.Invalid -= OnInvalid;
        _subscription?.Dispose();
    }

    private void OnChange(RedFlagsOptions options, string? name)
    {
        if (!string.Equals(name ?? Options.DefaultName, _name, StringComparison.Ordinal))
        {
            return;
        }

        // One reload at a time, so that two quick changes are applied in order.
        lock (_reloading)
        {
            AssessorState next;
            try
            {
                next = Build(options);
            }
            catch (OptionsValidationException exception)
            {
                OnInvalid(_name, [.. exception.Failures]);
                return;
            }

            Volatile.Write(ref _current, next);
        }
    }

    private AssessorState Build(RedFlagsOptions options)
    {
        var ruleSet = _ruleSets.GetRuleSet(_name, options);
        var state = new AssessorState(new RedFlagEvaluator(ruleSet, options.EvaluationMode), options.DefaultCareSetting);
        Log.RuleSetLoaded(_telemetry.Logger, _name, ruleSet.Id, ruleSet.Version, ruleSet.Fingerprint);
        return state;
    }

    private void OnInvalid(string name, IReadOnlyList<string> failures)
    {
        if (!string.Equals(name, _name, StringComparison.Ordinal))
        {
            return;
        }

        var ruleSet = Current.Evaluator.RuleSet;
        Log.RuleSetReloadRejected(_telemetry.Logger, _name, ruleSet.Id, ruleSet.Version, ruleSet.Fingerprint, string.Join("; ", failures));
    }
}
