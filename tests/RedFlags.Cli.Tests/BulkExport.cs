using System.Text;
using RedFlags.Fhir;
using RedFlags.Json;

namespace RedFlags.Cli.Tests;

/// <summary>Generated FHIR bulk exports: the first varied cases as patients, each a Patient, a red-flag
/// QuestionnaireResponse and an Encounter (a type the reader does not use), in either layout.</summary>
internal sealed class BulkExport
{
    public const string TransactionTime = "2026-11-24T22:30:00+01:00";

    public static readonly CalendarDate Date = new(2026, 11, 24);

    private BulkExport(IReadOnlyList<(string Key, string[] Resources)> patients) => Patients = patients;

    /// <summary>Each patient's id and resources (one JSON line each).</summary>
    public IReadOnlyList<(string Key, string[] Resources)> Patients { get; }

    public static BulkExport Generate(int count)
    {
        var patients = File.ReadLines(Path.Combine(Cli.Examples, "cases.ndjson")).Take(count).Select((line, i) =>
        {
            var key = $"pat-{i:D3}";
            var presentation = RedFlagsJson.ParsePresentation(line);
            string[] resources =
            [
                $"{{\"resourceType\":\"Patient\",\"id\":\"{key}\"}}",
                FhirAssessmentWriter.ToJson(RedFlagsQuestionnaire.ToResponse(presentation, $"Patient/{key}")),
                $"{{\"resourceType\":\"Encounter\",\"id\":\"enc-{i}\",\"status\":\"finished\",\"subject\":{{\"reference\":\"Patient/{key}\"}}}}",
            ];
            return (key, resources);
        }).ToArray();
        return new BulkExport(patients);
    }

    /// <summary>One file per resource type, each in the reverse order of the patients, a Condition naming no patient,
    /// and a manifest with the transactionTime.</summary>
    public string WriteByType()
    {
        var directory = NewDirectory();
        foreach (var group in Patients.Reverse().SelectMany(p => p.Resources).GroupBy(ResourceType))
        {
            File.WriteAllLines(Path.Combine(directory, group.Key + ".ndjson"), group);
        }

        File.AppendAllLines(Path.Combine(directory, "Condition.ndjson"), ["{\"resourceType\":\"Condition\",\"id\":\"orphan\"}"]);
        WriteManifest(directory, organizeOutputBy: null);
        return directory;
    }

    /// <summary>The organizeOutputBy=Patient layout: two files of patients, each patient's resources after a Parameters
    /// header; a last patient, broken-1, has a line that is not JSON.</summary>
    public string WriteByPatient()
    {
        var directory = NewDirectory();
        var half = Patients.Count / 2;
        File.WriteAllLines(Path.Combine(directory, "output-1.ndjson"), Patients.Take(half).SelectMany(Group));
        File.WriteAllLines(
            Path.Combine(directory, "output-2.ndjson"),
            Patients.Skip(half).SelectMany(Group).Concat([Header("broken-1"), "{\"resourceType\":\"Patient\",\"id\":\"broken-1\"}", "{\"resourceType\": \"Observation\", oops"]));
        WriteManifest(directory, organizeOutputBy: "Patient");
        return directory;
    }

    /// <summary>The same patient as one collection Bundle.</summary>
    public static string Bundle(string[] resources) =>
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + string.Join(',', resources.Select(r => "{\"resource\":" + r + "}")) + "]}";

    private static IEnumerable<string> Group((string Key, string[] Resources) patient) => patient.Resources.Prepend(Header(patient.Key));

    private static string Header(string key) =>
        $"{{\"resourceType\":\"Parameters\",\"parameter\":[{{\"name\":\"header\",\"valueReference\":{{\"reference\":\"Patient/{key}\"}}}}]}}";

    private static string ResourceType(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("resourceType").GetString()!;

    private static void WriteManifest(string directory, string? organizeOutputBy)
    {
        var organize = organizeOutputBy is null ? string.Empty : $"\"organizeOutputBy\":\"{organizeOutputBy}\",";
        File.WriteAllText(
            Path.Combine(directory, "manifest.json"),
            $"{{\"transactionTime\":\"{TransactionTime}\",\"request\":\"https://fhir.example.org/Patient/$export\",\"requiresAccessToken\":true,{organize}\"output\":[],\"error\":[]}}",
            new UTF8Encoding(false));
    }

    private static string NewDirectory() => Directory.CreateTempSubdirectory("redflags-export-").FullName;
}
