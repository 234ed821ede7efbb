using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>Composes <see cref="RuleSetChanges"/> onto a base rule set: the one implementation of decision 4 and of the
/// rules of composition, used by <see cref="RuleSet.Compose"/>, the JSON loader and the dependency-injection package.</summary>
internal static class RuleSetComposer
{
    public static RuleSetComposition Compose(RuleSet baseSet, RuleSetChanges changes)
    {
        if (changes.IsEmpty)
        {
            return new RuleSetComposition(baseSet, ValueList<RuleSetCompositionError>.Empty);
        }

        var composition = new Composition(baseSet);
        composition.Override(changes.Overrides);
        composition.Disable(changes.Disabled);
        composition.Add(changes.Added);
        var rules = composition.Rules();
        composition.CheckReferencesToDisabled(rules);

        var id = changes.Id ?? baseSet.Id;
        var version = changes.Version ?? baseSet.Version;
        var priors = changes.PreTestProbabilities ?? baseSet.PreTestProbabilities;
        var recommendation = changes.DefaultRecommendation ?? baseSet.DefaultRecommendation;
        var limits = changes.LaboratoryLimits ?? baseSet.LaboratoryLimits;
        var customisations = composition.Customisations();
        var result = RuleSetValidator.Validate(id, version, rules.Select(r => r.Rule).ToList(), priors, recommendation, customisations.Select(c => c.Change).ToList());
        composition.Locate(result, rules, customisations);
        composition.Locate(RuleSetValidator.Validate(limits), rules, customisations);

        if (composition.Errors.Count > 0)
        {
            return new RuleSetComposition(null, ValueList<RuleSetCompositionError>.Own(composition.Errors.ToArray()));
        }

        // The base set's limits carry over: extending a set never silently returns to the published defaults.
        return new RuleSetComposition(
            RuleSet.CreateWithLimits(id, version, rules.Select(r => r.Rule), priors, recommendation, customisations.Select(c => c.Change), limits),
            ValueList<RuleSetCompositionError>.Empty);
    }

    /// <summary>Where a rule or customisation of the composed set came from: a change (kind and index), or the base set.</summary>
    private readonly record struct Origin(RuleCustomisationKind? Change, int Index);

    private sealed class Composition
    {
        private const string ChangedTwice = "The rule is changed more than once (overridden, disabled or added twice, or in two lists).";

        private readonly RuleSet _base;
        private readonly List<(RedFlagRule Rule, Origin Origin)> _rules = new();
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (RuleCustomisation Change, Origin Origin)> _customisations = new(StringComparer.Ordinal);
        private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
        private readonly List<(string RuleId, int Index)> _disabled = new();

        public Composition(RuleSet baseSet)
        {
            _base = baseSet;
            foreach (var rule in baseSet.Rules)
            {
                _positions.Add(rule.Id, _rules.Count);
                _rules.Add((rule, default));
            }

            foreach (var change in baseSet.Customisations)
            {
                _customisations[change.RuleId] = (change, default);
            }
        }

        public List<RuleSetCompositionError> Errors { get; } = new();

        public void Override(IReadOnlyList<RedFlagRule> overrides)
        {
            for (var i = 0; i < overrides.Count; i++)
            {
                var rule = overrides[i];
                var origin = new Origin(RuleCustomisationKind.Overridden, i);
                if (!_positions.TryGetValue(rule.Id, out var position))
                {
                    Error(origin, rule.Id, string.Empty, $"The rule set '{_base.Id}' has no rule with this id to override; add it as a new rule instead.");
                }
                else if (!_changed.Add(rule.Id))
                {
                    Error(origin, rule.Id, string.Empty, ChangedTwice);
                }
                else
                {
                    _rules[position] = (rule, origin);

                    // A rule that the base set had itself added stays "added" when it is redefined.
                    var kind = _customisations.TryGetValue(rule.Id, out var earlier) && earlier.Change.Kind == RuleCustomisationKind.Added
                        ? RuleCustomisationKind.Added
                        : RuleCustomisationKind.Overridden;
                    _customisations[rule.Id] = (new RuleCustomisation { RuleId = rule.Id, Kind = kind }, origin);
                }
            }
        }

        public void Disable(IReadOnlyList<DisabledRule> disabled)
        {
            for (var i = 0; i < disabled.Count; i++)
            {
                var entry = disabled[i];
                var origin = new Origin(RuleCustomisationKind.Disabled, i);
                if (!_positions.ContainsKey(entry.RuleId))
                {
                    Error(origin, entry.RuleId, string.Empty, $"The rule set '{_base.Id}' has no rule with this id to disable.");
                }
                else if (!_changed.Add(entry.RuleId))
                {
                    Error(origin, entry.RuleId, string.Empty, ChangedTwice);
                }
                else
                {
                    _disabled.Add((entry.RuleId, i));
                    _customisations[entry.RuleId] = (entry.ToCustomisation(), origin);
                }

                if (string.IsNullOrWhiteSpace(entry.Reason))
                {
                    Errors.Add(new RuleSetCompositionError(
                        new ValidationError(ErrorCodes.CustomisationInvalid, Path(origin, entry.RuleId) + ".reason", entry.RuleId, "A disabled rule needs a recorded reason."),
                        origin.Change,
                        origin.Index,
                        entry.RuleId,
                        ".reason"));
                }
            }
        }

