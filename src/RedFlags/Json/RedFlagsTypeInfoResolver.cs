using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RedFlags.Json;

/// <summary>
/// The contracts a host adds to its own serializer options (<see cref="RedFlagsJson.TypeInfoResolver"/>): presentations,
/// assessments and assessment summaries read strictly and written in the documented shape, and <see cref="ValidationProblem"/> written as
/// documented. Any other type is left to the host's other resolvers.
/// </summary>
internal sealed class RedFlagsTypeInfoResolver : IJsonTypeInfoResolver
{
    private static readonly DocumentConverter<PatientPresentation> s_presentation = new(RedFlagsJson.ReadPresentation, GeneratedContracts.Presentation, "presentation");
    private static readonly DocumentConverter<Assessment> s_assessment = new(RedFlagsJson.ReadAssessment, RedFlagsJson.WriteAssessment, "assessment");
    private static readonly DocumentConverter<AssessmentSummary> s_summary = new(RedFlagsJson.ReadSummary, GeneratedContracts.Summary, "assessment summary");
    private static readonly DocumentConverter<ValidationProblem> s_problem = new(null, GeneratedContracts.Problem, "problem");

    public static RedFlagsTypeInfoResolver Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(PatientPresentation))
        {
            return JsonMetadataServices.CreateValueInfo<PatientPresentation>(options, s_presentation);
        }

        if (type == typeof(Assessment))
        {
            return JsonMetadataServices.CreateValueInfo<Assessment>(options, s_assessment);
        }

        if (type == typeof(AssessmentSummary))
        {
            return JsonMetadataServices.CreateValueInfo<AssessmentSummary>(options, s_summary);
        }

        if (type == typeof(ValidationProblem))
        {
            return JsonMetadataServices.CreateValueInfo<ValidationProblem>(options, s_problem);
        }

        return null;
    }
}
