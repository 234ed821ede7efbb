using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace RedFlags.Json;

/// <summary>
/// The strict reading contract of one kind of value: how it is checked and read from a <see cref="DocumentNode"/> (reporting
/// every problem and returning a fallback instead of throwing), and how it is described in JSON Schema. Writing is done by
/// the generated contracts (<see cref="GeneratedContracts"/>). No reflection is involved, so this is trimming- and AOT-safe.
/// </summary>
internal abstract class JsonValue<T>
{
    /// <summary>Gets the value used in place of one that could not be read (a problem has been reported).</summary>
    public abstract T Fallback { get; }

    public abstract T Read(DocumentNode node, JsonReadContext context);

    public abstract void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema);
}

/// <summary>A string that must be present and not null.</summary>
internal sealed class StringValue : JsonValue<string>
{
    public static StringValue Instance { get; } = new();

    public override string Fallback => string.Empty;

    public override string Read(DocumentNode node, JsonReadContext context)
    {
        if (node.Kind != DocumentNodeKind.String)
        {
            context.WrongType(node, "a string");
            return Fallback;
        }

        return node.Text ?? string.Empty;
    }

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "string");
        writer.WriteEndObject();
    }
}

/// <summary>A whole number (JSON integer literal) that fits in 32 bits.</summary>
internal sealed class IntValue : JsonValue<int>
{
    public static IntValue Instance { get; } = new();

    public override int Fallback => 0;

    public override int Read(DocumentNode node, JsonReadContext context)
    {
        if (node.Kind != DocumentNodeKind.Number)
        {
            context.WrongType(node, "a whole number");
            return Fallback;
        }

        if (!int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            context.Add(ErrorCodes.JsonNumberInvalid, node, node.Text, "Expected a whole number between -2147483648 and 2147483647, without a fraction or exponent.");
            return Fallback;
        }

        return value;
    }

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "integer");
        writer.WriteEndObject();
    }
}

/// <summary>A finite number.</summary>
internal sealed class DoubleValue : JsonValue<double>
{
    public static DoubleValue Instance { get; } = new();

    public override double Fallback => 0;

    public override double Read(DocumentNode node, JsonReadContext context)
    {
        if (node.Kind != DocumentNodeKind.Number)
        {
            context.WrongType(node, "a number");
            return Fallback;
        }

        if (!double.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsInfinity(value)
            || double.IsNaN(value))
        {
            context.Add(ErrorCodes.JsonNumberInvalid, node, node.Text, "The number is too large to be represented.");
            return Fallback;
        }

        return value;
    }

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "number");
        writer.WriteEndObject();
    }
}

/// <summary><see langword="true"/> or <see langword="false"/>.</summary>
internal sealed class BooleanValue : JsonValue<bool>
{
    public static BooleanValue Instance { get; } = new();

    public override bool Fallback => false;

    public override bool Read(DocumentNode node, JsonReadContext context)
    {
        switch (node.Kind)
        {
            case DocumentNodeKind.True:
                return true;
            case DocumentNodeKind.False:
                return false;
            default:
                context.WrongType(node, "true or false");
                return Fallback;
        }
    }

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "boolean");
        writer.WriteEndObject();
    }
}

/// <summary>An ISO 8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
internal sealed class DateValue : JsonValue<CalendarDate>
{
    public static DateValue Instance { get; } = new();

    public override CalendarDate Fallback => default;

    public override CalendarDate Read(DocumentNode node, JsonReadContext context)
    {
        if (node.Kind != DocumentNodeKind.String)
        {
            context.WrongType(node, "a date string in the form yyyy-MM-dd");
            return Fallback;
        }

        if (!CalendarDate.TryParse(node.Text, out var value))
        {
            context.Add(ErrorCodes.JsonInvalidDate, node, node.Describe(), "Expected a calendar date in the form yyyy-MM-dd, for example 2025-03-14.");
            return Fallback;
        }

        return value;
    }

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema) => schema.WriteReference(writer, "date", w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "string");
        w.WriteString("format", "date");
        w.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        w.WriteEndObject();
    });
}

