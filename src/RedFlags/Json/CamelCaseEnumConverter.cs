using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RedFlags.Json;

/// <summary>
/// Writes and reads an enum as the camelCase name of its member (<c>"present"</c>, <c>"emergency"</c>). Numbers are refused
/// both ways: a number in a clinical document is ambiguous, and an undefined value cannot be written.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>, INamedEnumConverter
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }

    public Type EnumType => typeof(TEnum);

    public EnumShape Shape() => EnumShape.Of<TEnum>();
}

/// <summary>An enum converter that can describe its names to the strict reader.</summary>
internal interface INamedEnumConverter
{
    Type EnumType { get; }

    EnumShape Shape();
}
