using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// The shapes the strict reader checks documents against, made once from the generated serializer contracts: the JSON
/// names and their order, the property types, whether <c>null</c> is allowed (the nullable annotations), which properties
/// a document must give (<c>[JsonRequired]</c>) and the enum names (the converters'). There is no second property list.
/// </summary>
internal static class JsonShapes
{
    // Made once, with a table of the shapes made so far that lives only while they are made (no mutable static).
    private static readonly (ObjectShape Presentation, ObjectShape Assessment, ObjectShape Summary, ObjectShape RuleSet) s_roots = MakeRoots();

    /// <summary>Gets the shape of presentation documents.</summary>
    public static ObjectShape Presentation => s_roots.Presentation;

    /// <summary>Gets the shape of assessment documents (the full shape, <see cref="AssessmentDocument"/>).</summary>
    public static ObjectShape Assessment => s_roots.Assessment;

    /// <summary>Gets the shape of assessment summaries.</summary>
    public static ObjectShape Summary => s_roots.Summary;

    /// <summary>Gets the shape of rule-set documents.</summary>
    public static ObjectShape RuleSet => s_roots.RuleSet;

    private static (ObjectShape, ObjectShape, ObjectShape, ObjectShape) MakeRoots()
    {
        var made = new Dictionary<Type, JsonShape>();
        return (
            (ObjectShape)Of(typeof(PatientPresentation), made),
            (ObjectShape)Of(typeof(AssessmentDocument), made),
            (ObjectShape)Of(typeof(AssessmentSummary), made),
            (ObjectShape)Of(typeof(RuleSetDocument), made));
    }

    private static JsonShape Of(Type type, Dictionary<Type, JsonShape> made)
    {
        if (made.TryGetValue(type, out var known))
        {
            return known;
        }

        var shape = Make(type, made);
        made[type] = shape;
        if (shape is ObjectShape record)
        {
            // Registered before its members are made, so that a record may (indirectly) contain itself.
            record.Define(Members(GeneratedContracts.Of(type), made));
        }

        return shape;
    }

    private static JsonShape Make(Type type, Dictionary<Type, JsonShape> made)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return new NullableShape(Of(underlying, made));
        }

        if (type == typeof(string))
        {
            return StringShape.Instance;
        }

        if (type == typeof(int))
        {
            return IntShape.Instance;
        }

        if (type == typeof(double))
        {
            return DoubleShape.Instance;
        }

        if (type == typeof(bool))
        {
            return BooleanShape.Instance;
        }

        if (type == typeof(CalendarDate))
        {
            return DateShape.Instance;
        }

        if (type == typeof(Criterion))
        {
            return CriterionShape.Instance;
        }

        if (type.IsEnum)
        {
            foreach (var converter in GeneratedContracts.Options.Converters)
            {
                if (converter is INamedEnumConverter named && named.EnumType == type)
                {
                    return named.Shape();
                }
            }

            throw new InvalidOperationException($"The enum {type} has no named converter in RedFlagsJsonContext.");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return new ListShape(Of(type.GetGenericArguments()[0], made));
        }

        return new ObjectShape(type, RecordBuilders.For(type));
    }

    private static ObjectShape.Member[] Members(JsonTypeInfo contract, Dictionary<Type, JsonShape> made)
    {
        var members = new ObjectShape.Member[contract.Properties.Count];
        for (var i = 0; i < members.Length; i++)
        {
            var property = contract.Properties[i];
            var shape = Of(property.PropertyType, made);
            if (property.IsSetNullable && !property.PropertyType.IsValueType)
            {
                shape = new NullableShape(shape);
            }

            members[i] = new ObjectShape.Member(property.Name, shape, property.IsRequired);
        }

        return members;
    }
}
