using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// The one shape System.Text.Json cannot express by itself: a criterion is named by the one property it has
/// (<c>{"finding": "reducedAnalTone"}</c>, <c>{"allOf": [...]}</c>, <c>{"atLeastOf": 2, "criteria": [...]}</c>), with no
/// type discriminator, so a rule file can never name a .NET type.
/// </summary>
internal sealed class CriterionConverter : JsonConverter<Criterion>
{
    /// <summary>Not used: criteria are read by the strict <see cref="CriterionValue"/>, which reports every problem.</summary>
    public override Criterion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Rule sets are read by RuleSetJson, which checks every criterion strictly.");

    public override void Write(Utf8JsonWriter writer, Criterion value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case FindingCriterion finding:
                writer.WriteString("finding", Vocabulary.Name(finding.Finding));
                if (finding.UnknownCountsAsPresent)
                {
                    writer.WriteBoolean("unknownCountsAsPresent", true);
                }

                break;
            case QuantityCriterion quantity:
                writer.WriteString("quantity", Vocabulary.Name(quantity.Quantity));
                writer.WriteNumber(RuleSetValidator.ComparisonName(quantity.Comparison), quantity.Threshold);
                break;
            case FlagCriterion flag:
                writer.WriteString("flag", flag.RuleId);
                break;
            case AllOfCriterion all:
                WriteList(writer, "allOf", all.Criteria, options);
                break;
            case AnyOfCriterion any:
                WriteList(writer, "anyOf", any.Criteria, options);
                break;
            case AtLeastCriterion atLeast:
                writer.WriteNumber("atLeastOf", atLeast.Count);
                WriteList(writer, "criteria", atLeast.Criteria, options);
                break;
            case NotCriterion not:
                writer.WritePropertyName("not");
                Write(writer, not.Criterion, options);
                break;
            default:
                throw new ArgumentException("Unknown criterion type.", nameof(value));
        }

        writer.WriteEndObject();
    }

    private void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<Criterion> criteria, JsonSerializerOptions options)
    {
        writer.WriteStartArray(name);
        foreach (var criterion in criteria)
        {
            Write(writer, criterion, options);
        }

        writer.WriteEndArray();
    }
}
