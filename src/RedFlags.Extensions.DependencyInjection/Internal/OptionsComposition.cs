using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RedFlags.Rules;

namespace RedFlags.Internal;

/// <summary>Turns the local changes of <see cref="RedFlagsOptions"/> into <see cref="RuleSetChanges"/>, composes them with
/// <see cref="RuleSet.Compose"/> and reports each problem at the options property it concerns.</summary>
/// <remarks>The rules of composition are the core's; this class only translates names in both directions.</remarks>
internal static class OptionsComposition
{
    /// <summary>Composes the local changes onto a base rule set.</summary>
    /// <param name="baseSet">The base rule set, or <see langword="null"/> when it could not be determined (only
    /// <see langword="null"/> rules are then reported).</param>
    /// <param name="options">The options.</param>
    /// <param name="report">Receives each problem with the options property it concerns.</param>
    /// <returns>The composed set, the base set itself when there are no local changes, or <see langword="null"/> on any problem.</returns>
    public static RuleSet? Compose(RuleSet? baseSet, RedFlagsOptions options, Action<string, string> report)
    {
        var overrides = NonNull(options.OverrideRules, nameof(RedFlagsOptions.OverrideRules), report);
        var added = NonNull(options.AddedRules, nameof(RedFlagsOptions.AddedRules), report);
        if (baseSet is null)
        {
            return null;
        }

        var changes = new RuleSetChanges
        {
            Overrides = overrides.Select(o => o.Rule).ToList(),
            Disabled = options.DisabledRules
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new DisabledRule { RuleId = pair.Key, Reason = pair.Value ?? string.Empty })
                .ToList(),
            Added = added.Select(a => a.Rule).ToList(),
            LaboratoryLimits = options.LaboratoryLimits,
        };

        var composition = baseSet.Compose(changes);
        foreach (var error in composition.Errors)
        {
            report(Property(error, options, overrides, added), Describe(error.Error));
        }

        return overrides.Count < options.OverrideRules.Count || added.Count < options.AddedRules.Count ? null : composition.RuleSet;
    }

    /// <summary>The options property of a problem: <c>OverrideRules[2].title</c>, <c>DisabledRules[MAL-AGE-50]</c>,
    /// <c>AddedRules[0]</c>, <c>RuleSet.rules[MAL-AGE-50]</c> or <c>RuleSet.version</c>.</summary>
    private static string Property(RuleSetCompositionError error, RedFlagsOptions options, List<(RedFlagRule Rule, int Index)> overrides, List<(RedFlagRule Rule, int Index)> added)
        => (error.Change, error.Index) switch
        {
            (RuleCustomisationKind.Overridden, int index) => Indexed(nameof(RedFlagsOptions.OverrideRules), overrides[index].Index) + error.RelativePath,
            (RuleCustomisationKind.Added, int index) => Indexed(nameof(RedFlagsOptions.AddedRules), added[index].Index) + error.RelativePath,
            (RuleCustomisationKind.Disabled, _) => $"{nameof(RedFlagsOptions.DisabledRules)}[{error.RuleId}]",
            _ when error.RuleId is not null => $"{nameof(RedFlagsOptions.RuleSet)}.rules[{error.RuleId}]{error.RelativePath}",
            _ when options.LaboratoryLimits is not null && error.Error.Path.StartsWith(LimitsPath, StringComparison.Ordinal)
                => nameof(RedFlagsOptions.LaboratoryLimits) + "." + Pascal(error.Error.Path.Substring(LimitsPath.Length)),
            _ => $"{nameof(RedFlagsOptions.RuleSet)}.{error.Error.Path}",
        };

    /// <summary>The rules of a list that are not <see langword="null"/>, each with its index in the options list; the others are reported.</summary>
    private static List<(RedFlagRule Rule, int Index)> NonNull(IList<RedFlagRule> rules, string property, Action<string, string> report)
    {
        var result = new List<(RedFlagRule Rule, int Index)>(rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is { } rule)
            {
                result.Add((rule, i));
            }
            else
            {
                report(Indexed(property, i), "The rule is null.");
            }
        }

        return result;
    }

    /// <summary>Describes an error without its path, which is reported as the options property.</summary>
    private static string Describe(ValidationError error)
        => error.Value is null ? $"{error.Code} {error.Message}" : $"{error.Code} {error.Message} (value: {error.Value})";

    private const string LimitsPath = "laboratoryLimits.";

    /// <summary>The options name of a JSON member name: <c>crpAboveMilligramsPerLitre</c> → <c>CrpAboveMilligramsPerLitre</c>.</summary>
    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    private static string Indexed(string property, int index) => property + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
