using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RedFlags.Fhir.CdsHooks;
using RedFlags.Fhir.Internal;

namespace RedFlags.Fhir;

/// <summary>
/// Writes an <see cref="Assessment"/> as CDS Hooks 2.0 cards (typed <see cref="CdsCard"/> models, or their JSON): a
/// first card with the overall urgency and recommendation, then one card per suspected condition with fired flags,
/// most urgent first.
/// </summary>
/// <remarks>
/// Card rules: <c>summary</c> is shorter than 140 characters and never cut in the middle of a word; <c>indicator</c>
/// is <c>critical</c> for an emergency, <c>warning</c> for urgent or soon, <c>info</c> for routine; <c>source.label</c>
/// names the rule set, <c>source.url</c> links the guideline (NICE NG234, NG12 or NG59) and <c>source.topic</c> names
/// what the card is about; <c>detail</c> is GitHub-flavoured Markdown with the deciding reason first and at most five
/// questions; <c>overrideReasons</c> lists the reasons a clinician may give; <c>uuid</c> is derived from the card's
/// content (SHA-256), so it is stable. Attributes without a value are left out.
/// </remarks>
public static class CdsHooksWriter
{
    /// <summary>The CDS Hooks hook the assessment cards are written for.</summary>
    public const string Hook = "patient-view";

    /// <summary>The maximum length of a card summary plus one (CDS Hooks: "SHOULD be under 140 characters").</summary>
    public const int SummaryLimit = 140;

    /// <summary>The most questions a card's detail lists (in the assessment's ranked order).</summary>
    public const int MaxQuestions = 5;

    /// <summary>The code system of the override reasons and card topics that RedFlags writes.</summary>
    public const string CardCodeSystem = "https://github.com/redflags-dotnet/redflags/cds-hooks";

    private static readonly JsonSerializerOptions s_compact = new(CdsHooksJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions s_indented = new(s_compact) { WriteIndented = true };

    /// <summary>The reasons a clinician may give for overriding a RedFlags card.</summary>
    public static IReadOnlyList<CdsCoding> OverrideReasons { get; } =
    [
        new CdsCoding { System = CardCodeSystem, Code = "already-assessed", Display = "Red flags already assessed in this episode" },
        new CdsCoding { System = CardCodeSystem, Code = "data-incorrect", Display = "The data behind the card is wrong or out of date" },
        new CdsCoding { System = CardCodeSystem, Code = "clinical-judgement", Display = "Clinical judgement: managed differently" },
        new CdsCoding { System = CardCodeSystem, Code = "patient-declined", Display = "Discussed with the patient, who declined" },
    ];

    /// <summary>Writes the CDS Hooks response JSON (<c>{"cards": [...]}</c>) of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="pretty">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public static string ToResponseJson(Assessment assessment, bool pretty = false) => ToJson(ToResponse(assessment), pretty);

    /// <summary>Writes a CDS Hooks response as JSON, leaving out attributes without a value.</summary>
    /// <param name="response">The response.</param>
    /// <param name="pretty">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(CdsResponse response, bool pretty = false)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonSerializer.Serialize(response, pretty ? s_indented : s_compact);
    }

    /// <summary>The CDS Hooks response of an assessment: <see cref="ToCards(Assessment)"/> in a response.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The response.</returns>
    public static CdsResponse ToResponse(Assessment assessment) => new() { Cards = ToCards(assessment) };

