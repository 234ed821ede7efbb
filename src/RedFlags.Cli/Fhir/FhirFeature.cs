using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using RedFlags.Cli.Batch;
using RedFlags.Fhir;

namespace RedFlags.Cli.Fhir;

/// <summary>
/// FHIR input and output for <c>assess</c>, on RedFlags.Fhir (Firely SDK). Compiled into the .NET tool build only: the
/// native (AOT) build compiles Native/FhirFeature.cs instead, because the Firely SDK is not trim- or AOT-safe.
/// </summary>
internal static class FhirFeature
{
    /// <summary>The error of a bulk-export patient with a resource that is not FHIR R4 JSON (docs/error-codes.md).</summary>
    public const string BulkErrorCode = "RFCLI02";

    /// <summary>Gets a value indicating whether this build can read and write FHIR: always in the .NET tool build.</summary>
    public static bool IsAvailable => true;

    /// <summary>
    /// Reads local code mappings (<c>{"codes": [...]}</c>, see docs/fhir.md) and adds them to the built-in tables. On a bad
    /// file, writes every error (field and value) to standard error and returns false.
    /// </summary>
    /// <param name="json">The text of the file.</param>
    /// <param name="source">The file name, for the messages.</param>
    /// <param name="tables">The tables (a <see cref="FhirCodeTables"/>; typed as object so the native build has the same signature).</param>
    public static bool TryLoadCodeTables(string json, string source, out object? tables)
    {
        tables = null;
        try
        {
            tables = FhirCodeTables.FromJson(json);
            return true;
        }
        catch (FhirCodeTableException exception)
        {
            Console.Error.WriteLine($"redflags: the local FHIR codes '{source}' are invalid: {RuleSetSource.Plural(exception.Errors.Count, "problem")}.");
            foreach (var error in exception.Errors)
            {
                Console.Error.WriteLine($"  {source}: {error}");
            }

            return false;
        }
    }

    /// <summary>
    /// Reads FHIR R4 JSON (a Bundle or a single resource), with the code tables (null: the built-in ones), into a presentation and writes the mapping report (what was mapped
    /// from which resource, what was not used and why, the issues) to <paramref name="mappingOutput"/>. When the text is
    /// not FHIR JSON at all, writes the reason to standard error and returns false.
    /// </summary>
    public static bool TryRead(string json, string source, CalendarDate assessmentDate, CareSetting setting, object? codeTables, TextOutput mappingOutput, out PatientPresentation presentation, out FhirReferences references)
    {
        presentation = new PatientPresentation();
        references = default;
        if (NotFhirJson(json) is string reason)
        {
            Console.Error.WriteLine($"redflags: '{source}' is not FHIR R4 JSON: {reason}");
            return false;
        }

        var read = FhirPresentationReader.ReadJson([json], assessmentDate, setting, new FhirReadOptions { CodeTables = codeTables as FhirCodeTables ?? FhirCodeTables.Default });
        var fatal = read.Report.Issues.FirstOrDefault(i => i.Severity == FhirIssueSeverity.Error && i.Source is null);
        if (fatal is not null)
        {
            Console.Error.WriteLine($"redflags: '{source}' could not be read as FHIR R4: {fatal.Message}");
            return false;
        }

        WriteMappingReport(read.Report, source, mappingOutput);
        presentation = read.Presentation;
        references = new FhirReferences(read.Report.PatientReference, read.Report.SourceReferences);
        return true;
    }

    /// <summary>The resource types a FHIR bulk export is read for: the reader's, and the red-flag QuestionnaireResponse.</summary>
    public static IReadOnlySet<string> BulkResourceTypes { get; } =
        FhirPresentationReader.ResourceTypes.Append("QuestionnaireResponse").ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Reads the resources of one patient of a FHIR bulk export into a presentation with the patient's id, or returns
    /// false with every resource that is not FHIR R4 JSON (<see cref="BulkErrorCode"/>, the path naming its file and
    /// line): a patient whose data cannot be read is not assessed on part of it.
    /// </summary>
    public static bool TryReadPatient(BulkPatient patient, CalendarDate assessmentDate, CareSetting setting, out PatientPresentation presentation, out IReadOnlyList<ValidationError> errors)
    {
        var problems = patient.Resources
            .Where(resource => BulkResource.Classify(resource.Json).ResourceType is null)
            .Select(resource => new ValidationError(BulkErrorCode, resource.Source, null, "The resource is not FHIR R4 JSON (not a JSON object with a resourceType)."))
            .ToList();
        var read = FhirPresentationReader.ReadJson(patient.Resources.Select(r => r.Json), assessmentDate, setting);
        problems.AddRange(read.Report.Issues
            .Where(issue => issue.Severity == FhirIssueSeverity.Error && issue.Source is null && problems.Count == 0)
            .Select(issue => new ValidationError(BulkErrorCode, string.Empty, null, issue.Message)));
        errors = problems;
        presentation = read.Presentation with { Id = patient.Key };
        return problems.Count == 0;
    }

