using System;
using System.Collections.Generic;
using System.Text.Json;

namespace RedFlags.Json;

/// <summary>One property of an object contract.</summary>
internal abstract class JsonMember<TOwner>
{
    protected JsonMember(string name, bool required)
    {
        Name = name;
        Required = required;
    }

    public string Name { get; }

    public bool Required { get; }

    public abstract TOwner Read(TOwner owner, DocumentNode node, JsonReadContext context);

    public abstract void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema);
}

/// <summary>A property read through a <c>with</c>-style setter.</summary>
internal sealed class JsonMember<TOwner, TValue> : JsonMember<TOwner>
{
    private readonly JsonValue<TValue> _value;
    private readonly Func<TOwner, TValue, TOwner> _set;

    public JsonMember(string name, JsonValue<TValue> value, Func<TOwner, TValue, TOwner> set, bool required)
        : base(name, required)
    {
        _value = value;
        _set = set;
    }

    public override TOwner Read(TOwner owner, DocumentNode node, JsonReadContext context) => _set(owner, _value.Read(node, context));

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema) => _value.WriteSchema(writer, schema);
}

/// <summary>
/// A strict object: known properties only (names are case-sensitive), required properties checked, every problem reported.
/// Properties are listed (in schemas and in "expected one of" messages) in declaration order.
/// </summary>
internal sealed class ObjectContract<T> : JsonValue<T>
    where T : class
{
    private readonly string _schemaName;
    private readonly Func<T> _create;
    private readonly List<JsonMember<T>> _members = new();
    private readonly Dictionary<string, JsonMember<T>> _byName = new(StringComparer.Ordinal);

    public ObjectContract(string schemaName, Func<T> create)
    {
        _schemaName = schemaName;
        _create = create;
    }

    public override T Fallback => _create();

    public IReadOnlyList<JsonMember<T>> Members => _members;

    public ObjectContract<T> Add<TValue>(string name, JsonValue<TValue> value, Func<T, TValue, T> set, bool required = false)
    {
        var member = new JsonMember<T, TValue>(name, value, set, required);
        _members.Add(member);
        _byName.Add(name, member);
        return this;
    }

    public override T Read(DocumentNode node, JsonReadContext context)
    {
        if (node.Kind != DocumentNodeKind.Object || node.Properties is null)
        {
            context.WrongType(node, "an object");
            return Fallback;
        }

        var result = _create();
        foreach (var property in node.Properties)
        {
            if (_byName.TryGetValue(property.Name, out var member))
            {
                result = member.Read(result, property.Value, context);
            }
            else
            {
                ReportUnknown(context, property, _members);
            }
        }

        foreach (var member in _members)
        {
            if (member.Required && node.Property(member.Name) is null)
            {
                context.Add(ErrorCodes.JsonMissingProperty, DocumentNode.Child(node.Path, member.Name), node.Line, node.Position, null, $"The required property '{member.Name}' is missing.");
            }
        }

        return result;
    }

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema) => schema.WriteReference(writer, _schemaName, w => WriteSchemaBody(w, schema));

    /// <summary>Writes the schema of the object itself (not a reference), for the root of a schema document.</summary>
    public void WriteSchemaBody(Utf8JsonWriter writer, JsonSchemaContext schema)
    {
        writer.WriteStartObject();
        WriteSchemaProperties(writer, schema);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>type</c>, <c>properties</c>, <c>required</c> and <c>additionalProperties</c> into an open object.</summary>
    public void WriteSchemaProperties(Utf8JsonWriter writer, JsonSchemaContext schema)
    {
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var member in _members)
        {
            writer.WritePropertyName(member.Name);
            member.WriteSchema(writer, schema);
        }

        writer.WriteEndObject();
        var required = _members.FindAll(m => m.Required);
        if (required.Count > 0)
        {
            writer.WriteStartArray("required");
            foreach (var member in required)
            {
                writer.WriteStringValue(member.Name);
            }

            writer.WriteEndArray();
        }

        writer.WriteBoolean("additionalProperties", false);
    }

    internal static void ReportUnknown<TMember>(JsonReadContext context, DocumentProperty property, IReadOnlyList<JsonMember<TMember>> members)
    {
        string? hint = null;
        foreach (var member in members)
        {
            if (string.Equals(member.Name, property.Name, StringComparison.OrdinalIgnoreCase))
            {
                hint = $" Names are case-sensitive: did you mean '{member.Name}'?";
            }
        }

        var names = new List<string>();
        foreach (var member in members)
        {
            names.Add(member.Name);
        }

        context.Add(
            ErrorCodes.JsonUnknownProperty,
            property.Value.Path,
            property.Line,
            property.Position,
            property.Name,
            $"Unknown property '{property.Name}'.{hint ?? " Expected one of: " + string.Join(", ", names) + "."}");
    }
}
