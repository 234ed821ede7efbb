using System;
using System.Collections.Generic;
using System.IO;
using RedFlags.Rules;

namespace RedFlags;

/// <summary>Configures the <see cref="RedFlagEvaluator"/> and <see cref="RedFlagsAssessor"/> registered by
/// <see cref="RedFlagsServiceCollectionExtensions.AddRedFlags(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>.</summary>
/// <remarks>
/// <para>The rule set comes from at most one source: <see cref="RuleSet"/>, <see cref="RuleSetFilePath"/> or
/// <see cref="RuleSetStreamFactory"/>. When none is set, <see cref="DefaultCatalogue.RuleSet"/> is used. Local
/// <see cref="OverrideRules"/>, <see cref="AddedRules"/> and <see cref="DisabledRules"/> are then composed onto that
/// base with <see cref="Rules.RuleSet.Compose"/> (the same rules as a JSON rule file's <c>overrides</c>,
/// <c>disabled</c> and <c>added</c>), so every assessment reports them in
/// <see cref="RuleSetReference.Customisations"/> and in the rule set's fingerprint.</para>
/// <para>The options are validated before an evaluator is built from them: every problem is reported together in one
/// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>. With a host, that happens at start-up
/// (<c>ValidateOnStart</c>); without one, at the first resolution of the evaluator or assessor.</para>
/// <para>This is a conventional mutable options class and is not thread-safe; the evaluator copies what it needs
/// when it is built. Changes made through the options system (a configuration reload, see
/// <see cref="RedFlagsServiceCollectionExtensions.AddRedFlags(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>)
/// are validated and, when valid, swapped in atomically; invalid changes are logged and the rule set in use stays.</para>
/// </remarks>
public sealed class RedFlagsOptions
{
    /// <summary>Gets or sets the rule set to apply, already validated.</summary>
    /// <value>Defaults to <see langword="null"/>: the <see cref="DefaultCatalogue.RuleSet"/>, unless
    /// <see cref="RuleSetFilePath"/> or <see cref="RuleSetStreamFactory"/> is set.</value>
    public RuleSet? RuleSet { get; set; }

    /// <summary>Gets or sets the path of a JSON rule file to load, for example a local file that extends the default catalogue.</summary>
    /// <value>Defaults to <see langword="null"/>: no file.</value>
    /// <remarks>The file is read once, when the options are validated. Every problem in it is reported with its
    /// code, line and position.</remarks>
    public string? RuleSetFilePath { get; set; }

    /// <summary>Gets or sets a function that opens a stream over a JSON rule file, for example an embedded resource.</summary>
    /// <value>Defaults to <see langword="null"/>: no stream.</value>
    /// <remarks>The function is called once, when the options are validated, and the stream is disposed after reading.</remarks>
    public Func<Stream>? RuleSetStreamFactory { get; set; }

    /// <summary>Gets the local definitions that replace rules of the base rule set with the same id.</summary>
    /// <value>Defaults to empty. Each is reported as <see cref="RuleCustomisationKind.Overridden"/>.</value>
    public IList<RedFlagRule> OverrideRules { get; } = new List<RedFlagRule>();

    /// <summary>Gets the local rules added to the base rule set; their ids must not be in the base set.</summary>
    /// <value>Defaults to empty. Each is reported as <see cref="RuleCustomisationKind.Added"/>.</value>
    public IList<RedFlagRule> AddedRules { get; } = new List<RedFlagRule>();

    /// <summary>Gets the rules of the base rule set to switch off, by rule id (ordinal), with the reason recorded for each.</summary>
    /// <value>Defaults to empty. Each is reported as <see cref="RuleCustomisationKind.Disabled"/> with its reason;
    /// a reason is required.</value>
    public IDictionary<string, string> DisabledRules { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the default limits that laboratory numbers are read with when a result carries neither the
    /// laboratory's flag nor its reference range (brief §13.1), for example the local laboratory's.</summary>
    /// <value>Defaults to <see langword="null"/>: the base rule set's (<see cref="RedFlags.LaboratoryLimits.Default"/> for
    /// the default catalogue). Each limit given must be a finite number above zero; a problem is reported at
    /// <c>LaboratoryLimits.&lt;limit&gt;</c> with code RF2017.</value>
    public LaboratoryLimits? LaboratoryLimits { get; set; }

    /// <summary>Gets or sets the care setting that <see cref="RedFlagsAssessor"/> applies to a presentation that leaves
    /// <see cref="PatientPresentation.CareSetting"/> unspecified.</summary>
    /// <value>Defaults to <see cref="CareSetting.Unspecified"/>: no numeric probability estimates.</value>
    public CareSetting DefaultCareSetting { get; set; }

    /// <summary>Gets or sets whether the evaluator interprets the rule set or compiles it to code when it is built.</summary>
    /// <value>Defaults to <see cref="EvaluationMode.Automatic"/>: compiled where the process can compile code (a JIT),
    /// interpreted under Native AOT. Choose <see cref="EvaluationMode.Interpreted"/> for a host that assesses few
    /// presentations and wants the cheapest start.</value>
    public EvaluationMode EvaluationMode { get; set; }

    /// <summary>Gets the problems found binding configuration to these options (a value that is not a care setting,
    /// an unknown key), each with the property it concerns; the validator reports them.</summary>
    internal List<(string Property, string Message)> ConfigurationErrors { get; } = [];
}
