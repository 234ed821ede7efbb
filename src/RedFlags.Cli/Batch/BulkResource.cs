using System;
using System.Text.Json;

namespace RedFlags.Cli.Batch;

/// <summary>
/// What the partitioning of a FHIR bulk export needs to know of one NDJSON line: its resource type and the patient it
/// belongs to. The patient is the Patient's own id, or the <c>Patient/…</c> reference of <c>subject</c> or
/// <c>patient</c>. In the <c>organizeOutputBy=Patient</c> layout each patient's resources follow a header, a
/// <c>Parameters</c> resource whose <c>header</c> parameter references the patient.
/// </summary>
/// <param name="ResourceType">The resourceType, or null when the line is not a JSON object with one.</param>
/// <param name="PatientKey">The patient's id, or null when the resource names none.</param>
/// <param name="IsHeader">Whether the line is an <c>organizeOutputBy</c> header.</param>
internal readonly record struct BulkResource(string? ResourceType, string? PatientKey, bool IsHeader)
{
    private const string PatientPrefix = "Patient/";

    public static BulkResource Classify(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("resourceType", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                return default;
            }

            var type = typeElement.GetString()!;
            if (type == "Patient")
            {
                return new BulkResource(type, root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null, false);
            }

            if (type == "Parameters" && HeaderReference(root) is string header)
            {
                return new BulkResource(type, header, true);
            }

            return new BulkResource(type, PatientOf(root, "subject") ?? PatientOf(root, "patient"), false);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>The patient id of a <c>{"reference":"Patient/123"}</c> property, else null.</summary>
    private static string? PatientOf(JsonElement resource, string property) =>
        resource.TryGetProperty(property, out var reference) ? PatientId(reference) : null;

    private static string? PatientId(JsonElement reference) =>
        reference.ValueKind == JsonValueKind.Object
        && reference.TryGetProperty("reference", out var text)
        && text.ValueKind == JsonValueKind.String
        && text.GetString() is { } value
        && value.StartsWith(PatientPrefix, StringComparison.Ordinal)
        && value.Length > PatientPrefix.Length
            ? value[PatientPrefix.Length..]
            : null;

    /// <summary>The patient a <c>Parameters</c> header names: <c>parameter[name=header].valueReference</c>.</summary>
    private static string? HeaderReference(JsonElement parameters)
    {
        if (!parameters.TryGetProperty("parameter", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var parameter in list.EnumerateArray())
        {
            if (parameter.ValueKind == JsonValueKind.Object
                && parameter.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == "header"
                && parameter.TryGetProperty("valueReference", out var reference))
            {
                return PatientId(reference);
            }
        }

        return null;
    }
}
