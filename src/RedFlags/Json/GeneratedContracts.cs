using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RedFlags.Json;

/// <summary>
/// The generated contracts (<see cref="RedFlagsJsonContext"/>) with the omission rules of presentations
/// (<see cref="UnknownIsNotWritten"/>) and summaries (<see cref="EmptyIsNotWritten"/>) added: what writes every document.
/// </summary>
internal static class GeneratedContracts
{
    private static readonly JsonSerializerOptions s_options = new(RedFlagsJsonContext.Default.Options)
    {
        TypeInfoResolver = RedFlagsJsonContext.Default.WithAddedModifier(UnknownIsNotWritten.Apply).WithAddedModifier(EmptyIsNotWritten.Apply),

        // How every document is written (JsonOutput): LF line endings, and readable text (JsonTextEncoder): the output
        // is a data file or API payload, never embedded in HTML, so clinical text ("°C", "≥", emoji) is kept as it is.
        Encoder = JsonTextEncoder.Instance,
        NewLine = "\n",
    };

    // The same contracts, indented (two spaces); a contract belongs to one options instance.
    private static readonly JsonSerializerOptions s_indented = new(s_options) { WriteIndented = true };

    /// <summary>Gets the options behind the contracts (their converters describe the enum names to the strict reader).</summary>
    public static JsonSerializerOptions Options => s_options;

    public static JsonTypeInfo<PatientPresentation> Presentation { get; } = Contract<PatientPresentation>();

    /// <summary>Gets the contract of the full shape of assessments (<see cref="AssessmentDocument"/>).</summary>
    public static JsonTypeInfo<AssessmentDocument> Assessment { get; } = Contract<AssessmentDocument>();

    public static JsonTypeInfo<AssessmentSummary> Summary { get; } = Contract<AssessmentSummary>();

    public static JsonTypeInfo<RuleSetDocument> RuleSet { get; } = Contract<RuleSetDocument>();

    public static JsonTypeInfo<ValidationProblem> Problem { get; } = Contract<ValidationProblem>();

    /// <summary>Gets the indented form of a contract.</summary>
    public static JsonTypeInfo<T> Indented<T>(JsonTypeInfo<T> contract) => (JsonTypeInfo<T>)s_indented.GetTypeInfo(contract.Type);

    /// <summary>Gets the contract of one type.</summary>
    public static JsonTypeInfo Of(Type type) => s_options.GetTypeInfo(type);

    private static JsonTypeInfo<T> Contract<T>() => (JsonTypeInfo<T>)s_options.GetTypeInfo(typeof(T));
}
