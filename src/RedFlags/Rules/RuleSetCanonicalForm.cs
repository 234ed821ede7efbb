using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RedFlags.Rules;

/// <summary>
/// Writes the canonical form of a rule set (compact JSON, fixed property order, rules sorted by id, numbers in
/// round-trip form) and hashes it. It is written by hand rather than by the serializer so that the fingerprint of a
/// rule set does not change when the JSON file format gains an optional property.
/// </summary>
internal static class RuleSetCanonicalForm
{
    public static string Fingerprint(RuleSet set)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, SkipValidation = false }))
        {
            Write(writer, set);
        }

#if NET5_0_OR_GREATER
        var hash = SHA256.HashData(stream.ToArray());
#else
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(stream.ToArray());
#endif
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
        }

        return hex.ToString();
    }

    private const string HexDigits = "0123456789abcdef";

    private static void Write(Utf8JsonWriter w, RuleSet set)
    {
        w.WriteStartObject();
        w.WriteString("id", set.Id);
        w.WriteString("version", set.Version);
        w.WriteStartArray("rules");
        foreach (var rule in set.Rules)
        {
            WriteRule(w, rule);
        }

        w.WriteEndArray();
        w.WriteStartArray("preTestProbabilities");
        foreach (var prior in set.PreTestProbabilities)
        {
            w.WriteStartObject();
            w.WriteNumber("condition", (int)prior.Condition);
            w.WriteNumber("setting", (int)prior.Setting);
            w.WriteNumber("low", prior.Low);
            w.WriteNumber("high", prior.High);
            w.WriteString("citation", prior.Citation);
            w.WriteNumber("tag", (int)prior.Tag);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("defaultRecommendation");
        WriteRecommendation(w, set.DefaultRecommendation);
        w.WriteStartArray("customisations");
        foreach (var change in set.Customisations)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", change.RuleId);
            w.WriteNumber("kind", (int)change.Kind);
            w.WriteString("reason", change.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Written only when changed, so that a set with the default limits keeps the fingerprint it had before
        // limits existed.
        if (!set.LaboratoryLimits.Equals(LaboratoryLimits.Default))
        {
            var limits = set.LaboratoryLimits;
            w.WriteStartObject("laboratoryLimits");
            WriteNullable(w, "adjustedCalciumAbove", limits.AdjustedCalciumAboveMillimolesPerLitre);
            WriteNullable(w, "haemoglobinBelowInMen", limits.HaemoglobinBelowInMenGramsPerLitre);
            WriteNullable(w, "haemoglobinBelowInWomen", limits.HaemoglobinBelowInWomenGramsPerLitre);
            WriteNullable(w, "whiteCellCountBelow", limits.WhiteCellCountBelowBillionsPerLitre);
            WriteNullable(w, "crpAbove", limits.CrpAboveMilligramsPerLitre);
            WriteNullable(w, "plasmaViscosityAbove", limits.PlasmaViscosityAboveMillipascalSeconds);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, RedFlagRule rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteNumber("condition", (int)rule.Condition);
        w.WriteString("title", rule.Title);
        w.WriteString("clinicianText", rule.ClinicianText);
        w.WriteString("patientText", rule.PatientText);
        w.WritePropertyName("criterion");
        WriteCriterion(w, rule.Criterion);
        w.WritePropertyName("recommendation");
        WriteRecommendation(w, rule.Recommendation);
        w.WriteStartArray("evidence");
        foreach (var source in rule.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("citation", source.Citation);
            w.WriteNumber("tag", (int)source.Tag);
            w.WriteString("studySetting", source.StudySetting);
            WriteEstimate(w, "sensitivity", source.Sensitivity);
            WriteEstimate(w, "specificity", source.Specificity);
            WriteEstimate(w, "positiveLikelihoodRatio", source.PositiveLikelihoodRatio);
            WriteEstimate(w, "negativeLikelihoodRatio", source.NegativeLikelihoodRatio);
            w.WriteString("note", source.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("priority", rule.Priority);
        if (rule.ContributesOnly)
        {
            // Written only when set, so that rule sets without contributing flags keep their fingerprint.
            w.WriteBoolean("contributesOnly", true);
        }

        w.WriteEndObject();
    }

    private static void WriteRecommendation(Utf8JsonWriter w, Recommendation recommendation)
    {
        w.WriteStartObject();
        w.WriteNumber("urgency", (int)recommendation.Urgency);
        w.WriteString("action", recommendation.Action);
        w.WriteString("timeframe", recommendation.Timeframe);
        w.WriteStartArray("investigations");
        foreach (var investigation in recommendation.Investigations)
        {
            w.WriteNumberValue((int)investigation);
        }

        w.WriteEndArray();
        w.WriteString("basis", recommendation.Basis);
        w.WriteString("patientAdvice", recommendation.PatientAdvice);
        w.WriteEndObject();
    }

    private static void WriteEstimate(Utf8JsonWriter w, string name, Estimate? estimate)
    {
        if (estimate is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("value", estimate.Value);
        WriteNullable(w, "lower", estimate.Lower);
        WriteNullable(w, "upper", estimate.Upper);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteCriterion(Utf8JsonWriter w, Criterion criterion)
    {
        w.WriteStartObject();
        switch (criterion)
        {
            case FindingCriterion f:
                w.WriteNumber("finding", (int)f.Finding);
                w.WriteBoolean("unknownCountsAsPresent", f.UnknownCountsAsPresent);
                break;
            case QuantityCriterion q:
                w.WriteNumber("quantity", (int)q.Quantity);
                w.WriteNumber("comparison", (int)q.Comparison);
                w.WriteNumber("threshold", q.Threshold);
                break;
            case FlagCriterion r:
                w.WriteString("flag", r.RuleId);
                break;
            case AllOfCriterion all:
                WriteGroup(w, "allOf", all.Criteria);
                break;
            case AnyOfCriterion any:
                WriteGroup(w, "anyOf", any.Criteria);
                break;
            case AtLeastCriterion n:
                w.WriteNumber("atLeastOf", n.Count);
                WriteGroup(w, "criteria", n.Criteria);
                break;
            case NotCriterion not:
                w.WritePropertyName("not");
                WriteCriterion(w, not.Criterion);
                break;
        }

        w.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter w, string name, IReadOnlyList<Criterion> criteria)
    {
        w.WriteStartArray(name);
        foreach (var child in criteria)
        {
            WriteCriterion(w, child);
        }

        w.WriteEndArray();
    }
}