    /// <summary>The assessment as a FHIR R4 collection Bundle: a RiskAssessment, then a DetectedIssue per emergency or urgent flag.</summary>
    public static string ToBundleJson(Assessment assessment, FhirReferences? references, bool pretty = true)
    {
        var context = references is FhirReferences r
            ? new FhirWriteContext { PatientReference = r.Patient, BasisReferences = r.Basis }
            : null;
        return FhirAssessmentWriter.ToBundleJson(assessment, context, pretty);
    }

    /// <summary>The assessment as a CDS Hooks 2.0 patient-view response.</summary>
    public static string ToCdsHooksJson(Assessment assessment) => CdsHooksWriter.ToResponseJson(assessment, pretty: true);

    /// <summary>Why the text cannot be FHIR JSON (not JSON, not an object, no resourceType), or null when it may be.</summary>
    private static string? NotFhirJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "the text is not a JSON object.";
            }

            if (!document.RootElement.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return "the JSON object has no \"resourceType\" (for a RedFlags presentation JSON file, leave out --fhir).";
            }

            return null;
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var position = (exception.BytePositionInLine ?? 0) + 1;
            return string.Create(CultureInfo.InvariantCulture, $"the text is not JSON (line {line}, position {position}).");
        }
    }

    private static void WriteMappingReport(FhirMappingReport report, string source, TextOutput output)
    {
        output.Raw(output.Bold("FHIR input") + output.Dim($"  {source} | {report.PatientReference ?? "no Patient resource"}"));

        output.Line(2, output.Bold("Mapped"), report.Mapped.Count == 0 ? string.Empty : $" ({report.Mapped.Count})", 6);
        if (report.Mapped.Count == 0)
        {
            output.Line(4, string.Empty, "Nothing: every finding stays unknown.");
        }

        foreach (var mapped in report.Mapped)
        {
            // Number and Unit qualify the value when it is a quantity (38.2 Cel); for a date of birth they are the age (76 a).
            var isQuantity = mapped.Unit is not null && double.TryParse(mapped.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            var value = isQuantity ? $"{mapped.Value} {mapped.Unit}" : mapped.Value;
            var code = mapped.Code is null ? string.Empty : $" [{mapped.Code}]";
            var note = mapped.Note is null ? string.Empty : $" ({mapped.Note})";
            output.Line(4, "- ", $"{mapped.Field} = {value} <- {mapped.Source}{code}{note}");
        }

        if (report.NotUsed.Count > 0)
        {
            output.Line(2, output.Bold("Not used"), $" ({report.NotUsed.Count})", 8);
            foreach (var unused in report.NotUsed)
            {
                var code = unused.Code is null ? string.Empty : $" [{unused.Code}]";
                var value = unused.Value is null ? string.Empty : $" {unused.Value}";
                output.Line(4, "- ", $"{unused.Source}{code}{value}: {unused.Reason}");
            }
        }

        if (report.Issues.Count > 0)
        {
            output.Line(2, output.Bold("Issues"), $" ({report.Issues.Count})", 6);
            foreach (var issue in report.Issues)
            {
                var where = issue.Source is null ? string.Empty : $" {issue.Source}";
                output.Line(4, "- ", $"{Severity(issue.Severity)}{where}: {issue.Message}");
            }
        }

        output.Flush();
    }

    private static string Severity(FhirIssueSeverity severity) => severity switch
    {
        FhirIssueSeverity.Error => "error",
        FhirIssueSeverity.Warning => "warning",
        _ => "information",
    };
}
