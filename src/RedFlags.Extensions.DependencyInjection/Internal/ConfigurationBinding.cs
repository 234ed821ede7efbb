using System;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Configuration;

namespace RedFlags.Internal;

/// <summary>
/// Binds a configuration section to <see cref="RedFlagsOptions"/> without reflection (so it is trim- and AOT-safe) and
/// with errors that name the key and the value. The settable options are <c>RuleSetFilePath</c>,
/// <c>DefaultCareSetting</c>, <c>EvaluationMode</c>, <c>DisabledRules</c> (rule id → reason) and <c>LaboratoryLimits</c>
/// (limit name → number, or an empty value for no default); rules themselves come from a rule file.
/// </summary>
internal static class ConfigurationBinding
{
    private static readonly string[] s_keys =
    [
        nameof(RedFlagsOptions.RuleSetFilePath),
        nameof(RedFlagsOptions.DefaultCareSetting),
        nameof(RedFlagsOptions.EvaluationMode),
        nameof(RedFlagsOptions.DisabledRules),
        nameof(RedFlagsOptions.LaboratoryLimits),
    ];

    // The settable limits, by their property names; one line each, so no reflection is needed.
    private static readonly (string Name, Func<LaboratoryLimits, double?, LaboratoryLimits> Set)[] s_limits =
    [
        (nameof(LaboratoryLimits.AdjustedCalciumAboveMillimolesPerLitre), (l, v) => l with { AdjustedCalciumAboveMillimolesPerLitre = v }),
        (nameof(LaboratoryLimits.HaemoglobinBelowInMenGramsPerLitre), (l, v) => l with { HaemoglobinBelowInMenGramsPerLitre = v }),
        (nameof(LaboratoryLimits.HaemoglobinBelowInWomenGramsPerLitre), (l, v) => l with { HaemoglobinBelowInWomenGramsPerLitre = v }),
        (nameof(LaboratoryLimits.WhiteCellCountBelowBillionsPerLitre), (l, v) => l with { WhiteCellCountBelowBillionsPerLitre = v }),
        (nameof(LaboratoryLimits.CrpAboveMilligramsPerLitre), (l, v) => l with { CrpAboveMilligramsPerLitre = v }),
        (nameof(LaboratoryLimits.PlasmaViscosityAboveMillipascalSeconds), (l, v) => l with { PlasmaViscosityAboveMillipascalSeconds = v }),
    ];

    public static void Bind(IConfiguration configuration, RedFlagsOptions options)
    {
        foreach (var child in configuration.GetChildren())
        {
            switch (Known(child.Key))
            {
                case nameof(RedFlagsOptions.RuleSetFilePath):
                    options.RuleSetFilePath = child.Value;
                    break;
                case nameof(RedFlagsOptions.DefaultCareSetting):
                    options.DefaultCareSetting = Parse(child, options, CareSetting.Unspecified);
                    break;
                case nameof(RedFlagsOptions.EvaluationMode):
                    options.EvaluationMode = Parse(child, options, EvaluationMode.Automatic);
                    break;
                case nameof(RedFlagsOptions.DisabledRules):
                    foreach (var rule in child.GetChildren())
                    {
                        options.DisabledRules[rule.Key] = rule.Value ?? string.Empty;
                    }

                    break;
                case nameof(RedFlagsOptions.LaboratoryLimits):
                    options.LaboratoryLimits = Limits(child, options, options.LaboratoryLimits ?? LaboratoryLimits.Default);
                    break;
                default:
                    options.ConfigurationErrors.Add((
                        nameof(RedFlagsOptions),
                        $"The configuration key '{child.Path}' is not a RedFlags option; the keys are {string.Join(", ", s_keys)}."));
                    break;
            }
        }
    }

    /// <summary>Reads each limit as an invariant-culture number; an empty value removes the default (brief §13.1 gives
    /// none for CRP or plasma viscosity, and a laboratory may want none for another).</summary>
    private static LaboratoryLimits Limits(IConfigurationSection section, RedFlagsOptions options, LaboratoryLimits limits)
    {
        foreach (var child in section.GetChildren())
        {
            var limit = s_limits.FirstOrDefault(l => string.Equals(l.Name, child.Key, StringComparison.OrdinalIgnoreCase));
            var property = nameof(RedFlagsOptions.LaboratoryLimits) + "." + (limit.Name ?? child.Key);
            if (limit.Name is null)
            {
                options.ConfigurationErrors.Add((
                    nameof(RedFlagsOptions.LaboratoryLimits),
                    $"The configuration key '{child.Path}' is not a laboratory limit; the limits are {string.Join(", ", s_limits.Select(l => l.Name))}."));
            }
            else if (string.IsNullOrWhiteSpace(child.Value))
            {
                limits = limit.Set(limits, null);
            }
            else if (double.TryParse(child.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                // Range problems (zero, negative, infinite) are the core's to report, with its code.
                limits = limit.Set(limits, value);
            }
            else
            {
                options.ConfigurationErrors.Add((
                    property,
                    $"The configuration value '{child.Value}' at '{child.Path}' is not a number (use a dot for decimals, for example 2.65; leave it empty for no default)."));
            }
        }

        return limits;
    }

    private static string? Known(string key) => s_keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses an enum value by name, ignoring case, and also in camelCase with dashes (<c>primary-care</c>).</summary>
    private static T Parse<T>(IConfigurationSection section, RedFlagsOptions options, T fallback)
        where T : struct, Enum
    {
        var text = section.Value?.Replace("-", string.Empty).Replace("_", string.Empty).Trim() ?? string.Empty;

        // By name only: Enum.TryParse also takes numbers ("99") and lists ("a, b"), which are not names.
        if (text.Length > 0 && char.IsLetter(text[0]) && text.IndexOf(',') < 0 && Enum.TryParse<T>(text, ignoreCase: true, out var value))
        {
            return value;
        }

#if NET
        var names = Enum.GetNames<T>();
#else
        var names = Enum.GetNames(typeof(T));
#endif
        options.ConfigurationErrors.Add((
            Known(section.Key)!,
            $"The configuration value '{section.Value}' at '{section.Path}' is not a {typeof(T).Name}; expected one of {string.Join(", ", names)}."));
        return fallback;
    }
}
