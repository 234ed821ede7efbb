using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFlags.Cli;

/// <summary>
/// "Did you mean ...?": the nearest name to a mistyped one, by edit distance (insertions, deletions, substitutions and
/// swaps of neighbours, ignoring case), for commands, options, finding, quantity and property names and rule ids.
/// </summary>
internal static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="typed"/>, or null when none is close enough to be a typo of it.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        // A third of the length, at least 1 and at most 3 edits: 'asess' finds 'assess', 'x' finds nothing.
        var limit = Math.Clamp(typed.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, typed, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Distance(typed, candidate);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" Did you mean 'name'?" for the nearest candidate, or an empty string.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Nearest(typed, candidates) is string name ? $" Did you mean '{name}'?" : string.Empty;

    /// <summary>
    /// The suggestion for a validation error of the library, from what the error says it expected: a finding, quantity
    /// or rule id of the default catalogue, or the list after "expected one of".
    /// </summary>
    public static string For(ValidationError error)
    {
        if (error.Value is not string value)
        {
            return string.Empty;
        }

        return DidYouMean(value, CandidatesFor(error.Code, error.Message));
    }

    private static IEnumerable<string> CandidatesFor(string code, string message)
    {
        if (message.StartsWith("Unknown finding name", StringComparison.Ordinal))
        {
            return FindingNames();
        }

        if (message.StartsWith("Unknown quantity name", StringComparison.Ordinal))
        {
            return QuantityNames();
        }

        if (code == ErrorCodes.UnknownRuleReference || message.Contains("no rule with this id", StringComparison.Ordinal))
        {
            return DefaultCatalogue.RuleSet.Rules.Select(rule => rule.Id);
        }

        var list = message.IndexOf("xpected one of", StringComparison.Ordinal);
        if (list < 0)
        {
            return [];
        }

        var names = message[(list + "xpected one of".Length)..].TrimStart(':', ' ').TrimEnd('.');
        return names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private static List<string> FindingNames()
    {
        var names = new List<string>();
        foreach (var finding in Vocabulary.AllFindings)
        {
            names.Add(Vocabulary.Name(finding));
        }

        return names;
    }

    private static List<string> QuantityNames()
    {
        var names = new List<string>();
        foreach (var quantity in Vocabulary.AllQuantities)
        {
            names.Add(Vocabulary.Name(quantity));
        }

        return names;
    }

    /// <summary>The optimal string alignment distance, ignoring case.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
