using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using RedFlags.Fhir.Internal;

namespace RedFlags.Fhir;

/// <summary>
/// The code tables the reader maps coded data with: the built-in rows (<see cref="Default"/>) plus local codes added
/// from code (<see cref="Add"/>) or from a JSON file (<see cref="FromJson"/>). Immutable and thread-safe: adding
/// returns a new table. Local rows are validated when added, so a bad row fails at start, with every error named.
/// </summary>
/// <remarks>
/// Matching: a row with <see cref="FhirCodeMapping.IsPrefix"/> matches every code that starts with its code, the
/// longest prefix winning; otherwise the code must be equal. ICD-10 and ATC codes are compared without dots, and
/// ICD-10-CM codes use the ICD-10 rows. A local row takes precedence over a built-in row of the same length.
/// </remarks>
public sealed class FhirCodeTables
{
    private static readonly (FhirCodeKind Kind, Finding Finding, CodedMeaning Meaning)[] s_meanings =
    [
        (FhirCodeKind.Condition, Finding.PersonalHistoryOfCancer, CodedMeaning.Cancer),
        (FhirCodeKind.Condition, Finding.MetastaticCancer, CodedMeaning.SecondaryCancer),
        (FhirCodeKind.Condition, Finding.FamilyHistoryOfCancer, CodedMeaning.FamilyHistoryOfCancer),
        (FhirCodeKind.Condition, Finding.Osteoporosis, CodedMeaning.Osteoporosis),
        (FhirCodeKind.Condition, Finding.PreviousFragilityFracture, CodedMeaning.OsteoporoticFracture),
        (FhirCodeKind.Condition, Finding.Immunosuppression, CodedMeaning.Immunosuppression),
        (FhirCodeKind.Condition, Finding.RecentInfectionOrBacteraemia, CodedMeaning.Infection),
        (FhirCodeKind.Condition, Finding.CorticosteroidUse, CodedMeaning.Corticosteroid),
        (FhirCodeKind.Condition, Finding.UrinaryRetention, CodedMeaning.UrinaryRetention),
        (FhirCodeKind.Condition, Finding.UrinaryIncontinence, CodedMeaning.UrinaryIncontinence),
        (FhirCodeKind.Condition, Finding.FaecalIncontinence, CodedMeaning.FaecalIncontinence),
        (FhirCodeKind.Condition, Finding.GaitDisturbance, CodedMeaning.GaitDisturbance),
        (FhirCodeKind.Condition, Finding.Fever, CodedMeaning.Fever),
        (FhirCodeKind.Condition, Finding.SaddleNumbness, CodedMeaning.SaddleNumbness),
        (FhirCodeKind.Condition, Finding.LegWeakness, CodedMeaning.LegWeakness),
        (FhirCodeKind.Condition, Finding.NightPain, CodedMeaning.NightPain),
        (FhirCodeKind.Medication, Finding.CorticosteroidUse, CodedMeaning.Corticosteroid),
        (FhirCodeKind.Medication, Finding.Immunosuppression, CodedMeaning.Immunosuppression),
        (FhirCodeKind.Procedure, Finding.RecentSpinalProcedureOrHardware, CodedMeaning.SpinalProcedure),
    ];

    private readonly CodeRow[][] _rows;

    private FhirCodeTables(CodeRow[][] rows, IReadOnlyList<FhirCodeMapping> local)
    {
        _rows = rows;
        Local = local;
    }

    /// <summary>Gets the built-in tables (documented in <c>docs/fhir.md</c>).</summary>
    public static FhirCodeTables Default { get; } = new(
        [FhirMappingTables.ConditionCodes.ToArray(), FhirMappingTables.MedicationCodes.ToArray(), FhirMappingTables.ProcedureCodes.ToArray()],
        []);

    /// <summary>Gets the findings a coded row can supply, per kind of data.</summary>
    public static IReadOnlyList<(FhirCodeKind Kind, Finding Finding)> ReadableFindings { get; } = s_meanings.Select(m => (m.Kind, m.Finding)).ToArray();

    /// <summary>Gets every row, built-in rows first, then the local ones.</summary>
    public IReadOnlyList<FhirCodeMapping> Mappings => _rows.SelectMany((rows, kind) => rows.Select(row => ToMapping((FhirCodeKind)kind, row))).ToArray();

    /// <summary>Gets the local rows added to the built-in ones.</summary>
    public IReadOnlyList<FhirCodeMapping> Local { get; }

    /// <summary>Returns a table with local rows added.</summary>
    /// <param name="mappings">The local rows.</param>
    /// <returns>The new table.</returns>
    /// <exception cref="FhirCodeTableException">Thrown when a row is not valid (every error is listed).</exception>
    public FhirCodeTables Add(IEnumerable<FhirCodeMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var list = mappings.ToList();
        var errors = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            Validate(list[i], "mappings[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", errors);
        }

        if (errors.Count > 0)
        {
            throw new FhirCodeTableException(errors);
        }

        var rows = _rows.Select(r => r.ToList()).ToArray();
        foreach (var mapping in list)
        {
            var meaning = s_meanings.First(m => m.Kind == mapping.Kind && m.Finding == mapping.Finding).Meaning;
            // Local rows go first: of two rows of the same length, the first one found wins.
            rows[(int)mapping.Kind].Insert(0, new CodeRow(mapping.System, mapping.Code.Trim(), mapping.IsPrefix, meaning, mapping.Site, mapping.Display.Length > 0 ? mapping.Display : mapping.Code, mapping.Source.Trim()));
        }

