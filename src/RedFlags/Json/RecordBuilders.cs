using System;
using System.Collections.Generic;

namespace RedFlags.Json;

/// <summary>
/// Builds each record of a document once, from the values the strict reader collected in the order of the generated
/// contract's properties; a value the document left out (<see cref="JsonShape.Missing"/>) keeps the record's own default.
/// </summary>
/// <remarks>
/// The builders are generated (<c>RecordBuilders.Generated.cs</c>, written from the generated contracts by a test), because
/// the serializer cannot build these records itself: its source-generated metadata sets every <c>init</c> property, so
/// a left-out section or a rule's left-out <c>priority</c> would lose its default (dotnet/runtime#84484).
/// </remarks>
internal static partial class RecordBuilders
{
    /// <summary>Gets the builder of a record type.</summary>
    /// <exception cref="InvalidOperationException">Thrown when the type has no generated builder (regenerate the file).</exception>
    public static Func<object?[], object> For(Type type)
        => Generated(type) ?? throw new InvalidOperationException($"No record builder for {type}; run the tests with UPDATE_DOCS=1 to regenerate RecordBuilders.Generated.cs.");

    private static T Value<T>(object? value, T fallback) => ReferenceEquals(value, JsonShape.Missing) ? fallback : (T)value!;

    private static IReadOnlyList<T> Items<T>(object? value, IReadOnlyList<T> fallback)
        => ReferenceEquals(value, JsonShape.Missing) ? fallback : Typed<T>((object?[])value!);

    private static IReadOnlyList<T>? OptionalItems<T>(object? value, IReadOnlyList<T>? fallback)
        => ReferenceEquals(value, JsonShape.Missing) ? fallback : value is null ? null : Typed<T>((object?[])value);

    private static T[] Typed<T>(object?[] items)
    {
        var typed = new T[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            typed[i] = (T)items[i]!;
        }

        return typed;
    }
}
