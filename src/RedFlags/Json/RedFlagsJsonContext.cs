using System.Text.Json.Serialization;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// The source-generated System.Text.Json contracts of every document RedFlags writes: presentations, assessments and
/// rule sets. Property names are the C# names in camelCase, in declaration order; enums are camelCase
/// names (numbers are refused); dates are <c>yyyy-MM-dd</c>; criteria have their shape-named form.
/// </summary>
/// <remarks>
/// <para>Writing uses it through <see cref="GeneratedContracts"/>, which adds the "unknown is not written" rule of
/// presentations. Reading uses its metadata, not its deserializer: <see cref="StrictReader"/> checks a document against
/// shapes made from these contracts (<see cref="JsonShapes"/>) and reports every problem with its code, where a
/// deserializer stops at the first; the records are then built by generated builders (<see cref="RecordBuilders"/>),
/// because source-generated metadata loses the initial values of <c>init</c>-only properties a document leaves out
/// (dotnet/runtime#84484). The schemas are exported from them too (<see cref="JsonSchemas"/>).</para>
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
        typeof(CamelCaseEnumConverter<QuestionAction>),
        typeof(CamelCaseEnumConverter<DecisiveQuestion>),
    })]
[JsonSerializable(typeof(PatientPresentation))]
[JsonSerializable(typeof(AssessmentDocument))]
[JsonSerializable(typeof(AssessmentSummary))]
[JsonSerializable(typeof(RuleSetDocument))]
[JsonSerializable(typeof(ValidationProblem))]
internal sealed partial class RedFlagsJsonContext : JsonSerializerContext
{
}
