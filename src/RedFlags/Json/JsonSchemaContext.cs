using System;
using System.Collections.Generic;
using System.Text.Json;

namespace RedFlags.Json;

/// <summary>Collects the named definitions (<c>$defs</c>) of a JSON Schema while its root is written.</summary>
internal sealed class JsonSchemaContext
{
    private readonly List<KeyValuePair<string, Action<Utf8JsonWriter>>> _definitions = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Writes <c>{"$ref": "#/$defs/name"}</c> and registers the definition the first time.</summary>
    public void WriteReference(Utf8JsonWriter writer, string name, Action<Utf8JsonWriter> definition)
    {
        if (_names.Add(name))
        {
            _definitions.Add(new KeyValuePair<string, Action<Utf8JsonWriter>>(name, definition));
        }

        writer.WriteStartObject();
        writer.WriteString("$ref", "#/$defs/" + name);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"$defs"</c> with every registered definition, including those registered while writing them.</summary>
    public void WriteDefinitions(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("$defs");
        for (var i = 0; i < _definitions.Count; i++)
        {
            writer.WritePropertyName(_definitions[i].Key);
            _definitions[i].Value(writer);
        }

        writer.WriteEndObject();
    }

    public static void WriteNullable(Utf8JsonWriter writer, Action<Utf8JsonWriter> inner)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("anyOf");
        writer.WriteStartObject();
        writer.WriteString("type", "null");
        writer.WriteEndObject();
        inner(writer);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
