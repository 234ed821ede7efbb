using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RedFlags.Fhir.Internal;

namespace RedFlags.Fhir;

/// <summary>
/// Writes an <see cref="Assessment"/> as a CDS Hooks response for the <c>patient-view</c> hook (CDS Hooks 2.0, plain
/// JSON, not FHIR): a first card with the overall urgency and recommendation, then one card per suspected condition
/// with fired flags, most urgent first.
/// </summary>
/// <remarks>
/// Card rules: <c>summary</c> is shorter than 140 characters; <c>indicator</c> is <c>critical</c> for an emergency,
/// <c>warning</c> for urgent or soon, <c>info</c> for routine; <c>source.label</c> names the rule set and
/// <c>source.url</c> links the guideline (NICE NG234, NG12 or NG59); <c>detail</c> is GitHub-flavoured Markdown with the
/// reasons and the questions to ask; <c>uuid</c> is derived from the card's content (SHA-256), so it is stable.
/// </remarks>
public static class CdsHooksWriter
{
    /// <summary>The CDS Hooks hook the response is written for.</summary>
    public const string Hook = "patient-view";

    /// <summary>The maximum length of a card summary plus one (CDS Hooks: "SHOULD be under 140 characters").</summary>
    public const int SummaryLimit = 140;

    private static readonly JsonWriterOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions s_indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Writes the CDS Hooks response JSON (<c>{"cards": [...]}</c>) of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="pretty">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public static string ToResponseJson(Assessment assessment, bool pretty = false)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, pretty ? s_indented : s_compact))
        {
            json.WriteStartObject();
            json.WriteStartArray("cards");
            foreach (var card in Cards(assessment))
            {
                card.Write(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static IEnumerable<Card> Cards(Assessment assessment)
    {
        var ruleSet = assessment.RuleSet;
        var label = "RedFlags " + ruleSet.Id + " " + ruleSet.Version;
        var recommendation = assessment.Recommendation;
        var overallSummary = WriterText.Shorten(
            "Back pain red flags: " + Vocabulary.Label(assessment.Urgency).ToLowerInvariant() + " - " + recommendation.Action,
            SummaryLimit);
        var overallUrl = assessment.Conditions
            .Where(c => c.Urgency == assessment.Urgency)
            .Select(c => GuidelineOf(c))
            .FirstOrDefault() ?? WriterText.DefaultGuidelineUrl;
        var overallDetail = OverallDetail(assessment);
        yield return new Card(overallSummary, Indicator(assessment.Urgency), label, overallUrl, overallDetail, Uuid(assessment, "overall", overallSummary, overallDetail));

        foreach (var condition in assessment.Conditions.Where(c => c.Flags.Count > 0).OrderByDescending(c => c.Urgency).ThenBy(c => c.Condition))
        {
            var summary = WriterText.Shorten(
                Vocabulary.Label(condition.Condition) + ": " + Vocabulary.Label(condition.Concern).ToLowerInvariant() + ", "
                + Vocabulary.Label(condition.Urgency).ToLowerInvariant() + " - " + string.Join(", ", condition.Flags.Select(f => f.Title)),
                SummaryLimit);
            var detail = ConditionDetail(assessment, condition);
            yield return new Card(summary, Indicator(condition.Urgency), label, GuidelineOf(condition), detail, Uuid(assessment, condition.Condition.ToString(), summary, detail));
        }
    }

    private static string GuidelineOf(ConditionAssessment condition) =>
        condition.Flags.SelectMany(f => f.Evidence).Select(e => WriterText.GuidelineUrl(e.Citation)).FirstOrDefault(u => u is not null && u != WriterText.DefaultGuidelineUrl)
        ?? WriterText.GuidelineUrl(condition.Condition);

    private static string Indicator(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "critical",
        Urgency.Urgent or Urgency.Soon => "warning",
        _ => "info",
    };

    private static string Uuid(Assessment assessment, string key, string summary, string detail) =>
        WriterText.Uuid("cds|" + key + "|" + summary + "|" + detail + "|" + WriterText.Canonical(assessment));

    private static string OverallDetail(Assessment assessment)
    {
        var md = new StringBuilder();
        var recommendation = assessment.Recommendation;
        md.Append("**Urgency: ").Append(Vocabulary.Label(assessment.Urgency)).Append("** - ").Append(Escape(recommendation.Action));
        if (!string.IsNullOrEmpty(recommendation.Timeframe))
        {
            md.Append(" (").Append(Escape(recommendation.Timeframe)).Append(')');
        }

        md.Append("\n\n");
        if (assessment.Conditions.Count == 0)
        {
            md.Append("No red flag was found in the data available.\n\n");
        }
        else
        {
            md.Append("### Why\n\n");
            foreach (var condition in assessment.Conditions.OrderByDescending(c => c.Urgency).ThenBy(c => c.Condition))
            {
                md.Append("- **").Append(Vocabulary.Label(condition.Condition)).Append("** (").Append(Vocabulary.Label(condition.Concern).ToLowerInvariant()).Append(", ")
                    .Append(Vocabulary.Label(condition.Urgency).ToLowerInvariant()).Append("): ")
                    .Append(Escape(string.Join("; ", condition.Flags.Select(f => f.Title)))).Append('\n');
            }

            md.Append('\n');
        }

        AppendQuestions(md, assessment.Questions);
        AppendFooter(md, assessment, recommendation.Basis);
        return md.ToString();
    }

    private static string ConditionDetail(Assessment assessment, ConditionAssessment condition)
    {
        var md = new StringBuilder();
        md.Append("**").Append(Vocabulary.Label(condition.Condition)).Append("**: ").Append(Vocabulary.Label(condition.Concern).ToLowerInvariant()).Append(", urgency ")
            .Append(Vocabulary.Label(condition.Urgency).ToLowerInvariant()).Append(".\n\n### Reasons\n\n");
        foreach (var flag in condition.Flags)
        {
            md.Append("- **").Append(Escape(flag.Title)).Append("** (`").Append(flag.RuleId).Append("`): ").Append(Escape(flag.ClinicianText)).Append('\n');
            foreach (var fact in flag.Facts)
            {
                md.Append("  - ").Append(Escape(fact.Label)).Append(": ").Append(Escape(fact.Observed)).Append('\n');
            }

            md.Append("  - Recommendation: ").Append(Escape(flag.Recommendation.Action));
            if (!string.IsNullOrEmpty(flag.Recommendation.Timeframe))
            {
                md.Append(" (").Append(Escape(flag.Recommendation.Timeframe)).Append(')');
            }

            md.Append('\n');
        }

        var estimate = condition.Probability;
        if (estimate.PostTestLow is double low && estimate.PostTestHigh is double high)
        {
            md.Append("\nEstimated probability: ").Append(low.Equals(high) ? WriterText.Percent(low) : WriterText.Percent(low) + " to " + WriterText.Percent(high))
                .Append(". ").Append(Escape(estimate.Caveat)).Append('\n');
        }

        var citations = condition.Flags.SelectMany(f => f.Evidence).Select(e => e.Citation).Distinct(StringComparer.Ordinal).ToList();
        if (citations.Count > 0)
        {
            md.Append("\n### Evidence\n\n");
            foreach (var citation in citations)
            {
                md.Append("- ").Append(Escape(citation)).Append('\n');
            }
        }

        md.Append('\n');
        var ruleIds = condition.Flags.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        AppendQuestions(md, assessment.Questions.Where(q => q.RuleIds.Any(ruleIds.Contains)).ToList());
        AppendFooter(md, assessment, null);
        return md.ToString();
    }

    private static void AppendQuestions(StringBuilder md, IReadOnlyList<Question> questions)
    {
        if (questions.Count == 0)
        {
            return;
        }

        md.Append("### Questions to ask\n\n");
        foreach (var question in questions)
        {
            md.Append("- ").Append(Escape(question.Label));
            if (question.CouldRaiseUrgencyTo > Urgency.Routine)
            {
                md.Append(" (could raise the urgency to ").Append(Vocabulary.Label(question.CouldRaiseUrgencyTo).ToLowerInvariant()).Append(')');
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    private static void AppendFooter(StringBuilder md, Assessment assessment, string? basis)
    {
        if (!string.IsNullOrEmpty(basis))
        {
            md.Append("*Basis:* ").Append(Escape(basis)).Append("\n\n");
        }

        md.Append("*Rule set ").Append(Escape(assessment.RuleSet.Id)).Append(' ').Append(Escape(assessment.RuleSet.Version))
            .Append(", fingerprint `sha256:").Append(assessment.RuleSet.Fingerprint).Append("`.* ").Append(Escape(assessment.Statement));
    }

    // Only the characters that would change the meaning of inline Markdown text.
    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("`", "\\`", StringComparison.Ordinal);

    private sealed record Card(string Summary, string Indicator, string SourceLabel, string SourceUrl, string Detail, string Uuid)
    {
        public void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("uuid", Uuid);
            json.WriteString("summary", Summary);
            json.WriteString("detail", Detail);
            json.WriteString("indicator", Indicator);
            json.WriteStartObject("source");
            json.WriteString("label", SourceLabel);
            json.WriteString("url", SourceUrl);
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }
}
