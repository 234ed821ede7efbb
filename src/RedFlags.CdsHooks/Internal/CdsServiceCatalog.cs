using System.Collections.Generic;
using System.Linq;
using RedFlags.Fhir;

namespace RedFlags.CdsHooks.Internal;

/// <summary>The services the discovery endpoint lists, with prefetch templates generated from what the FHIR reader reads.</summary>
internal static class CdsServiceCatalog
{
    /// <summary>The placeholder of the patient in context in a prefetch template.</summary>
    public const string PatientIdToken = "{{context.patientId}}";

    /// <summary>The prefetch key of the patient's QuestionnaireResponses (the red-flag questionnaire's answers).</summary>
    public const string QuestionnaireResponseKey = "questionnaireResponse";

    /// <summary>
    /// One prefetch template per resource type the reader uses: the Patient by id, every other type searched by
    /// patient, Observations only with the codings the reader uses (laboratory and vital signs, coded symptoms), and the
    /// patient's QuestionnaireResponses. The key is the type name in camelCase.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Prefetch { get; } = FhirPresentationReader.ResourceTypes.Append("QuestionnaireResponse").ToDictionary(
        type => char.ToLowerInvariant(type[0]) + type[1..],
        type => type switch
        {
            "Patient" => "Patient/" + PatientIdToken,
            "Observation" => "Observation?patient=" + PatientIdToken + "&code=" + string.Join(",", FhirPresentationReader.ObservationSearchCodes),
            _ => type + "?patient=" + PatientIdToken,
        },
        System.StringComparer.Ordinal);

    /// <summary>
    /// Whether the service can do without a prefetch key that is missing when there is no FHIR server to read it from:
    /// an EHR that stores no questionnaire answers sends no QuestionnaireResponses, and the questions stay open.
    /// </summary>
    public static bool IsOptional(string key) => key == QuestionnaireResponseKey;

    private const string Usage =
        "Clinical decision support for health professionals; it does not diagnose. Send a JWT signed by a registered "
        + "issuer. Give the prefetch, or fhirServer and fhirAuthorization with read access to the patient's record.";

    public static IReadOnlyList<CdsServiceDescriptor> Services { get; } =
    [
        Service("patient-view", CdsHooksServiceIds.PatientView, "RedFlags: back pain red flags",
            "Screens an adult with low back pain for red flags of serious spinal disease (cancer and spinal cord "
            + "compression, cauda equina syndrome, fracture, infection) and shows the urgency, the reasons and the questions still open."),
        Service("order-select", CdsHooksServiceIds.OrderSelect, "RedFlags: spine imaging and back pain red flags",
            "When a spine MRI, CT or X-ray is selected: with red flags, names the pathway and the imaging it calls for; "
            + "with none and the decisive questions answered, cites NICE NG59; otherwise lists the questions to ask first."),
        Service("order-sign", CdsHooksServiceIds.OrderSign, "RedFlags: spine imaging and back pain red flags (signing)",
            "Before a spine MRI, CT or X-ray order is signed: the same check as on selection, on every draft order."),
    ];

    private static CdsServiceDescriptor Service(string hook, string id, string title, string description) => new()
    {
        Hook = hook,
        Id = id,
        Title = title,
        Description = description,
        Prefetch = Prefetch,
        UsageRequirements = Usage,
    };

    public static CdsServiceDescriptor? Find(string id) => Services.FirstOrDefault(s => s.Id == id);
}
