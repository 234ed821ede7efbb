using System;
using System.Collections.Generic;
using System.Globalization;

namespace RedFlags.Json;

/// <summary>
/// How a criterion's values are checked and read from the tree (<see cref="DocumentNode"/>) its hand-written reader walks
/// (<see cref="CriterionValue"/>), reporting every problem and returning a fallback instead of throwing. Records are read by
/// <see cref="StrictReader"/> instead.
/// </summary>
internal abstract class JsonValue<T>
{
    /// <summary>Gets the value used in place of one that could not be read (a problem has been reported).</summary>
    public abstract T Fallback { get; }

    public abstract T Read(DocumentNode node, JsonReadContext context);
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
}

/// <summary>An array of values. Items that cannot be read are replaced by their fallback so that later paths stay aligned.</summary>
internal sealed class ListValue<T> : JsonValue<IReadOnlyList<T>>
{
    private readonly JsonValue<T> _item;

    public ListValue(JsonValue<T> item) => _item = item;

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
}
