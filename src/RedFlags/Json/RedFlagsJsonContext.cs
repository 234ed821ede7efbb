using System.Text.Json.Serialization;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// The source-generated System.Text.Json contracts of every document RedFlags writes: presentations, assessments and
/// rule sets. Property names are the C# names in camelCase, in declaration order; enums are camelCase
/// names (numbers are refused); dates are <c>yyyy-MM-dd</c>; criteria have their shape-named form.
/// </summary>
/// <remarks>
/// <para>Use it through <see cref="GeneratedContracts"/>, which adds the "unknown is not written" rule of presentations.</para>
/// <para>It is not used to read. A serializer context stops at the first problem and cannot report every problem with its
/// code; and source-generated metadata loses the initial values of <c>init</c>-only properties that a document leaves out
/// (dotnet/runtime#84484), so a missing <c>pain</c> section would be <see langword="null"/> and a missing rule
/// <c>priority</c> 0 instead of 100. Documents are read by the strict pass (<see cref="JsonSource"/>,
/// <see cref="JsonContracts"/>); a test keeps its property names identical to these contracts'.</para>
/// </remarks>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    MaxDepth = RedFlagsJson.MaximumDepth + 1,
    Converters = new[]
    {
        typeof(CalendarDateConverter),
        typeof(CriterionConverter),
        typeof(CamelCaseEnumConverter<Presence>),
        typeof(CamelCaseEnumConverter<Sex>),
        typeof(CamelCaseEnumConverter<CareSetting>),
        typeof(CamelCaseEnumConverter<TraumaSeverity>),
        typeof(CamelCaseEnumConverter<LegWeakness>),
        typeof(CamelCaseEnumConverter<LegSymptomSide>),
        typeof(CamelCaseEnumConverter<CancerSite>),
        typeof(CamelCaseEnumConverter<SuspectedCondition>),
        typeof(CamelCaseEnumConverter<Urgency>),
        typeof(CamelCaseEnumConverter<Investigation>),
        typeof(CamelCaseEnumConverter<EvidenceTag>),
        typeof(CamelCaseEnumConverter<RuleCustomisationKind>),
        typeof(CamelCaseEnumConverter<ConcernLevel>),
        typeof(CamelCaseEnumConverter<FactKind>),
    })]
[JsonSerializable(typeof(PatientPresentation))]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(RuleSetDocument))]
internal sealed partial class RedFlagsJsonContext : JsonSerializerContext
{
}
