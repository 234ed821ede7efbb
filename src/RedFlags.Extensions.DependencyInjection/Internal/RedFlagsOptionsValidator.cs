using Microsoft.Extensions.Options;

namespace RedFlags.Internal;

/// <summary>Validates <see cref="RedFlagsOptions"/>, reporting every problem at once, each with the property it concerns.</summary>
/// <remarks>
/// The validator only validates: it neither changes the options nor keeps a rule set. The problems of the rule set
/// source and of the local changes come from <see cref="RuleSetProvider"/>, which reads and composes once per options
/// name, so that the evaluator is built from exactly what was validated.
/// </remarks>
internal sealed class RedFlagsOptionsValidator : IValidateOptions<RedFlagsOptions>
{
    private readonly RuleSetProvider _ruleSets;
    private readonly OptionsValidationEvents? _events;

    public RedFlagsOptionsValidator(RuleSetProvider ruleSets, OptionsValidationEvents? events = null)
    {
        _ruleSets = Arguments.NotNull(ruleSets);
        _events = events;
    }

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, RedFlagsOptions options)
    {
        Arguments.NotNull(options);
        var builder = new ValidateOptionsResultBuilder();
        var prefix = string.IsNullOrEmpty(name) ? nameof(RedFlagsOptions) : $"{nameof(RedFlagsOptions)}[\"{name}\"]";
        void Report(string property, string message) => builder.AddError(message, prefix + "." + property);

        var sources = RuleSetSources.Names(options);
        if (sources.Count > 1)
        {
            Report(
                nameof(RedFlagsOptions.RuleSet),
                $"Set at most one rule set source; {string.Join(" and ", sources)} are {(sources.Count == 2 ? "both" : "all")} set.");
        }

        foreach (var (property, message) in options.ConfigurationErrors)
        {
            Report(property, message);
        }

        if (!Arguments.IsDefined(options.DefaultCareSetting))
        {
            Report(nameof(RedFlagsOptions.DefaultCareSetting), $"The care setting {(int)options.DefaultCareSetting} is not defined.");
        }

        if (!Arguments.IsDefined(options.EvaluationMode))
        {
            Report(nameof(RedFlagsOptions.EvaluationMode), $"The evaluation mode {(int)options.EvaluationMode} is not defined.");
        }

        foreach (var (property, message) in _ruleSets.Get(name ?? Options.DefaultName, options).Failures)
        {
            Report(property, message);
        }

        var result = builder.Build();
        if (result.Failed)
        {
            _events?.ReportInvalid(name ?? Options.DefaultName, [.. result.Failures ?? []]);
        }

        return result;
    }
}
