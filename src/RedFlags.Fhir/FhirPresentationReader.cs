using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using Hl7.Fhir.Serialization;
using RedFlags.Fhir.Internal;

namespace RedFlags.Fhir;

/// <summary>
/// Reads FHIR R4 data (a Bundle, a single resource, or a set of resources) into a <see cref="PatientPresentation"/>
/// plus a <see cref="FhirMappingReport"/>. The caller supplies the assessment date and the care setting: the reader
/// never reads the clock. Findings the data does not state stay unknown; nothing is set absent without evidence.
/// </summary>
/// <remarks>
/// JSON is parsed in a tolerant mode: every issue the Firely SDK finds in strict mode is reported in
/// <see cref="FhirMappingReport.Issues"/> and the data that could be read is still used; a reader method never throws
/// for bad data (only for a null argument).
/// </remarks>
public static class FhirPresentationReader
{
    /// <summary>
    /// The FHIR resource types of the record that the reader uses, in the order a CDS Hooks prefetch lists them. The
    /// reader also reads a QuestionnaireResponse to the red-flag questionnaire (<see cref="RedFlagsQuestionnaire"/>),
    /// which is not listed here (not every record holds one: the CDS Hooks service asks for it as an optional prefetch
    /// key); every other type is reported as not used.
    /// </summary>
    public static IReadOnlyList<string> ResourceTypes { get; } =
        ["Patient", "Condition", "Observation", "MedicationStatement", "MedicationRequest", "Procedure", "FamilyMemberHistory"];

    /// <summary>
    /// The LOINC codes of the Observations the reader uses (<see cref="FhirCodeSystems.Loinc"/>): a search or a CDS Hooks
    /// prefetch can ask for these alone.
    /// </summary>
    public static IReadOnlyList<string> ObservationCodes { get; } = FhirMappingTables.ObservationCodes.Select(r => r.Code).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Every coding of an Observation the built-in tables read, as <c>system|code</c> search tokens: the LOINC codes of
    /// <see cref="ObservationCodes"/>, LOINC 75325-1 "Symptom" (the symptom named in the value) and the SNOMED CT codes of
    /// the built-in symptoms and signs. A search or a CDS Hooks prefetch of Observations can ask for these alone (local
    /// codes added through <see cref="FhirReadOptions"/> are not listed).
    /// </summary>
    public static IReadOnlyList<string> ObservationSearchCodes { get; } =
        ObservationCodes.Append(FhirMappingTables.SymptomObservationLoinc).Select(code => FhirCodeSystems.Loinc + "|" + code)
            .Concat(FhirMappingTables.ConditionCodes.Where(r => !r.IsPrefix && PresentationMapper.IsSymptom(r.Meaning)).Select(r => r.System + "|" + r.Code))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static readonly FhirReadOptions s_defaultOptions = new();

    private static readonly FhirJsonDeserializer s_checkingDeserializer = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    // The SDK's syntax-only mode: no model validator runs, so no breach is detected or reported.
    private static readonly FhirJsonDeserializer s_syntaxDeserializer = new(new DeserializerSettings().UsingMode(DeserializationMode.SyntaxOnly));

