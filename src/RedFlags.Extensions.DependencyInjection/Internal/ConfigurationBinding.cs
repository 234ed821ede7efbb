using System;
using System.Linq;
using Microsoft.Extensions.Configuration;

namespace RedFlags.Internal;

/// <summary>
/// Binds a configuration section to <see cref="RedFlagsOptions"/> without reflection (so it is trim- and AOT-safe) and
/// with errors that name the key and the value. The settable options are <c>RuleSetFilePath</c>,
/// <c>DefaultCareSetting</c>, <c>EvaluationMode</c> and <c>DisabledRules</c> (rule id → reason); rules themselves come
/// from a rule file.
/// </summary>
internal static class ConfigurationBinding
{
    private static readonly string[] s_keys =
    [
        nameof(RedFlagsOptions.RuleSetFilePath),
        nameof(RedFlagsOptions.DefaultCareSetting),
        nameof(RedFlagsOptions.EvaluationMode),
        nameof(RedFlagsOptions.DisabledRules),
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
                default:
                    options.ConfigurationErrors.Add((
                        nameof(RedFlagsOptions),
                        $"The configuration key '{child.Path}' is not a RedFlags option; the keys are {string.Join(", ", s_keys)}."));
                    break;
            }
        }
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
