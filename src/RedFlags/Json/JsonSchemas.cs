using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// The JSON Schemas (2020-12) of the documents, exported from the generated contracts with
/// <see cref="JsonSchemaExporter"/>: the same names, types, nullability and required properties the strict reader checks.
/// Only what a contract cannot say is added here: enums, records and dates are named definitions (<c>$defs</c>), objects
/// allow no other property, a date is <c>yyyy-MM-dd</c>, and a criterion has its hand-written schema.
/// </summary>
internal static class JsonSchemas
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";
    /// <summary>Where every schema's <c>$id</c> points: the raw file on the main branch, which an editor can fetch.</summary>
    public const string Home = "https://raw.githubusercontent.com/redflags-dotnet/redflags/main/docs/schemas/";

    /// <summary>Writes the schema of presentation documents.</summary>
    public static string Presentation() => Write(
        typeof(PatientPresentation),
        "presentation.schema.json",
        "RedFlags patient presentation",
        "What is known about an adult with low back pain at one assessment. A finding that is not written is unknown, never absent.",
        root => root);

    /// <summary>Writes the schema of assessments in the full shape (<see cref="RedFlagsJson.Serialize(Assessment, bool)"/>).</summary>
    public static string Assessment() => Write(
        typeof(AssessmentDocument),
        "assessment.schema.json",
        "RedFlags assessment",
        "The full shape of an assessment, self-contained for audit and with nothing written twice: the urgency and what to do, every fired flag with the facts that made it fire and its evidence, the probability estimates, the questions to ask and the rule set. Each recommendation is written once in 'recommendations' and each citation once in 'sources', and flags refer to them by id; the overall recommendation is left out when it is the deciding flag's; defaults and empty values are not written.",
        root => root);

    /// <summary>Writes the schema of assessment summaries (<see cref="AssessmentSummary"/>).</summary>
    public static string Summary() => Write(
        typeof(AssessmentSummary),
        "assessment-summary.schema.json",
        "RedFlags assessment summary",
        "The screening shape of an assessment: urgency and action, the deciding rule, each suspected condition with the rules that fired, the first open questions and the rule set.",
        root => root);

    /// <summary>Writes the schema of rule-set documents: a full set, or a local set that extends the default catalogue.</summary>
    public static string RuleSet() => Write(
        typeof(RuleSetDocument),
        "rule-set.schema.json",
        "RedFlags rule set",
        "A full rule set (rules, preTestProbabilities, defaultRecommendation), or a local set that extends the default catalogue with overrides, disabled and added rules.",
        root => new JsonObject
        {
            ["oneOf"] = new JsonArray(
                Variant(root, without: ["extends", "overrides", "disabled", "added"], required: ["rules", "preTestProbabilities", "defaultRecommendation"]),
                Variant(root, without: ["rules", "customisations"], required: ["extends"])),
        });

    private static string Write(Type type, string file, string title, string description, Func<JsonObject, JsonObject> shape)
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var seen = new Dictionary<Type, JsonNode>();
        var exported = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(GeneratedContracts.Options, type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, type, definitions, seen),
        });

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = Home + file,
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var property in shape(exported).ToList())
        {
            schema[property.Key] = property.Value?.DeepClone();
        }

        var defs = new JsonObject();
        foreach (var definition in definitions)
        {
            defs[definition.Key] = definition.Value.DeepClone();
        }

        schema["$defs"] = defs;
        return JsonOutput.Write(writer => schema.WriteTo(writer), indented: true);
    }

    // Names every enum, date, criterion and record as a definition, so that the schema reads like the model.
    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, Type root, SortedDictionary<string, JsonNode> definitions, Dictionary<Type, JsonNode> seen)
    {
        // The exporter points at the first place a type appeared ("#/properties/rules/items"); that place is rewritten
        // here, so the pointer is replaced by what the first place became.
        if (node is JsonObject pointer && pointer["$ref"]?.GetValue<string>() is { } target && !target.StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            var first = seen[context.TypeInfo.Type].DeepClone();
            return context.PropertyInfo is { IsSetNullable: true } && !context.TypeInfo.Type.IsValueType && !AllowsNull(first)
                ? new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, first) }
                : first;
        }

        var result = Named(context, node, root, definitions);
        if (!seen.ContainsKey(context.TypeInfo.Type))
        {
            seen[context.TypeInfo.Type] = result;
        }

        return result;
    }

    private static JsonNode Named(JsonSchemaExporterContext context, JsonNode node, Type root, SortedDictionary<string, JsonNode> definitions)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (type == root && context.PropertyInfo is null && context.Path.IsEmpty)
        {
            // A document may name its schema for an editor; the readers ignore it.
            var document = Closed(node);
            var properties = new JsonObject { ["$schema"] = new JsonObject { ["type"] = "string" } };
            foreach (var property in ((JsonObject)document["properties"]!).ToList())
            {
                properties[property.Key] = property.Value?.DeepClone();
            }

            document["properties"] = properties;
            return document;
        }

        JsonNode? definition = null;
        if (type == typeof(CalendarDate))
        {
            definition = new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
        }
        else if (type == typeof(Criterion))
        {
            definition = CriterionValue.Schema(definitions);
        }
        else if (type.IsEnum)
        {
            definition = new JsonObject { ["type"] = "string", ["enum"] = node is JsonObject { } values ? values["enum"]?.DeepClone() : null };
        }
        else if (node is JsonObject record && record["properties"] is not null)
        {
            definition = Closed(record);
        }

        if (definition is null)
        {
            return node;
        }

        var name = JsonNamingPolicy.CamelCase.ConvertName(type.Name);
        definitions[name] = WithoutNull(definition);
        var reference = new JsonObject { ["$ref"] = "#/$defs/" + name };
        var allowsNull = Nullable.GetUnderlyingType(context.TypeInfo.Type) is not null || AllowsNull(node);
        return allowsNull ? new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, reference) } : reference;
    }

    private static JsonObject Closed(JsonNode node)
    {
        var record = (JsonObject)node.DeepClone();
        record["type"] = "object";
        record["additionalProperties"] = false;
        return record;
    }

    private static bool AllowsNull(JsonNode node)
        => node is JsonObject schema
            && ((schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"))
                || (schema["enum"] is JsonArray values && values.Any(v => v is null)));

    private static JsonNode WithoutNull(JsonNode definition)
    {
        if (definition is not JsonObject)
        {
            return definition;
        }

        if (definition["type"] is JsonArray types)
        {
            definition["type"] = types.Select(t => t!.GetValue<string>()).First(t => t != "null");
        }

        if (definition["enum"] is JsonArray values && values.Any(v => v is null))
        {
            definition["enum"] = new JsonArray(values.Where(v => v is not null).Select(v => v!.DeepClone()).ToArray());
        }

        return definition;
    }

    private static JsonObject Variant(JsonObject root, string[] without, string[] required)
    {
        var properties = new JsonObject();
        foreach (var property in (JsonObject)root["properties"]!)
        {
            if (Array.IndexOf(without, property.Key) < 0)
            {
                properties[property.Key] = property.Key == "extends"
                    ? new JsonObject { ["const"] = DefaultCatalogue.Id }
                    : property.Value!.DeepClone();
            }
        }

        var names = new JsonArray();
        foreach (var name in ((JsonArray?)root["required"] ?? new JsonArray()).Select(n => n!.GetValue<string>()).Concat(required))
        {
            names.Add((JsonNode)name);
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = names, ["additionalProperties"] = false };
    }
}