    /// <summary>The cards of an assessment: the overall card, then one per suspected condition with fired flags.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The cards, at least one.</returns>
    public static IReadOnlyList<CdsCard> ToCards(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var cards = new List<CdsCard>();
        var recommendation = assessment.Recommendation;
        // Issue #18 item 5: while a decisive question is open the headline is provisional, as in the CLI and JSON.
        var provisional = assessment.OpenDecisiveQuestions.Count > 0 ? " (provisional)" : string.Empty;
        var overallSummary = Summary(
            "Back pain red flags: " + Vocabulary.Label(assessment.Urgency).ToLowerInvariant() + provisional + " - " + recommendation.Action);
        var overallUrl = assessment.Conditions
            .Where(c => c.Urgency == assessment.Urgency)
            .Select(c => GuidelineOf(c))
            .FirstOrDefault() ?? WriterText.DefaultGuidelineUrl;
        var overallDetail = OverallDetail(assessment);
        var overallTopic = new CdsCoding { System = CardCodeSystem, Code = "red-flag-screening", Display = "Back pain red flag screening" };
        // Every card's UUID is derived from the same canonical text of the assessment: built once, not once per card.
        var canonical = Encoding.UTF8.GetBytes(WriterText.Canonical(assessment));
        cards.Add(Card(assessment, canonical, "overall", overallSummary, overallDetail, assessment.Urgency, overallUrl, overallTopic));

        foreach (var condition in assessment.Conditions.Where(c => c.Flags.Count > 0).OrderByDescending(c => c.Urgency).ThenBy(c => c.Condition))
        {
            var summary = Summary(
                Vocabulary.Label(condition.Condition) + ": " + Vocabulary.Label(condition.Concern).ToLowerInvariant() + ", "
                + Vocabulary.Label(condition.Urgency).ToLowerInvariant() + " - " + string.Join(", ", condition.Flags.Where(f => !f.ContributesOnly).Select(f => f.Title)));
            var topic = new CdsCoding { System = FhirCodeSystems.RedFlagsCondition, Code = condition.Condition.ToString(), Display = Vocabulary.Label(condition.Condition) };
            cards.Add(Card(assessment, canonical, condition.Condition.ToString(), summary, ConditionDetail(assessment, condition), condition.Urgency, GuidelineOf(condition), topic));
        }

        return cards;
    }

    /// <summary>
    /// Shortens a summary to fewer than <see cref="SummaryLimit"/> characters at a word boundary, ending with an
    /// ellipsis when it was cut; a text that fits is returned as it is.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The summary.</returns>
    public static string Summary(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WriterText.ShortenAtWord(text, SummaryLimit);
    }

    /// <summary>The card indicator of an urgency: emergency critical, urgent or soon warning, routine info.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <returns>The indicator.</returns>
    public static CdsIndicator IndicatorOf(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => CdsIndicator.Critical,
        Urgency.Urgent or Urgency.Soon => CdsIndicator.Warning,
        _ => CdsIndicator.Info,
    };

