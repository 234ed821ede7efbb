using System.Collections.Generic;
using Microsoft.Extensions.Options;
using RedFlags.Rules;

namespace RedFlags.Internal;

/// <summary>Validates <see cref="RedFlagsOptions"/>, reporting every problem at once, and composes the rule set they describe.</summary>
/// <remarks>
/// The rule set is composed here, after every configure and post-configure action has run, and stored on the options
/// instance (<see cref="RedFlagsOptions.ComposedRuleSet"/>). The evaluator is then built from exactly what was
/// validated, and rule files and streams are read once.
/// </remarks>
internal sealed class RedFlagsOptionsValidator : IValidateOptions<RedFlagsOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, RedFlagsOptions options)
    {
        Arguments.NotNull(options);
        var builder = new ValidateOptionsResultBuilder();
        var prefix = string.IsNullOrEmpty(name) ? nameof(RedFlagsOptions) : $"{nameof(RedFlagsOptions)}[\"{name}\"]";
        void Report(string property, string message) => builder.AddError(message, prefix + "." + property);

        options.ComposedRuleSet = null;

        var sources = new List<string>();
        if (options.RuleSet is not null)
        {
            sources.Add(nameof(RedFlagsOptions.RuleSet));
        }

        if (options.RuleSetFilePath is not null)
        {
            sources.Add(nameof(RedFlagsOptions.RuleSetFilePath));
        }

        if (options.RuleSetStreamFactory is not null)
        {
            sources.Add(nameof(RedFlagsOptions.RuleSetStreamFactory));
        }

        if (sources.Count > 1)
        {
            Report(
                nameof(RedFlagsOptions.RuleSet),
                $"Set at most one rule set source; {string.Join(" and ", sources)} are {(sources.Count == 2 ? "both" : "all")} set.");
        }

        if (!Arguments.IsDefined(options.DefaultCareSetting))
        {
            Report(nameof(RedFlagsOptions.DefaultCareSetting), $"The care setting {(int)options.DefaultCareSetting} is not defined.");
        }

        // Every source that is set is read, so that its own problems are reported even beside a conflict.
        var loaded = RuleSetSources.Load(options, Report);
        var baseSet = sources.Count > 1 ? null : loaded;
        var composed = RuleSetComposer.Compose(baseSet, options, Report);

        var result = builder.Build();
        if (result.Succeeded)
        {
            options.ComposedRuleSet = composed;
        }

        return result;
    }

    /// <summary>Returns the validated rule set of an options instance, validating it first when that has not happened.</summary>
    /// <param name="name">The options name.</param>
    /// <param name="options">The options.</param>
    /// <returns>The rule set to apply.</returns>
    /// <exception cref="OptionsValidationException">Thrown when the options are invalid.</exception>
    public static RuleSet GetRuleSet(string name, RedFlagsOptions options)
    {
        if (options.ComposedRuleSet is { } ruleSet)
        {
            return ruleSet;
        }

        var result = new RedFlagsOptionsValidator().Validate(name, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(name, typeof(RedFlagsOptions), result.Failures);
        }

        return options.ComposedRuleSet!;
    }
}
