using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// The strict reading contract of <see cref="Criterion"/> (written by <see cref="CriterionConverter"/>): the kind of a
/// criterion is the one property that names it
/// (<c>finding</c>, <c>quantity</c>, <c>flag</c>, <c>allOf</c>, <c>anyOf</c>, <c>atLeastOf</c>, <c>not</c>); there is no
/// type discriminator, so a rule file can never name a .NET type.
/// </summary>
internal sealed class CriterionValue : JsonValue<Criterion>
{
    private static readonly string[] s_kinds = { "finding", "quantity", "flag", "allOf", "anyOf", "atLeastOf", "not" };
    private static readonly string[] s_comparisons = { "atLeast", "greaterThan", "atMost", "lessThan" };
    private static readonly string[] s_companions = { "unknownCountsAsPresent", "atLeast", "greaterThan", "atMost", "lessThan", "criteria" };

    private readonly ListValue<Criterion> _list;

    private CriterionValue() => _list = new ListValue<Criterion>(this);

    public static CriterionValue Instance { get; } = new();

    public override Criterion Fallback => new FindingCriterion(Finding.LumbarPain);

    public override Criterion Read(DocumentNode node, JsonReadContext context)
    {
        if (node.Kind != DocumentNodeKind.Object || node.Properties is null)
        {
            context.WrongType(node, "a criterion object");
            return Fallback;
        }

        DocumentProperty? kind = null;
        foreach (var property in node.Properties)
        {
            if (Array.IndexOf(s_kinds, property.Name) < 0)
            {
                continue;
            }

            if (kind is null)
            {
                kind = property;
            }
            else
            {
                context.Add(ErrorCodes.JsonCriterionInvalid, property.Value.Path, property.Line, property.Position, property.Name, $"A criterion has exactly one kind; it already has '{kind.Name}', so '{property.Name}' is not allowed here.");
            }
        }

        foreach (var property in node.Properties)
        {
            if (Array.IndexOf(s_kinds, property.Name) >= 0)
            {
                continue;
            }

            if (Array.IndexOf(s_companions, property.Name) < 0)
            {
                context.Add(ErrorCodes.JsonUnknownProperty, property.Value.Path, property.Line, property.Position, property.Name, $"Unknown property '{property.Name}' in a criterion. A criterion is one of: {string.Join(", ", s_kinds)}.");
            }
            else if (kind is not null && !IsCompanion(kind.Name, property.Name))
            {
                context.Add(ErrorCodes.JsonCriterionInvalid, property.Value.Path, property.Line, property.Position, property.Name, $"'{property.Name}' is not allowed in a '{kind.Name}' criterion.");
            }
        }

        if (kind is null)
        {
            context.Add(ErrorCodes.JsonCriterionInvalid, node, null, $"A criterion needs exactly one of: {string.Join(", ", s_kinds)}.");
            return Fallback;
        }

        var value = kind.Value;
        switch (kind.Name)
        {
            case "finding":
                return ReadFinding(node, value, context);
            case "quantity":
                return ReadQuantity(node, value, context);
            case "flag":
                return new FlagCriterion(StringValue.Instance.Read(value, context));
            case "allOf":
                return new AllOfCriterion(_list.Read(value, context));
            case "anyOf":
                return new AnyOfCriterion(_list.Read(value, context));
            case "atLeastOf":
                var count = IntValue.Instance.Read(value, context);
                var criteria = node.Property("criteria");
                if (criteria is null)
                {
                    context.Add(ErrorCodes.JsonMissingProperty, DocumentNode.Child(node.Path, "criteria"), node.Line, node.Position, null, "An 'atLeastOf' criterion needs 'criteria'.");
                    return Fallback;
                }

                return new AtLeastCriterion(count, _list.Read(criteria.Value, context));
            default:
                return new NotCriterion(Read(value, context));
        }
    }

