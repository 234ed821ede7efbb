using System;
using System.IO;
using System.Text.Json;
using RedFlags.Json;

namespace RedFlags.Cli;

/// <summary>The options of <c>redflags assess</c>.</summary>
/// <param name="Path">The input file, or <c>-</c> for standard input.</param>
/// <param name="Fhir">Whether the input is FHIR R4 JSON rather than presentation JSON.</param>
/// <param name="Format">text, json, fhir or cds-hooks.</param>
/// <param name="Setting">The care setting overriding the input's, if given.</param>
/// <param name="Date">The assessment date overriding the input's, if given.</param>
/// <param name="RulesPath">The rule-set file, or null for the default catalogue.</param>
/// <param name="FhirCodesPath">The local code mappings (JSON) added to the FHIR code tables, or null.</param>
internal sealed record AssessOptions(string Path, bool Fhir, string Format, CareSetting? Setting, CalendarDate? Date, string? RulesPath, string? FhirCodesPath = null);

/// <summary><c>redflags assess FILE|-</c>: one presentation (or FHIR R4 data with <c>--fhir</c>), one report.</summary>
internal static class AssessCommand
{
    public static int Run(AssessOptions options)
    {
        var needsFhir = options.Fhir || options.Format is "fhir" or "cds-hooks";
        if (needsFhir && !FhirFeature.IsAvailable)
        {
            Console.Error.WriteLine("redflags: " + ExitCodes.FhirNotAvailableMessage);
            return ExitCodes.NotAvailable;
        }

        if (options.FhirCodesPath is not null && !options.Fhir)
        {
            Console.Error.WriteLine("redflags: --fhir-codes adds local codes to the FHIR code tables; it needs --fhir.");
            return ExitCodes.UsageOrIOError;
        }

        if (!RuleSetSource.TryLoad(options.RulesPath, out var ruleSet, out var exitCode))
        {
            return exitCode;
        }

        // The local codes are validated at start, before the input is read: every error is listed.
        object? codeTables = null;
        if (options.FhirCodesPath is string codesPath)
        {
            if (!InputFiles.TryReadAllText(codesPath, "a local code mappings JSON object ({\"codes\": [...]})", out var codesText, out exitCode))
            {
                return exitCode;
            }

            if (!FhirFeature.TryLoadCodeTables(codesText, codesPath, out codeTables))
            {
                return ExitCodes.InvalidInput;
            }
        }

        var expected = options.Fhir ? "FHIR R4 JSON" : "a presentation JSON object";
        // FHIR data comes from an EHR export and may be larger than a presentation; it is still read with a bound.
        var limit = options.Fhir ? InputFiles.MaximumFhirBytes : RedFlags.Json.RedFlagsJson.MaximumDocumentBytes;
        if (!InputFiles.TryReadAllText(options.Path, expected, out var text, out exitCode, limit))
        {
            return exitCode;
        }

        var source = options.Path == InputFiles.StandardInput ? "<stdin>" : options.Path;
        if (!options.Fhir && FhirResourceType(text) is string resourceType)
        {
            // Read as a presentation, a FHIR resource gives one "unknown property" error per element and no hint.
            Console.Error.WriteLine($"redflags: '{source}' is FHIR R4 JSON (resourceType '{resourceType}'), not presentation JSON: add --fhir to read it as FHIR.");
            return ExitCodes.InvalidInput;
        }
        FhirReferences? references = null;
        Assessment assessment;
        try
        {
            PatientPresentation presentation;
            if (options.Fhir)
            {
                // The mapping report goes before the text report on standard output; with a machine-readable format it goes
                // to standard error, so that standard output stays one JSON document.
                var mappingOutput = options.Format == "text"
                    ? TextOutput.ForConsole()
                    : new TextOutput(Console.Error, ansi: false, width: 0);
                if (!FhirFeature.TryRead(text, source, options.Date ?? PresentationInput.Today, options.Setting ?? CareSetting.Unspecified, codeTables, mappingOutput, out presentation, out var read))
                {
                    return ExitCodes.InvalidInput;
                }

                references = read;
                if (options.Format == "text")
                {
                    mappingOutput.Blank();
                }
            }
            else
            {
                presentation = PresentationInput.Parse(text, options.Date, PresentationInput.Today);
                if (options.Setting is CareSetting setting)
                {
                    presentation = presentation with { CareSetting = setting };
                }
            }

            // One presentation: compiling the rule set would cost more than it saves.
            assessment = new RedFlagEvaluator(ruleSet, EvaluationMode.Interpreted).Assess(presentation);
        }
        catch (RedFlagsValidationException exception)
        {
            var what = options.Fhir ? "the presentation read from the FHIR data" : "the presentation";
            Console.Error.WriteLine($"redflags: {what} in '{source}' is invalid: {RuleSetSource.Plural(exception.Errors.Count, "problem")}.");
            Diagnostics.WriteErrors(Console.Error, source, exception.Errors);
            return ExitCodes.InvalidInput;
        }

        switch (options.Format)
        {
            case "json":
                WriteDocument(RedFlagsJson.Serialize(assessment, indented: true));
                break;
            case "fhir":
                WriteDocument(FhirFeature.ToBundleJson(assessment, references));
                break;
            case "cds-hooks":
                WriteDocument(FhirFeature.ToCdsHooksJson(assessment));
                break;
            default:
                ReportRenderer.Render(assessment, TextOutput.ForConsole());
                break;
        }

        return ExitCodes.Success;
    }

    /// <summary>The <c>resourceType</c> of a JSON object that has one (so is FHIR, not a presentation), else null.</summary>
    private static string? FhirResourceType(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("resourceType", out var type)
                && type.ValueKind == JsonValueKind.String
                ? type.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null; // Malformed JSON: the presentation parser reports it with its line and position.
        }
    }

    private static void WriteDocument(string json)
    {
        TextWriter output = Console.Out;
        output.WriteLine(json);
        output.Flush();
    }
}