        return new FhirCodeTables(rows.Select(r => r.ToArray()).ToArray(), [.. Local, .. list]);
    }

    /// <summary>
    /// Reads local rows from JSON and returns the built-in tables with them added. The format is
    /// <c>{"codes": [{"kind": "condition", "system": "...", "code": "...", "prefix": false, "finding": "gaitDisturbance",
    /// "site": "breast", "display": "...", "source": "..."}]}</c>; <c>kind</c> is <c>condition</c>, <c>medication</c> or
    /// <c>procedure</c>, <c>finding</c> a rule-language name, <c>prefix</c> and <c>site</c> are optional.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="FhirCodeTableException">Thrown when the text is not valid (every error is listed, each naming the field and value).</exception>
    public static FhirCodeTables FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FhirCodeTableException("The local code mappings are not JSON: " + ex.Message, ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("codes", out var codes) || codes.ValueKind != JsonValueKind.Array)
            {
                throw new FhirCodeTableException("codes: the file must be an object with an array 'codes'.");
            }

            var errors = new List<string>();
            var mappings = new List<FhirCodeMapping>();
            var index = 0;
            foreach (var element in codes.EnumerateArray())
            {
                var at = "codes[" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                if (ReadMapping(element, at, errors) is FhirCodeMapping mapping)
                {
                    Validate(mapping, at, errors);
                    mappings.Add(mapping);
                }
            }

            return errors.Count > 0 ? throw new FhirCodeTableException(errors) : Default.Add(mappings);
        }
    }

    internal CodeRow? Find(FhirCodeKind kind, string? system, string? code) => FhirMappingTables.Find(_rows[(int)kind], system, code);

    private static FhirCodeMapping? ReadMapping(JsonElement element, string at, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(at + ": must be an object.");
            return null;
        }

        var known = new[] { "kind", "system", "code", "prefix", "finding", "site", "display", "source" };
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            errors.Add(at + "." + property.Name + ": unknown property (expected " + string.Join(", ", known) + ").");
        }

        string Text(string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

        var kindText = Text("kind");
        FhirCodeKind? kind = kindText switch { "condition" => FhirCodeKind.Condition, "medication" => FhirCodeKind.Medication, "procedure" => FhirCodeKind.Procedure, _ => null };
        if (kind is null)
        {
            errors.Add(at + ".kind: '" + kindText + "' is not condition, medication or procedure.");
        }

        var findingText = Text("finding");
        if (!Vocabulary.TryParseFinding(findingText, out var finding))
        {
            errors.Add(at + ".finding: '" + findingText + "' is not a finding name (for example gaitDisturbance).");
        }

        var site = CancerSite.Unknown;
        var siteText = Text("site");
        if (siteText.Length > 0 && !Enum.GetValues<CancerSite>().Any(s => string.Equals(JsonNamingPolicy.CamelCase.ConvertName(s.ToString()), siteText, StringComparison.Ordinal) && (site = s) == s))
        {
            errors.Add(at + ".site: '" + siteText + "' is not a cancer site (" + string.Join(", ", Enum.GetValues<CancerSite>().Select(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()))) + ").");
        }

        var prefix = false;
        if (element.TryGetProperty("prefix", out var prefixValue))
        {
            if (prefixValue.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                prefix = prefixValue.GetBoolean();
            }
            else
            {
                errors.Add(at + ".prefix: must be true or false, not " + prefixValue.GetRawText() + ".");
            }
        }

        if (kind is FhirCodeKind k && Vocabulary.TryParseFinding(findingText, out _))
        {
            return new FhirCodeMapping { Kind = k, System = Text("system"), Code = Text("code"), IsPrefix = prefix, Finding = finding, Site = site, Display = Text("display"), Source = Text("source") };
        }

        // The row cannot be built, but its other fields are still checked: every error is listed at once.
        ValidateFields(Text("system"), Text("code"), Text("source"), at, errors);
        return null;
    }

    private static void Validate(FhirCodeMapping? mapping, string at, List<string> errors)
    {
        if (mapping is null)
        {
            errors.Add(at + ": is null.");
            return;
        }

        ValidateFields(mapping.System, mapping.Code, mapping.Source, at, errors);

        if (!s_meanings.Any(m => m.Kind == mapping.Kind && m.Finding == mapping.Finding))
        {
            errors.Add(at + ".finding: '" + Vocabulary.Name(mapping.Finding) + "' cannot be read from a " + mapping.Kind.ToString().ToLowerInvariant() + " code; "
                + string.Join(", ", s_meanings.Where(m => m.Kind == mapping.Kind).Select(m => Vocabulary.Name(m.Finding))) + " can.");
        }

        if (mapping.Site != CancerSite.Unknown && mapping.Finding != Finding.PersonalHistoryOfCancer)
        {
            errors.Add(at + ".site: a site is given only for personalHistoryOfCancer.");
        }
    }

    private static void ValidateFields(string? system, string? code, string? source, string at, List<string> errors)
    {
        system ??= string.Empty;
        if (!Uri.TryCreate(system, UriKind.Absolute, out _) && !system.StartsWith("urn:", StringComparison.Ordinal))
        {
            errors.Add(at + ".system: '" + system + "' is not an absolute URI.");
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(at + ".code: is empty.");
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            errors.Add(at + ".source: is empty; name the published source of the code (release file, browser page, local code list).");
        }
    }

    private static FhirCodeMapping ToMapping(FhirCodeKind kind, CodeRow row) => new()
    {
        Kind = kind,
        System = row.System,
        Code = row.Code,
        IsPrefix = row.IsPrefix,
        Finding = s_meanings.First(m => m.Kind == kind && m.Meaning == row.Meaning).Finding,
        Site = row.Site,
        Display = row.Display,
        Source = row.Source,
    };
}
