using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.Extensions.Options;
using RedFlags.Rules;

namespace RedFlags.Internal;

/// <summary>Reads the rule set source and composes the local changes of <see cref="RedFlagsOptions"/> once per options
/// name, and keeps the outcome: the rule set, or the problems found.</summary>
/// <remarks>
/// The options validator reports the problems; the evaluator registration takes the rule set. Both ask for the same
/// options instance, so a rule file or stream is read once. When the options of a name are replaced (a configuration
/// reload creates a new instance), the new instance is composed afresh. Thread-safe: the outcome is computed at most
/// once per instance.
/// </remarks>
internal sealed class RuleSetProvider
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Returns the outcome of composing the rule set that <paramref name="options"/> describe.</summary>
    /// <param name="name">The options name.</param>
    /// <param name="options">The options of that name.</param>
    /// <returns>The rule set, or every problem with the options property it concerns.</returns>
    public RuleSetOutcome Get(string name, RedFlagsOptions options)
    {
        Arguments.NotNull(name);
        Arguments.NotNull(options);
        while (true)
        {
            var entry = _entries.GetOrAdd(name, _ => new Entry(options));
            if (ReferenceEquals(entry.Options, options))
            {
                return entry.Outcome.Value;
            }

            var replacement = new Entry(options);
            if (_entries.TryUpdate(name, replacement, entry))
            {
                return replacement.Outcome.Value;
            }
        }
    }

    /// <summary>Returns the rule set that validated options describe.</summary>
    /// <param name="name">The options name.</param>
    /// <param name="options">The options of that name, as returned by <see cref="IOptionsMonitor{TOptions}.Get(string)"/> (which validates them).</param>
    /// <returns>The rule set to apply.</returns>
    /// <exception cref="OptionsValidationException">Thrown when the options are invalid (when validation has not already thrown).</exception>
    public RuleSet GetRuleSet(string name, RedFlagsOptions options)
    {
        if (Get(name, options).RuleSet is { } ruleSet)
        {
            return ruleSet;
        }

        var result = new RedFlagsOptionsValidator(this).Validate(name, options);
        throw new OptionsValidationException(name, typeof(RedFlagsOptions), result.Failures ?? Array.Empty<string>());
    }

    private static RuleSetOutcome Compose(RedFlagsOptions options)
    {
        var failures = new List<(string Property, string Message)>();
        void Report(string property, string message) => failures.Add((property, message));

        // Every source that is set is read, so that its own problems are reported even beside a conflict.
        var loaded = RuleSetSources.Load(options, Report);
        var baseSet = RuleSetSources.Names(options).Count > 1 ? null : loaded;
        var composed = OptionsComposition.Compose(baseSet, options, Report);
        return new RuleSetOutcome(failures.Count == 0 ? composed : null, failures);
    }

    private sealed class Entry
    {
        public Entry(RedFlagsOptions options)
        {
            Options = options;
            Outcome = new Lazy<RuleSetOutcome>(() => Compose(options));
        }

        public RedFlagsOptions Options { get; }

        public Lazy<RuleSetOutcome> Outcome { get; }
    }
}
