using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using RedFlags.Rules;

namespace RedFlags.Internal;

/// <summary>Composes the local changes of <see cref="RedFlagsOptions"/> onto a base rule set, reporting every problem.</summary>
internal static class RuleSetComposer
{
    private static readonly Regex s_rulePath = new(@"^rules\[([0-9]+)\](.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    /// <summary>Checks the local changes and, when a base set is given and everything is valid, composes them onto it.</summary>
    /// <param name="baseSet">The base rule set, or <see langword="null"/> when it could not be determined (only the
    /// checks that do not need it are made).</param>
    /// <param name="options">The options.</param>
    /// <param name="report">Receives each problem with the options property it concerns.</param>
    /// <returns>The composed set, the base set itself when there are no local changes, or <see langword="null"/> on any problem.</returns>
    public static RuleSet? Compose(RuleSet? baseSet, RedFlagsOptions options, Action<string, string> report)
    {
        var problems = 0;
        void Problem(string property, string message)
        {
            problems++;
            report(property, message);
        }

        var overrides = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.OverrideRules.Count; i++)
        {
            var rule = options.OverrideRules[i];
            var path = Indexed(nameof(RedFlagsOptions.OverrideRules), i);
            if (rule is null)
            {
                Problem(path, "The rule is null.");
            }
            else if (!overrides.Add(rule.Id))
            {
                Problem(path, $"The rule '{rule.Id}' is overridden more than once.");
            }
            else
            {
                if (baseSet is not null && !baseSet.TryGetRule(rule.Id, out _))
                {
                    Problem(path, $"The rule set '{baseSet.Id}' has no rule '{rule.Id}' to override; add a new rule with AddedRules instead.");
                }
            }
        }

        foreach (var disabled in options.DisabledRules.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var path = $"{nameof(RedFlagsOptions.DisabledRules)}[{disabled.Key}]";
            if (string.IsNullOrWhiteSpace(disabled.Value))
            {
                Problem(path, $"The rule '{disabled.Key}' is disabled without a reason; a disabled rule needs a recorded reason.");
            }

            if (overrides.Contains(disabled.Key))
            {
                Problem(path, $"The rule '{disabled.Key}' is both overridden and disabled.");
            }

            if (baseSet is not null && !baseSet.TryGetRule(disabled.Key, out _))
            {
                Problem(path, $"The rule set '{baseSet.Id}' has no rule '{disabled.Key}' to disable.");
            }
        }

        for (var i = 0; i < options.AddedRules.Count; i++)
        {
            var rule = options.AddedRules[i];
            var path = Indexed(nameof(RedFlagsOptions.AddedRules), i);
            if (rule is null)
            {
                Problem(path, "The rule is null.");
            }
            else if (baseSet is not null && baseSet.TryGetRule(rule.Id, out _))
            {
                Problem(path, $"The rule set '{baseSet.Id}' already has a rule '{rule.Id}'; replace it with OverrideRules instead.");
            }
        }

        if (baseSet is null)
        {
            return null;
        }

        if (problems == 0 && options.OverrideRules.Count == 0 && options.AddedRules.Count == 0 && options.DisabledRules.Count == 0)
        {
            return baseSet;
        }

        // Compose what is well formed, so that RuleSet.Validate can report the problems of the rules themselves too.
        var rules = new List<RedFlagRule>();
        var origins = new List<string>();
        var changes = baseSet.Customisations.ToDictionary(change => change.RuleId, StringComparer.Ordinal);
        var local = new Dictionary<string, (RedFlagRule Rule, int Index)>(StringComparer.Ordinal);
        for (var i = 0; i < options.OverrideRules.Count; i++)
        {
            var rule = options.OverrideRules[i];
            if (rule is not null && baseSet.TryGetRule(rule.Id, out _) && !local.ContainsKey(rule.Id))
            {
                local.Add(rule.Id, (rule, i));
            }
        }

        foreach (var rule in baseSet.Rules)
        {
            if (options.DisabledRules.TryGetValue(rule.Id, out var reason))
            {
                changes[rule.Id] = new RuleCustomisation { RuleId = rule.Id, Kind = RuleCustomisationKind.Disabled, Reason = reason };
            }
            else if (local.TryGetValue(rule.Id, out var replacement))
            {
                // A rule that a rule file added stays "added" when it is redefined here.
                var kind = changes.TryGetValue(rule.Id, out var earlier) && earlier.Kind == RuleCustomisationKind.Added
                    ? RuleCustomisationKind.Added
                    : RuleCustomisationKind.Overridden;
                changes[rule.Id] = new RuleCustomisation { RuleId = rule.Id, Kind = kind };
                rules.Add(replacement.Rule);
                origins.Add(Indexed(nameof(RedFlagsOptions.OverrideRules), replacement.Index));
            }
            else
            {
                rules.Add(rule);
                origins.Add($"{nameof(RedFlagsOptions.RuleSet)}.rules[{rule.Id}]");
            }
        }

        for (var i = 0; i < options.AddedRules.Count; i++)
        {
            var rule = options.AddedRules[i];
            if (rule is not null && !baseSet.TryGetRule(rule.Id, out _))
            {
                changes[rule.Id] = new RuleCustomisation { RuleId = rule.Id, Kind = RuleCustomisationKind.Added };
                rules.Add(rule);
                origins.Add(Indexed(nameof(RedFlagsOptions.AddedRules), i));
            }
        }

        // Disabled rules without a reason are reported above, with their options path.
        var customisations = changes.Values.Where(change => change.Kind != RuleCustomisationKind.Disabled || !string.IsNullOrWhiteSpace(change.Reason)).ToList();
        var result = RuleSet.Validate(baseSet.Id, baseSet.Version, rules, baseSet.PreTestProbabilities, baseSet.DefaultRecommendation, customisations);

        // A rule that still refers to a disabled rule is reported once, at the disabled rule, naming the referrers.
        var referrers = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var error in result.Errors)
        {
            if (error.Code == ErrorCodes.UnknownRuleReference
                && error.Value is { } target
                && options.DisabledRules.ContainsKey(target)
                && IndexOf(error.Path) is { } index
                && index < rules.Count)
            {
                if (!referrers.TryGetValue(target, out var names))
                {
                    names = new SortedSet<string>(StringComparer.Ordinal);
                    referrers.Add(target, names);
                }

                names.Add(rules[index].Id);
                continue;
            }

            Problem(Locate(error.Path, origins), Describe(error));
        }

        foreach (var pair in referrers)
        {
            Problem(
                $"{nameof(RedFlagsOptions.DisabledRules)}[{pair.Key}]",
                $"The rule cannot be disabled while other rules refer to it: {string.Join(", ", pair.Value)}. Override or disable them too.");
        }

        return problems > 0
            ? null
            : RuleSet.Create(baseSet.Id, baseSet.Version, rules, baseSet.PreTestProbabilities, baseSet.DefaultRecommendation, customisations);
    }

    /// <summary>Describes an error without its path, which is reported as the options property.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The code, message and value.</returns>
    private static string Describe(ValidationError error)
        => error.Value is null ? $"{error.Code} {error.Message}" : $"{error.Code} {error.Message} (value: {error.Value})";

    // Rewrites "rules[3].criterion" (an index into the composed list) as "OverrideRules[0].criterion".
    private static string Locate(string path, List<string> origins)
    {
        var match = s_rulePath.Match(path);
        return IndexOf(path) is { } index && index < origins.Count
            ? origins[index] + match.Groups[2].Value
            : nameof(RedFlagsOptions.RuleSet) + "." + path;
    }

    private static int? IndexOf(string path)
    {
        var match = s_rulePath.Match(path);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }

    private static string Indexed(string property, int index) => property + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