    /// <summary>The schema of a criterion (which refers to itself as <c>#/$defs/criterion</c>); registers the finding and
    /// quantity names as definitions.</summary>
    public static JsonNode Schema(IDictionary<string, JsonNode> definitions)
    {
        definitions["findingName"] = Names(Vocabulary.AllFindings.ToArray().Select(f => Vocabulary.Name(f)));
        definitions["quantityName"] = Names(Vocabulary.AllQuantities.ToArray().Select(q => Vocabulary.Name(q)));
        var variants = new JsonArray { (JsonNode)Variant(("finding", Reference("findingName")), ("unknownCountsAsPresent", Type("boolean"))) };
        foreach (var comparison in s_comparisons)
        {
            variants.Add((JsonNode)Variant(("quantity", Reference("quantityName")), (comparison, Type("number"))));
        }

        variants.Add((JsonNode)Variant(("flag", Type("string"))));
        variants.Add((JsonNode)Variant(("allOf", List())));
        variants.Add((JsonNode)Variant(("anyOf", List())));
        variants.Add((JsonNode)Variant(("atLeastOf", Type("integer")), ("criteria", List())));
        variants.Add((JsonNode)Variant(("not", Reference("criterion"))));
        return new JsonObject
        {
            ["description"] = "Exactly one kind: finding, quantity (with one comparison), flag, allOf, anyOf, atLeastOf (with criteria) or not.",
            ["oneOf"] = variants,
        };
    }

    private static bool IsCompanion(string kind, string property) => kind switch
    {
        "finding" => property == "unknownCountsAsPresent",
        "quantity" => Array.IndexOf(s_comparisons, property) >= 0,
        "atLeastOf" => property == "criteria",
        _ => false,
    };

    private static FindingCriterion ReadFinding(DocumentNode node, DocumentNode value, JsonReadContext context)
    {
        var finding = Finding.LumbarPain;
        var name = StringValue.Instance.Read(value, context);
        if (value.Kind == DocumentNodeKind.String && !Vocabulary.TryParseFinding(name, out finding))
        {
            context.Add(ErrorCodes.JsonUnknownName, value, name, "Unknown finding name; see Vocabulary for the names, for example saddleNumbness.");
        }

        var unknownCountsAsPresent = node.Property("unknownCountsAsPresent") is { } flag && BooleanValue.Instance.Read(flag.Value, context);
        return new FindingCriterion(finding) { UnknownCountsAsPresent = unknownCountsAsPresent };
    }

    private static QuantityCriterion ReadQuantity(DocumentNode node, DocumentNode value, JsonReadContext context)
    {
        var quantity = Quantity.AgeYears;
        var name = StringValue.Instance.Read(value, context);
        if (value.Kind == DocumentNodeKind.String && !Vocabulary.TryParseQuantity(name, out quantity))
        {
            context.Add(ErrorCodes.JsonUnknownName, value, name, "Unknown quantity name; see Vocabulary for the names, for example ageYears.");
        }

        DocumentProperty? found = null;
        var comparison = Comparison.AtLeast;
        for (var i = 0; i < s_comparisons.Length; i++)
        {
            if (node.Property(s_comparisons[i]) is not { } property)
            {
                continue;
            }

            if (found is null)
            {
                found = property;
                comparison = (Comparison)(i + 1);
            }
            else
            {
                context.Add(ErrorCodes.JsonCriterionInvalid, property.Value.Path, property.Line, property.Position, property.Name, $"A quantity criterion has exactly one comparison; it already has '{found.Name}'.");
            }
        }

        if (found is null)
        {
            context.Add(ErrorCodes.JsonMissingProperty, DocumentNode.Child(node.Path, "atLeast"), node.Line, node.Position, null, $"A quantity criterion needs one comparison: {string.Join(", ", s_comparisons)}.");
            return new QuantityCriterion(quantity, comparison, Vocabulary.Range(quantity).Minimum);
        }

        return new QuantityCriterion(quantity, comparison, DoubleValue.Instance.Read(found.Value, context));
    }

    // One kind of criterion: its kind property, and its companion (required, except unknownCountsAsPresent).
    private static JsonObject Variant(params (string Name, JsonNode Schema)[] properties)
    {
        var schema = new JsonObject();
        var required = new JsonArray { (JsonNode)properties[0].Name };
        foreach (var (name, value) in properties)
        {
            schema[name] = value;
        }

        if (properties.Length > 1 && properties[1].Name != "unknownCountsAsPresent")
        {
            required.Add((JsonNode)properties[1].Name);
        }

        return new JsonObject { ["type"] = "object", ["properties"] = schema, ["required"] = required, ["additionalProperties"] = false };
    }

    private static JsonObject Type(string type) => new() { ["type"] = type };

    private static JsonObject Reference(string name) => new() { ["$ref"] = "#/$defs/" + name };

    private static JsonObject List() => new() { ["type"] = "array", ["minItems"] = 1, ["items"] = Reference("criterion") };

    private static JsonObject Names(IEnumerable<string> names) => new() { ["type"] = "string", ["enum"] = new JsonArray(names.Select(n => (JsonNode?)n).ToArray()) };
}
