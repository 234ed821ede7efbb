using RedFlags.Fhir;
using System.Text.Json.Nodes;

namespace RedFlags.CdsHooks.Tests;

/// <summary>
/// The FHIR data of the test patients as an EHR holds it: a Patient and one searchset Bundle per resource type, keyed
/// like the service's prefetch templates.
/// </summary>
internal sealed class PatientRecord
{
    private PatientRecord(string id, string gender, string birthDate, params JsonObject[] conditions)
        : this(id, gender, birthDate, conditions, [], [])
    {
    }

    private PatientRecord(string id, string gender, string birthDate, JsonObject[] conditions, JsonObject[] observations, JsonObject[] responses)
    {
        Id = id;
        Resources["patient"] = new JsonObject
        {
            ["resourceType"] = "Patient",
            ["id"] = id,
            ["gender"] = gender,
            ["birthDate"] = birthDate,
        };
        Resources["condition"] = Searchset(conditions);
        Resources["observation"] = Searchset(observations);
        foreach (var key in new[] { "medicationStatement", "medicationRequest", "procedure", "familyMemberHistory" })
        {
            Resources[key] = Searchset();
        }

        Resources["questionnaireResponse"] = Searchset(responses);
    }

    public string Id { get; }

    /// <summary>Prefetch key to FHIR JSON (the Patient, else a searchset Bundle).</summary>
    public Dictionary<string, JsonObject> Resources { get; } = new(StringComparer.Ordinal);

    /// <summary>A woman of 64 with breast cancer in remission and an abnormal gait: metastatic spinal cord compression, an emergency.</summary>
    public static PatientRecord Emergency() => new("mscc-1", "female", "1961-02-03",
        Condition("c1", "http://hl7.org/fhir/sid/icd-10", "C50.9", "remission"),
        Condition("c2", "http://snomed.info/sct", "22325002", "active"));

    /// <summary>A man of 30 with nothing on record: routine, with questions open.</summary>
    public static PatientRecord Routine() => new("routine-1", "male", "1995-06-01");

    /// <summary>A man of 67 with prostate cancer on record and nothing else: the decisive questions are open.</summary>
    public static PatientRecord KnownCancer() => new("cancer-1", "male", "1958-04-20",
        Condition("c1", "http://hl7.org/fhir/sid/icd-10", "C61", "active"));

    /// <summary>
    /// A man of 67 with prostate cancer on record and, answered today in the red-flag questionnaire, thoracic pain that
    /// is worse at night and getting worse: pain suggesting spinal metastases (MAL-MSCC-PAIN), urgent.
    /// </summary>
    public static PatientRecord Urgent() => new("urgent-1", "male", "1958-04-20",
        [Condition("c1", "http://hl7.org/fhir/sid/icd-10", "C61", "active")],
        [],
        [Response("qr1", ("pain", "thoracicPain", "present"), ("pain", "nightPain", "present"), ("pain", "progressivePain", "present"))]);

    /// <summary>
    /// A woman of 45 whose only record is an Observation of retention of urine (SNOMED CT 267064002) two days ago:
    /// suspected cauda equina syndrome, an emergency from one coded symptom.
    /// </summary>
    public static PatientRecord CodedRetention() => new("retention-1", "female", "1980-09-09",
        [],
        [SymptomObservation("o1", "http://snomed.info/sct", "267064002", DateTime.UtcNow.Date.AddDays(-2))],
        []);

    /// <summary>The prefetch object of a request: every key, or only those given.</summary>
    public JsonObject Prefetch(params string[] only)
    {
        var prefetch = new JsonObject();
        foreach (var (key, resource) in Resources)
        {
            if (only.Length == 0 || only.Contains(key))
            {
                prefetch[key] = resource.DeepClone();
            }
        }

        return prefetch;
    }

    private static JsonObject Condition(string id, string system, string code, string clinical) => new()
    {
        ["resourceType"] = "Condition",
        ["id"] = id,
        ["clinicalStatus"] = new JsonObject
        {
            ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/condition-clinical", ["code"] = clinical }),
        },
        ["verificationStatus"] = new JsonObject
        {
            ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/condition-ver-status", ["code"] = "confirmed" }),
        },
        ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = system, ["code"] = code }) },
        ["subject"] = new JsonObject { ["reference"] = "Patient/x" },
    };

    private static JsonObject SymptomObservation(string id, string system, string code, DateTime effective) => new()
    {
        ["resourceType"] = "Observation",
        ["id"] = id,
        ["status"] = "final",
        ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = system, ["code"] = code }) },
        ["subject"] = new JsonObject { ["reference"] = "Patient/x" },
        ["effectiveDateTime"] = effective.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A completed response to the red-flag questionnaire, authored today: (group, linkId, presence) answers.</summary>
    private static JsonObject Response(string id, params (string Group, string LinkId, string Presence)[] answers)
    {
        var groups = new JsonArray();
        foreach (var group in answers.GroupBy(a => a.Group))
        {
            var items = new JsonArray();
            foreach (var (_, linkId, presence) in group)
            {
                items.Add(new JsonObject
                {
                    ["linkId"] = linkId,
                    ["answer"] = new JsonArray(new JsonObject
                    {
                        ["valueCoding"] = new JsonObject { ["system"] = RedFlagsQuestionnaire.PresenceSystem, ["code"] = presence },
                    }),
                });
            }

            groups.Add(new JsonObject { ["linkId"] = group.Key, ["item"] = items });
        }

        return new JsonObject
        {
            ["resourceType"] = "QuestionnaireResponse",
            ["id"] = id,
            ["questionnaire"] = RedFlagsQuestionnaire.Url + "|" + RedFlagsQuestionnaire.Version,
            ["status"] = "completed",
            ["subject"] = new JsonObject { ["reference"] = "Patient/x" },
            ["authored"] = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["item"] = groups,
        };
    }

    private static JsonObject Searchset(params JsonObject[] resources)
    {
        var entries = new JsonArray();
        foreach (var resource in resources)
        {
            entries.Add(new JsonObject { ["fullUrl"] = "http://ehr.example/fhir/" + resource["resourceType"] + "/" + resource["id"], ["resource"] = resource.DeepClone() });
        }

        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "searchset", ["total"] = resources.Length };
        if (resources.Length > 0)
        {
            bundle["entry"] = entries;
        }

        return bundle;
    }
}
