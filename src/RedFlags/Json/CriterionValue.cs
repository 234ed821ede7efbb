using System;
using System.Collections.Generic;
using System.Text.Json;
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

    private CriterionValue() => _list = new ListValue<Criterion>(this, minimumItems: 1);

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

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema) => schema.WriteReference(writer, "criterion", w =>
    {
        w.WriteStartObject();
        w.WriteString("description", "Exactly one kind: finding, quantity (with one comparison), flag, allOf, anyOf, atLeastOf (with criteria) or not.");
        w.WriteStartArray("oneOf");
        Shape(w, ("finding", x => schema.WriteReference(x, "findingName", y => Names(y, Vocabulary.AllFindings.ToArray(), Vocabulary.Name))), ("unknownCountsAsPresent", x => Type(x, "boolean")));
        foreach (var comparison in s_comparisons)
        {
            Shape(w, ("quantity", x => schema.WriteReference(x, "quantityName", y => Names(y, Vocabulary.AllQuantities.ToArray(), Vocabulary.Name))), (comparison, x => Type(x, "number")));
        }

        Shape(w, ("flag", x => Type(x, "string")));
        Shape(w, ("allOf", x => _list.WriteSchema(x, schema)));
        Shape(w, ("anyOf", x => _list.WriteSchema(x, schema)));
        Shape(w, ("atLeastOf", x => Type(x, "integer")), ("criteria", x => _list.WriteSchema(x, schema)));
        Shape(w, ("not", x => WriteSchema(x, schema)));
        w.WriteEndArray();
        w.WriteEndObject();
    });

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

    private static void Shape(Utf8JsonWriter writer, params (string Name, Action<Utf8JsonWriter> Schema)[] properties)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var (name, schema) in properties)
        {
            writer.WritePropertyName(name);
            schema(writer);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("required");
        writer.WriteStringValue(properties[0].Name);
        if (properties.Length > 1 && properties[1].Name != "unknownCountsAsPresent")
        {
            writer.WriteStringValue(properties[1].Name);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
    }

    private static void Type(Utf8JsonWriter writer, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }

    private static void Names<TEnum>(Utf8JsonWriter writer, IEnumerable<TEnum> values, Func<TEnum, string> name)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "string");
        writer.WriteStartArray("enum");
        foreach (var value in values)
        {
            writer.WriteStringValue(name(value));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
