using System;
using System.Text.Json;

namespace RedFlags.Json;

/// <summary>A string that must not be null.</summary>
internal sealed class StringShape : JsonShape
{
    public static StringShape Instance { get; } = new();

    public override object? Fallback => string.Empty;

    public override object? Read(ref Utf8JsonReader reader, StrictReader context)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return context.WrongType(ref reader, "a string", this);
        }

        return context.GetString(ref reader);
    }
}

/// <summary>A whole number (a JSON integer literal) that fits in 32 bits.</summary>
internal sealed class IntShape : JsonShape
{
    private static readonly object s_zero = 0;

    public static IntShape Instance { get; } = new();

    public override object? Fallback => s_zero;

    public override object? Read(ref Utf8JsonReader reader, StrictReader context)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return context.WrongType(ref reader, "a whole number", this);
        }

        if (!reader.TryGetInt32(out var value))
        {
            context.Error(ref reader, ErrorCodes.JsonNumberInvalid, "Expected a whole number between -2147483648 and 2147483647, without a fraction or exponent.");
            return Fallback;
        }

        return value;
    }
}

/// <summary>A finite number.</summary>
internal sealed class DoubleShape : JsonShape
{
    private static readonly object s_zero = 0d;

    public static DoubleShape Instance { get; } = new();

    public override object? Fallback => s_zero;

    public override object? Read(ref Utf8JsonReader reader, StrictReader context)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return context.WrongType(ref reader, "a number", this);
        }

        if (!reader.TryGetDouble(out var value) || double.IsInfinity(value) || double.IsNaN(value))
        {
            context.Error(ref reader, ErrorCodes.JsonNumberInvalid, "The number is too large to be represented.");
            return Fallback;
        }

        return value;
    }
}

/// <summary><see langword="true"/> or <see langword="false"/>.</summary>
internal sealed class BooleanShape : JsonShape
{
    private static readonly object s_true = true;
    private static readonly object s_false = false;

    public static BooleanShape Instance { get; } = new();

    public override object? Fallback => s_false;

    public override object? Read(ref Utf8JsonReader reader, StrictReader context) => reader.TokenType switch
    {
        JsonTokenType.True => s_true,
        JsonTokenType.False => s_false,
        _ => context.WrongType(ref reader, "true or false", this),
    };
}

/// <summary>An ISO 8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
internal sealed class DateShape : JsonShape
{
    private static readonly object s_default = default(CalendarDate);

    public static DateShape Instance { get; } = new();

    public override object? Fallback => s_default;

    public override object? Read(ref Utf8JsonReader reader, StrictReader context)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return context.WrongType(ref reader, "a date string in the form yyyy-MM-dd", this);
        }

        // A date has no escapes in practice: it is read from the bytes; an escaped one is unescaped first.
        CalendarDate value;
        var parsed = !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length == 10
            ? TryParseAscii(reader.ValueSpan, out value)
            : CalendarDate.TryParse(context.GetString(ref reader), out value);
        if (!parsed)
        {
            context.Error(ref reader, ErrorCodes.JsonInvalidDate, "Expected a calendar date in the form yyyy-MM-dd, for example 2025-03-14.");
            return Fallback;
        }

        if (value == default)
        {
            // The model uses 0001-01-01 for "no date"; read as a date it would silently become "not given".
            context.Error(ref reader, ErrorCodes.JsonInvalidDate, "0001-01-01 cannot be used as a date: it is the value that stands for 'no date'. Leave the property out if there is no date.");
            return Fallback;
        }

        return value;
    }

    private static bool TryParseAscii(ReadOnlySpan<byte> utf8, out CalendarDate value)
    {
        Span<char> text = stackalloc char[10];
        for (var k = 0; k < 10; k++)
        {
            text[k] = (char)utf8[k];
        }

        return CalendarDate.TryParse(text, out value);
    }
}

/// <summary>An optional value: JSON <c>null</c> means "not given", like leaving the property out.</summary>
internal sealed class NullableShape : JsonShape
{
    private readonly JsonShape _inner;

    public NullableShape(JsonShape inner) => _inner = inner;

    public override object? Fallback => null;

    public override object? Read(ref Utf8JsonReader reader, StrictReader context)
        => reader.TokenType == JsonTokenType.Null ? null : _inner.Read(ref reader, context);
}

/// <summary>An array of values. Items that cannot be read are replaced by their fallback so that later paths stay aligned.</summary>
internal sealed class ListShape : JsonShape
{
    private readonly JsonShape _item;

    public ListShape(JsonShape item) => _item = item;

    public override object? Fallback => System.Array.Empty<object?>();

    public override object? Read(ref Utf8JsonReader reader, StrictReader context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return context.WrongType(ref reader, "an array", this);
        }

        context.Enter(ref reader);
        var items = new System.Collections.Generic.List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            context.PushIndex(items.Count);
            items.Add(_item.Read(ref reader, context));
            context.Pop();
        }

        return items.ToArray();
    }
}