        public void Add(IReadOnlyList<RedFlagRule> added)
        {
            for (var i = 0; i < added.Count; i++)
            {
                var rule = added[i];
                var origin = new Origin(RuleCustomisationKind.Added, i);
                if (_base.TryGetRule(rule.Id, out _))
                {
                    Error(origin, rule.Id, string.Empty, $"The rule set '{_base.Id}' already has a rule with this id; override it instead.");
                }
                else if (!_changed.Add(rule.Id))
                {
                    Error(origin, rule.Id, string.Empty, ChangedTwice);
                }
                else
                {
                    _rules.Add((rule, origin));
                    _customisations[rule.Id] = (new RuleCustomisation { RuleId = rule.Id, Kind = RuleCustomisationKind.Added }, origin);
                }
            }
        }

        /// <summary>The composed rules, in base order then added order, without the disabled ones.</summary>
        public List<(RedFlagRule Rule, Origin Origin)> Rules()
        {
            var disabled = new HashSet<string>(_disabled.Select(d => d.RuleId), StringComparer.Ordinal);
            return _rules.Where(r => !disabled.Contains(r.Rule.Id)).ToList();
        }

        /// <summary>The customisations of the composed set; a disabled rule without a reason is left out (reported at the change).</summary>
        public List<(RuleCustomisation Change, Origin Origin)> Customisations()
            => _customisations.Values
                .Where(c => c.Change.Kind != RuleCustomisationKind.Disabled || !string.IsNullOrWhiteSpace(c.Change.Reason))
                .ToList();

        /// <summary>Decision 4: a rule that remaining rules refer to cannot be disabled; the error names every referrer.</summary>
        public void CheckReferencesToDisabled(List<(RedFlagRule Rule, Origin Origin)> rules)
        {
            if (_disabled.Count == 0)
            {
                return;
            }

            var references = rules.Select(r => (r.Rule.Id, References: References(r.Rule))).ToList();
            foreach (var (ruleId, index) in _disabled)
            {
                var referrers = references
                    .Where(r => r.References.Contains(ruleId))
                    .Select(r => r.Id)
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(id => id, StringComparer.Ordinal)
                    .ToList();
                if (referrers.Count > 0)
                {
                    Error(
                        new Origin(RuleCustomisationKind.Disabled, index),
                        ruleId,
                        string.Empty,
                        $"The rule cannot be disabled while other rules refer to it: {string.Join(", ", referrers)}. Override or disable them too.");
                }
            }
        }

        /// <summary>Adds the problems of the composed set, each placed at the change or base rule it comes from.</summary>
        public void Locate(ValidationResult result, List<(RedFlagRule Rule, Origin Origin)> rules, List<(RuleCustomisation Change, Origin Origin)> customisations)
        {
            var disabled = new HashSet<string>(_disabled.Select(d => d.RuleId), StringComparer.Ordinal);
            foreach (var error in result.Errors)
            {
                // A reference to a disabled rule is reported once, at the disabled rule, naming the referrers.
                if (error.Code == ErrorCodes.UnknownRuleReference && error.Value is { } target && disabled.Contains(target))
                {
                    continue;
                }

                if (TrySplitIndex(error.Path, "rules[", out var index, out var rest) && index < rules.Count)
                {
                    var (rule, origin) = rules[index];
                    Place(error, origin, rule.Id, rest);
                }
                else if (TrySplitIndex(error.Path, "customisations[", out index, out rest) && index < customisations.Count && customisations[index].Origin.Change is not null)
                {
                    var (change, origin) = customisations[index];
                    Place(error, origin, change.RuleId, origin.Change == RuleCustomisationKind.Disabled ? rest : string.Empty);
                }
                else
                {
                    Errors.Add(new RuleSetCompositionError(error, null, null, null, error.Path));
                }
            }
        }

        private void Place(ValidationError error, Origin origin, string ruleId, string rest)
            => Errors.Add(new RuleSetCompositionError(error with { Path = Path(origin, ruleId) + rest }, origin.Change, origin.Change is null ? null : origin.Index, ruleId, rest));

        private void Error(Origin origin, string ruleId, string rest, string message)
            => Errors.Add(new RuleSetCompositionError(
                new ValidationError(ErrorCodes.RuleSetChangeInvalid, Path(origin, ruleId) + rest, ruleId, message),
                origin.Change,
                origin.Index,
                ruleId,
                rest));

        private static string Path(Origin origin, string ruleId) => origin.Change switch
        {
            RuleCustomisationKind.Overridden => $"overrides[{Text(origin.Index)}]",
            RuleCustomisationKind.Disabled => $"disabled[{ruleId}]",
            RuleCustomisationKind.Added => $"added[{Text(origin.Index)}]",
            _ => $"rules[{ruleId}]",
        };

        private static HashSet<string> References(RedFlagRule rule)
        {
            var list = new List<string>();
            RuleSetValidator.CollectReferences(rule.Criterion, list);
            return new HashSet<string>(list, StringComparer.Ordinal);
        }

        private static bool TrySplitIndex(string path, string prefix, out int index, out string rest)
        {
            index = -1;
            rest = string.Empty;
            var end = path.StartsWith(prefix, StringComparison.Ordinal) ? path.IndexOf(']', prefix.Length) : -1;
            if (end <= prefix.Length)
            {
                return false;
            }

            var value = 0;
            for (var i = prefix.Length; i < end; i++)
            {
                if (path[i] is < '0' or > '9' || value > (int.MaxValue - 9) / 10)
                {
                    return false;
                }

                value = (value * 10) + (path[i] - '0');
            }

            index = value;
            rest = path.Substring(end + 1);
            return true;
        }

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
