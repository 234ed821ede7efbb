using System;
using RedFlags.Rules;

namespace RedFlags.Internal;

/// <summary>Reads the base rule set named by <see cref="RedFlagsOptions"/>: an instance, a JSON file or a JSON stream.</summary>
internal static class RuleSetSources
{
    /// <summary>Reads every source that is set and returns the last one read successfully, or the default catalogue when none is set.</summary>
    /// <param name="options">The options.</param>
    /// <param name="report">Receives each problem with the options property it concerns.</param>
    /// <returns>The base rule set, or <see langword="null"/> when a source could not be read.</returns>
    public static RuleSet? Load(RedFlagsOptions options, Action<string, string> report)
    {
        RuleSet? result = options.RuleSet;
        var ok = true;
        if (options.RuleSetFilePath is not null)
        {
            ok = false;
            report(nameof(RedFlagsOptions.RuleSetFilePath), "Rule files need the RedFlags JSON layer, which is not available yet.");
        }

        if (options.RuleSetStreamFactory is not null)
        {
            ok = false;
            report(nameof(RedFlagsOptions.RuleSetStreamFactory), "Rule streams need the RedFlags JSON layer, which is not available yet.");
        }

        return !ok ? null : result ?? DefaultCatalogue.RuleSet;
    }
}