    /// <summary>Reads FHIR R4 JSON: a Bundle (its entries are read) or any single resource.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="assessmentDate">The date of the assessment (recency windows and ages are counted to it).</param>
    /// <param name="setting">The care setting of the assessment.</param>
    /// <returns>The presentation and the mapping report.</returns>
    public static FhirReadResult ReadBundle(string json, CalendarDate assessmentDate, CareSetting setting)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadJson([json], assessmentDate, setting);
    }

    /// <summary>
    /// Reads several FHIR R4 JSON texts together, each a Bundle or a single resource (for example the prefetch of a
    /// CDS Hooks request): one presentation from all of them, one report. A text that is not FHIR JSON is reported and
    /// the others are still read.
    /// </summary>
    /// <param name="json">The JSON texts.</param>
    /// <param name="assessmentDate">The date of the assessment (recency windows and ages are counted to it).</param>
    /// <param name="setting">The care setting of the assessment.</param>
    /// <returns>The presentation and the mapping report.</returns>
    public static FhirReadResult ReadJson(IEnumerable<string> json, CalendarDate assessmentDate, CareSetting setting)
        => ReadJson(json, assessmentDate, setting, s_defaultOptions);

    /// <summary>
    /// Reads several FHIR R4 JSON texts together, each a Bundle or a single resource, with options (for example local
    /// codes added to the code tables).
    /// </summary>
    /// <param name="json">The JSON texts.</param>
    /// <param name="assessmentDate">The date of the assessment (recency windows and ages are counted to it).</param>
    /// <param name="setting">The care setting of the assessment.</param>
    /// <param name="options">The options.</param>
    /// <returns>The presentation and the mapping report.</returns>
    public static FhirReadResult ReadJson(IEnumerable<string> json, CalendarDate assessmentDate, CareSetting setting, FhirReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        var issues = new List<FhirReadIssue>();
        var resources = new List<(Resource Resource, string? FullUrl)>();
        foreach (var text in json)
        {
            if (text is not null && Parse(text, options.CheckResources ? s_checkingDeserializer : s_syntaxDeserializer, issues) is Resource resource)
            {
                resources.AddRange(Flatten(resource, issues));
            }
        }

        return new PresentationMapper(assessmentDate, setting, issues, options.CodeTables).Map(resources);
    }

    private static Resource? Parse(string json, FhirJsonDeserializer deserializer, List<FhirReadIssue> issues)
    {
        Resource? resource;
        try
        {
            if (!deserializer.TryDeserializeResource(json, out resource, out var problems))
            {
                foreach (var problem in problems)
                {
                    issues.Add(new FhirReadIssue { Severity = FhirIssueSeverity.Warning, Source = resource is null ? null : FhirValues.Reference(resource, null, 0), Message = problem.Message });
                }
            }
        }
        // The SDK's deserializer (Firely 6.5) itself throws on some malformed input, found by fuzzing:
        // IndexOutOfRangeException for a property with an empty name ({"resourceType":"Observation","":0}),
        // CodedValidationException for an object where a list belongs ("contained": {...}), and ArgumentException for
        // an empty value inside a list of strings; and, found by the coverage-guided fuzzer (fuzz/run fhir),
        // NotSupportedException for an abstract resource type ("resourceType": "Resource" or "DomainResource").
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or IndexOutOfRangeException or CodedException or ArgumentException or NotSupportedException)
        {
            issues.Add(new FhirReadIssue { Severity = FhirIssueSeverity.Error, Message = "The text is not FHIR JSON: " + ex.Message });
            resource = null;
        }

        return resource;
    }

    /// <summary>Reads a parsed Bundle (its entries).</summary>
    /// <param name="bundle">The bundle.</param>
    /// <param name="assessmentDate">The date of the assessment.</param>
    /// <param name="setting">The care setting of the assessment.</param>
    /// <returns>The presentation and the mapping report.</returns>
    public static FhirReadResult ReadBundle(Bundle bundle, CalendarDate assessmentDate, CareSetting setting)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var issues = new List<FhirReadIssue>();
        return new PresentationMapper(assessmentDate, setting, issues).Map(Flatten(bundle, issues));
    }

    /// <summary>Reads a set of parsed resources (Bundles among them are opened).</summary>
    /// <param name="resources">The resources.</param>
    /// <param name="assessmentDate">The date of the assessment.</param>
    /// <param name="setting">The care setting of the assessment.</param>
    /// <returns>The presentation and the mapping report.</returns>
    public static FhirReadResult ReadResources(IEnumerable<Resource> resources, CalendarDate assessmentDate, CareSetting setting)
        => ReadResources(resources, assessmentDate, setting, s_defaultOptions);

    /// <summary>Reads a set of parsed resources (Bundles among them are opened) with options (for example local codes).</summary>
    /// <param name="resources">The resources.</param>
    /// <param name="assessmentDate">The date of the assessment.</param>
    /// <param name="setting">The care setting of the assessment.</param>
    /// <param name="options">The options.</param>
    /// <returns>The presentation and the mapping report.</returns>
    public static FhirReadResult ReadResources(IEnumerable<Resource> resources, CalendarDate assessmentDate, CareSetting setting, FhirReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(options);
        var issues = new List<FhirReadIssue>();
        var all = resources.Where(r => r is not null).SelectMany(r => Flatten(r, issues)).ToList();
        return new PresentationMapper(assessmentDate, setting, issues, options.CodeTables).Map(all);
    }

    private static List<(Resource Resource, string? FullUrl)> Flatten(Resource resource, List<FhirReadIssue> issues)
    {
        if (resource is not Bundle bundle)
        {
            return [(resource, null)];
        }

        var list = new List<(Resource, string?)>();
        if (!TryRead(() => bundle.Entry ?? [], bundle, "The Bundle's entries could not be read", issues, out var entries))
        {
            return list;
        }

        var index = 0;
        foreach (var entry in entries)
        {
            index++;
            if (!TryRead(() => (entry?.Resource, entry?.FullUrl), bundle, $"Bundle entry {index.ToString(System.Globalization.CultureInfo.InvariantCulture)} could not be read", issues, out var read))
            {
                continue;
            }

            var (entryResource, fullUrl) = read;
            if (entryResource is null)
            {
                issues.Add(new FhirReadIssue { Severity = FhirIssueSeverity.Information, Source = fullUrl, Message = "Bundle entry " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " has no resource." });
                continue;
            }

            if (entryResource is Bundle nested)
            {
                list.AddRange(Flatten(nested, issues));
                continue;
            }

            list.Add((entryResource, fullUrl));
        }

        return list;
    }

    // A Bundle read in part (strict parsing reported problems) throws when a value of the wrong type is read, for
    // example "entry": {...} where a list belongs; found by fuzzing. What cannot be read is reported, the rest is used.
    private static bool TryRead<T>(Func<T> read, Bundle bundle, string problem, List<FhirReadIssue> issues, out T value)
    {
        try
        {
            value = read();
            return true;
        }
        catch (CodedException ex)
        {
            issues.Add(new FhirReadIssue { Severity = FhirIssueSeverity.Error, Source = FhirValues.Reference(bundle, null, 0), Message = problem + ": " + ex.Message });
            value = default!;
            return false;
        }
    }
}
