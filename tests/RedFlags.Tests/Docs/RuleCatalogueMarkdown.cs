using System.Globalization;
using System.Text;
using RedFlags.Rules;

namespace RedFlags.Tests.Docs;

/// <summary>Renders a rule set as the Markdown of docs/rule-catalogue.md.</summary>
internal static class RuleCatalogueMarkdown
{
    public static string Render(RuleSet set)
    {
        var md = new StringBuilder();
        md.AppendLine("# Rule catalogue");
        md.AppendLine();
        md.AppendLine("<!-- Generated from DefaultCatalogue by tests/RedFlags.Tests/Docs/RuleCatalogueDocTests.cs; do not edit by hand. Regenerate with UPDATE_DOCS=1 dotnet test. -->");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Rule set `{set.Id}` version `{set.Version}`, fingerprint `sha256:{set.Fingerprint}`, {set.Rules.Count} rules.");
        md.AppendLine();
        md.AppendLine("Built from the RedFlags evidence brief (§9 rule tables, §10 urgency pathways). Evidence tags: **[V]** verified, **[C]** computed by the brief from 2×2 counts, **[S]** secondary source, **[U]** unverified, **[design]** a design choice. A figure the brief does not give is shown as \"not reported\": none is invented.");
        md.AppendLine();
        md.AppendLine("Among fired rules, the most urgent decides the overall urgency; among equally urgent rules, the lowest priority (the brief's pathway number × 10) names the action. Red flags support clinical judgement; they do not diagnose.");
        md.AppendLine();
        md.AppendLine("## Summary");
        md.AppendLine();
        md.AppendLine("| Rule | Condition | Urgency | Priority | Title |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var rule in Ordered(set))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| [{rule.Id}](#{rule.Id.ToLowerInvariant()}) | {ConditionText(rule.Condition)} | {rule.Recommendation.Urgency}{(rule.ContributesOnly ? " (contributes only)" : string.Empty)} | {rule.Priority} | {rule.Title} |");
        }

        md.AppendLine();
        md.AppendLine("## Pre-test probabilities");
        md.AppendLine();
        md.AppendLine("| Condition | Setting | Probability | Source |");
        md.AppendLine("|---|---|---|---|");
        foreach (var prior in set.PreTestProbabilities)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {ConditionText(prior.Condition)} | {prior.Setting} | {Percent(prior.Low, prior.High)} | {prior.Citation} [{Tag(prior.Tag)}] |");
        }

        md.AppendLine();
        md.AppendLine("Settings and conditions not listed have no pre-test probability in the brief; assessments then give no numeric estimate and say why.");
        foreach (var group in Ordered(set).GroupBy(r => r.Condition))
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"## {ConditionText(group.Key)}");
            foreach (var rule in group)
            {
                RenderRule(md, rule);
            }
        }

        md.AppendLine();
        md.AppendLine("## When no rule fires");
        md.AppendLine();
        RenderRecommendation(md, set.DefaultRecommendation);
        return md.ToString().ReplaceLineEndings("\n");
    }

    private static IEnumerable<RedFlagRule> Ordered(RuleSet set)
        => set.Rules.OrderBy(r => r.Condition).ThenByDescending(r => r.Recommendation.Urgency).ThenBy(r => r.Priority).ThenBy(r => r.Id, StringComparer.Ordinal);

    private static void RenderRule(StringBuilder md, RedFlagRule rule)
    {
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"### {rule.Id}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"**{rule.Title}.** {rule.ClinicianText}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Fires when: `{rule.Criterion}`");
        md.AppendLine(CultureInfo.InvariantCulture, $"- For the patient: {rule.PatientText}");
        RenderRecommendation(md, rule.Recommendation);
        md.AppendLine(CultureInfo.InvariantCulture, $"- Priority: {rule.Priority}");
        if (rule.ContributesOnly)
        {
            md.AppendLine("- Contributes only: listed under its condition when another flag of it fired; never a condition, card or summary line of its own (issue #18 item 8).");
        }

        md.AppendLine("- Evidence:");
        foreach (var source in rule.Evidence)
        {
            var figures = new List<string>
            {
                $"sensitivity {Figure(source.Sensitivity)}",
                $"specificity {Figure(source.Specificity)}",
                $"LR+ {Figure(source.PositiveLikelihoodRatio)}",
                $"LR- {Figure(source.NegativeLikelihoodRatio)}",
            };
            var setting = source.StudySetting is null ? string.Empty : $" Study setting: {source.StudySetting}.";
            var note = source.Note is null ? string.Empty : $" {source.Note}";
            md.AppendLine(CultureInfo.InvariantCulture, $"  - {source.Citation} [{Tag(source.Tag)}]. {string.Join("; ", figures)}.{setting}{note}");
        }
    }

    private static void RenderRecommendation(StringBuilder md, Recommendation recommendation)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"- Urgency: **{recommendation.Urgency}**, {recommendation.Timeframe}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Action: {recommendation.Action}");
        if (recommendation.Investigations.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Investigations: {string.Join(", ", recommendation.Investigations)}");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"- Basis: {recommendation.Basis}");
    }

    private static string Figure(Estimate? estimate)
    {
        if (estimate is null)
        {
            return "not reported";
        }

        var value = Number(estimate.Value);
        return estimate.Lower is double lower && estimate.Upper is double upper ? $"{value} ({Number(lower)}-{Number(upper)})" : value;
    }

    private static string Percent(double low, double high)
        => low == high ? Number(low * 100) + "%" : $"{Number(low * 100)}-{Number(high * 100)}%";

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Tag(EvidenceTag tag) => tag switch
    {
        EvidenceTag.Verified => "V",
        EvidenceTag.Computed => "C",
        EvidenceTag.Secondary => "S",
        EvidenceTag.Unverified => "U",
        _ => "design",
    };

    // The catalogue names malignancy "spinal malignancy"; every other condition by its vocabulary label.
    private static string ConditionText(SuspectedCondition condition)
        => condition == SuspectedCondition.Malignancy ? "Spinal malignancy" : Vocabulary.Label(condition);
}