    /// <summary>The card source of an assessment: the rule set as the label, a guideline link and a topic.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="url">The guideline link.</param>
    /// <param name="topic">What the card is about.</param>
    /// <returns>The source.</returns>
    public static CdsSource SourceOf(Assessment assessment, string url, CdsCoding topic)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new CdsSource { Label = "RedFlags " + assessment.RuleSet.Id + " " + assessment.RuleSet.Version, Url = url, Topic = topic };
    }

    /// <summary>A UUID (version 8, SHA-256) for a card: the same assessment, key and content give the same UUID.</summary>
    /// <param name="assessment">The assessment the card is written for.</param>
    /// <param name="key">What distinguishes the card among the assessment's cards.</param>
    /// <param name="content">The card's content (summary, detail).</param>
    /// <returns>The UUID text.</returns>
    public static string UuidOf(Assessment assessment, string key, string content)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Uuid(Encoding.UTF8.GetBytes(WriterText.Canonical(assessment)), key, content);
    }

    // The one definition of a card's UUID: "cds|key|content|" then the assessment's canonical text, in UTF-8. ToCards
    // encodes the canonical text once per assessment and passes a card's content as summary and detail, so that neither
    // the joined text nor summary + "|" + detail is built (together 41 KB a call for the load harness's patients).
    private static string Uuid(byte[] canonical, string key, string content, string? detail = null) => detail is null
        ? WriterText.Uuid(["cds|", key, "|", content, "|"], canonical)
        : WriterText.Uuid(["cds|", key, "|", content, "|", detail, "|"], canonical);

    /// <summary>
    /// The questions a card lists: the first <see cref="MaxQuestions"/> in the assessment's ranked order (the highest
    /// urgency the answer could raise, then the most rules it feeds, then the clinical order).
    /// </summary>
    /// <param name="questions">The questions.</param>
    /// <returns>The questions to list.</returns>
    public static IReadOnlyList<Question> DecisiveQuestions(IEnumerable<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return questions.Take(MaxQuestions).ToList();
    }

    /// <summary>Appends a Markdown list of questions (at most <see cref="MaxQuestions"/>) under a heading.</summary>
    /// <param name="markdown">The Markdown being written.</param>
    /// <param name="questions">The questions still open.</param>
    public static void AppendQuestions(StringBuilder markdown, IReadOnlyList<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count == 0)
        {
            return;
        }

        markdown.Append("### Questions to ask\n\n");
        foreach (var question in DecisiveQuestions(questions))
        {
            // Age and sex are recorded, not warning signs: never "could raise the urgency" (issue #18 item 6).
            markdown.Append("- ").Append(Escape(Vocabulary.Prompt(question)));
            if (question.CouldRaiseUrgencyTo > Urgency.Routine && question.Action != QuestionAction.Record)
            {
                markdown.Append(" (could raise the urgency to ").Append(Vocabulary.Label(question.CouldRaiseUrgencyTo).ToLowerInvariant()).Append(')');
            }

            markdown.Append('\n');
        }

        if (questions.Count > MaxQuestions)
        {
            markdown.Append("- and ").Append(questions.Count - MaxQuestions).Append(" more\n");
        }

        markdown.Append('\n');
    }

    /// <summary>Appends the footer every card ends with: the basis (when given), the rule set and the decision-support statement.</summary>
    /// <param name="markdown">The Markdown being written.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="basis">The recommendation's basis, or null.</param>
    public static void AppendFooter(StringBuilder markdown, Assessment assessment, string? basis)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(assessment);
        if (!string.IsNullOrEmpty(basis))
        {
            markdown.Append("*Basis:* ").Append(Escape(basis)).Append("\n\n");
        }

        markdown.Append("*Rule set ").Append(Escape(assessment.RuleSet.Id)).Append(' ').Append(Escape(assessment.RuleSet.Version))
            .Append(", fingerprint `sha256:").Append(assessment.RuleSet.Fingerprint).Append("`.* ").Append(Escape(assessment.Statement));
    }

    /// <summary>Escapes the characters that would change the meaning of inline Markdown text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal);
    }

    /// <summary>The guideline link of a suspected condition: a NICE guideline its flags cite, else its default guideline.</summary>
    /// <param name="condition">The suspected condition.</param>
    /// <returns>The link.</returns>
    public static string GuidelineOf(ConditionAssessment condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return condition.Flags.SelectMany(f => f.Evidence).Select(e => WriterText.GuidelineUrl(e.Citation)).FirstOrDefault(u => u is not null && u != WriterText.DefaultGuidelineUrl)
            ?? WriterText.GuidelineUrl(condition.Condition);
    }

    private static CdsCard Card(Assessment assessment, byte[] canonical, string key, string summary, string detail, Urgency urgency, string url, CdsCoding topic) => new()
    {
        Uuid = Uuid(canonical, key, summary, detail),
        Summary = summary,
        Detail = detail,
        Indicator = IndicatorOf(urgency),
        Source = SourceOf(assessment, url, topic),
        OverrideReasons = OverrideReasons,
    };

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
        var deciding = assessment.Conditions.SelectMany(c => c.Flags).Concat(assessment.ContributingFlags).FirstOrDefault(f => f.RuleId == assessment.DecidingRuleId);
        if (deciding is not null)
        {
            md.Append("**Deciding reason:** ").Append(Escape(deciding.Title)).Append(" (`").Append(deciding.RuleId).Append("`): ")
                .Append(Escape(deciding.ClinicianText)).Append("\n\n");
        }

        // After the deciding reason, which stays first (issue #18 item 5).
        if (assessment.OpenDecisiveQuestions.Count > 0)
        {
            md.Append("**Provisional:** ").Append(Escape(assessment.Completeness)).Append("\n\n");
        }

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
                    .Append(Escape(string.Join("; ", condition.Flags.Select(f => f.ContributesOnly ? f.Title + " (contributing)" : f.Title)))).Append('\n');
            }

            md.Append('\n');
        }

        // Issue #18 item 8: features that only count in combinations are named here, never on a card of their own.
        if (assessment.ContributingFlags.Count > 0)
        {
            md.Append("*Contributing, not warning signs alone:* ").Append(Escape(string.Join("; ", assessment.ContributingFlags.Select(f => f.Title)))).Append("\n\n");
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
        foreach (var flag in condition.Flags.OrderByDescending(f => f.Urgency))
        {
            md.Append("- **").Append(Escape(flag.Title)).Append("** (`").Append(flag.RuleId).Append(flag.ContributesOnly ? "`, contributing): " : "`): ").Append(Escape(flag.ClinicianText)).Append('\n');
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
}
