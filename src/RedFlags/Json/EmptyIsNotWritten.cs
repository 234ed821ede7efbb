using System;
using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace RedFlags.Json;

/// <summary>
/// The omission rule of the screening shape, as a contract modifier: in an <see cref="AssessmentSummary"/> (and the rule
/// set it names) an empty list and a zero count are not written, so that a summary stays small. Reading gives them back
/// (a left-out list is empty, a left-out count zero).
/// </summary>
internal static class EmptyIsNotWritten
{
    private static readonly Type[] s_types = { typeof(AssessmentSummary), typeof(ConditionSummary), typeof(RuleSetReference) };

    public static void Apply(JsonTypeInfo contract)
    {
        if (Array.IndexOf(s_types, contract.Type) < 0)
        {
            return;
        }

        foreach (var property in contract.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => !IsEmpty(value);
            }
            else if (property.PropertyType == typeof(int))
            {
                property.ShouldSerialize = static (_, value) => value is not 0;
            }
        }
    }

    private static bool IsEmpty(object? value)
    {
        if (value is not IEnumerable items)
        {
            return false;
        }

        var enumerator = items.GetEnumerator();
        try
        {
            return !enumerator.MoveNext();
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
    }
}