/// <summary>An enum written as the camelCase name of its member; numbers are rejected.</summary>
internal sealed class EnumValue<TEnum> : JsonValue<TEnum>
    where TEnum : struct, Enum
{
    private readonly string _schemaName;
    private readonly Dictionary<string, TEnum> _byName = new(StringComparer.Ordinal);
    private readonly List<string> _ordered = new();

    public EnumValue(string schemaName)
    {
        _schemaName = schemaName;
#if NET5_0_OR_GREATER
        var values = Enum.GetValues<TEnum>();
#else
        var values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif
        foreach (var value in values)
        {
            var text = value.ToString();
            var name = char.ToLowerInvariant(text[0]) + text.Substring(1);
            _byName[name] = value;
            _ordered.Add(name);
        }
    }

    public override TEnum Fallback => default;

    public override TEnum Read(DocumentNode node, JsonReadContext context)
    {
        if (node.Kind != DocumentNodeKind.String)
        {
            context.Add(ErrorCodes.JsonWrongType, node, node.Describe(), $"Expected one of the names {Allowed()}, found {node.KindName}; numbers are not accepted.");
            return Fallback;
        }

        if (node.Text is null || !_byName.TryGetValue(node.Text, out var value))
        {
            context.Add(ErrorCodes.JsonUnknownName, node, node.Describe(), $"Unknown name; expected one of {Allowed()}.");
            return Fallback;
        }

        return value;
    }

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema) => schema.WriteReference(writer, _schemaName, w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "string");
        w.WriteStartArray("enum");
        foreach (var name in _ordered)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private string Allowed() => _ordered.Count <= 12
        ? string.Join(", ", _ordered)
        : string.Join(", ", _ordered.GetRange(0, 12)) + ", ...";
}

/// <summary>An optional value type: JSON <c>null</c> or absence means "not given".</summary>
internal sealed class NullableValue<T> : JsonValue<T?>
    where T : struct
{
    private readonly JsonValue<T> _inner;

    public NullableValue(JsonValue<T> inner) => _inner = inner;

    public override T? Fallback => null;

    public override T? Read(DocumentNode node, JsonReadContext context)
        => node.Kind == DocumentNodeKind.Null ? null : _inner.Read(node, context);

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema) => JsonSchemaContext.WriteNullable(writer, w => _inner.WriteSchema(w, schema));
}

/// <summary>An optional reference: JSON <c>null</c> or absence means "not given".</summary>
internal sealed class OptionalValue<T> : JsonValue<T?>
    where T : class
{
    private readonly JsonValue<T> _inner;

    public OptionalValue(JsonValue<T> inner) => _inner = inner;

    public override T? Fallback => null;

    public override T? Read(DocumentNode node, JsonReadContext context)
        => node.Kind == DocumentNodeKind.Null ? null : _inner.Read(node, context);

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema) => JsonSchemaContext.WriteNullable(writer, w => _inner.WriteSchema(w, schema));
}

/// <summary>An array of values. Items that cannot be read are replaced by their fallback so that later paths stay aligned.</summary>
internal sealed class ListValue<T> : JsonValue<IReadOnlyList<T>>
{
    private readonly JsonValue<T> _item;
    private readonly int _minimumItems;

    public ListValue(JsonValue<T> item, int minimumItems = 0)
    {
        _item = item;
        _minimumItems = minimumItems;
    }

    public override IReadOnlyList<T> Fallback => Array.Empty<T>();

    public override IReadOnlyList<T> Read(DocumentNode node, JsonReadContext context)
    {
        if (node.Kind != DocumentNodeKind.Array || node.Items is null)
        {
            context.WrongType(node, "an array");
            return Fallback;
        }

        var items = new T[node.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = _item.Read(node.Items[i], context);
        }

        return items;
    }

    public override void WriteSchema(Utf8JsonWriter writer, JsonSchemaContext schema)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "array");
        if (_minimumItems > 0)
        {
            writer.WriteNumber("minItems", _minimumItems);
        }

        writer.WritePropertyName("items");
        _item.WriteSchema(writer, schema);
        writer.WriteEndObject();
    }
}
