using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace RedFlags.Json;

/// <summary>An enum written as the camelCase name of its member (the names <see cref="CamelCaseEnumConverter{TEnum}"/>
/// writes); numbers are refused.</summary>
internal sealed class EnumShape : JsonShape
{
    private readonly byte[][] _utf8Names;
    private readonly string[] _names;
    private readonly object[] _values;

    private EnumShape(string[] names, object[] values)
    {
        _names = names;
        _values = values;
        _utf8Names = Array.ConvertAll(names, Encoding.UTF8.GetBytes);
    }

    public override object? Fallback => _values[0];

    /// <summary>Gets the member names, in declaration order.</summary>
    public IReadOnlyList<string> Names => _names;

    public static EnumShape Of<TEnum>()
        where TEnum : struct, Enum
    {
#if NET5_0_OR_GREATER
        var values = Enum.GetValues<TEnum>();
#else
        var values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif
        var names = Array.ConvertAll(values, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
        return new EnumShape(names, Array.ConvertAll(values, value => (object)value));
    }

    public override object? Read(ref Utf8JsonReader reader, StrictReader context)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            context.Error(ref reader, ErrorCodes.JsonWrongType, $"Expected one of the names {Allowed()}, found {StrictReader.KindName(reader.TokenType)}; numbers are not accepted.");
            context.Skip(ref reader);
            return Fallback;
        }

        var text = context.Utf8Text(ref reader);
        for (var i = 0; i < _utf8Names.Length; i++)
        {
            if (text.SequenceEqual(_utf8Names[i]))
            {
                return _values[i];
            }
        }

        context.Error(ref reader, ErrorCodes.JsonUnknownName, $"Unknown name; expected one of {Allowed()}.");
        return Fallback;
    }

    private string Allowed() => _names.Length <= 12
        ? string.Join(", ", _names)
        : string.Join(", ", _names, 0, 12) + ", ...";
}
