using System;
using System.Globalization;
using System.Linq;
using RedFlags.Rules;

namespace RedFlags.Cli;

/// <summary>Renders an <see cref="Assessment"/> as a report for a person: what to do and by when first, then the why.</summary>
internal static class ReportRenderer
{
    private const int LabelWidth = 14;

    public static void Render(Assessment assessment, TextOutput output)
    {
        var urgency = assessment.Urgency;
        var recommendation = assessment.Recommendation;

        output.Raw(output.Bold("RedFlags assessment") + output.Dim($"  {assessment.AssessmentDate} | {Names.Words(assessment.CareSetting)}"));
        output.Blank();
        // Brief §9 conventions: unknown is not absent, so open decisive questions make the headline provisional.
        var provisional = assessment.OpenDecisiveQuestions.Count > 0 ? " " + output.Bold("PROVISIONAL (incomplete: ask these first)") : string.Empty;
        output.Raw(output.Bold(Pad("Urgency")) + output.Badge(urgency, Names.Heading(urgency)) + provisional);
        Field(output, 0, "Completeness", assessment.Completeness);
        Field(output, 0, "What to do", recommendation.Action);
        Field(output, 0, "By when", recommendation.Timeframe);
        if (assessment.DecidingRuleId is string deciding)
        {
            var title = assessment.Conditions.SelectMany(c => c.Flags).Concat(assessment.ContributingFlags).FirstOrDefault(f => f.RuleId == deciding)?.Title;
            Field(output, 0, "Decided by", title is null ? deciding : $"{deciding} ({title})");
        }
        else
        {
            Field(output, 0, "Decided by", "no red flag fired; the rule set's default recommendation applies");
        }

        Field(output, 0, "Basis", recommendation.Basis);

        RenderConditions(assessment, output);

        output.Heading("Investigations");
        if (assessment.Investigations.Count == 0)
        {
            output.Line(2, string.Empty, "None on the basis of red flags.");
        }

        foreach (var investigation in assessment.Investigations)
        {
            output.Line(2, "- ", Vocabulary.Label(investigation));
        }

        output.Heading("Questions still to ask");
        if (assessment.Questions.Count == 0)
        {
            output.Line(2, string.Empty, "None: no unanswered finding could raise the urgency.");
        }

        // Issue #18 item 6: the first five in the assessment's ranked order, then how many more. Age and sex are
        // recorded, not warning signs, so their line never says the answer could raise the urgency.
        foreach (var question in assessment.Questions.Take(AssessmentSummary.QuestionsListed))
        {
            var rules = string.Join(", ", question.RuleIds);
            if (question.Action == QuestionAction.Record)
            {
                output.Line(2, "- ", $"{Vocabulary.Prompt(question)} (used in combinations by rules: {rules})");
                continue;
            }

            var raise = output.Accent(question.CouldRaiseUrgencyTo, Names.Heading(question.CouldRaiseUrgencyTo));
            output.Line(2, "- ", $"{Vocabulary.Prompt(question)}: could raise the urgency to {raise} (rules: {rules})");
        }

        if (assessment.Questions.Count > AssessmentSummary.QuestionsListed)
        {
            output.Line(2, "- ", $"and {assessment.Questions.Count - AssessmentSummary.QuestionsListed} more");
        }

        output.Heading("Advice for the patient");
        foreach (var advice in assessment.PatientAdvice)
        {
            output.Line(2, "- ", advice);
        }

        output.Heading("Rule set");
        Field(output, 2, "Id", assessment.RuleSet.Id);
        Field(output, 2, "Version", assessment.RuleSet.Version);
        Field(output, 2, "Fingerprint", "sha256:" + assessment.RuleSet.Fingerprint);
        if (assessment.RuleSet.Customisations.Count > 0)
        {
            Field(output, 2, "Customised", string.Join("; ", assessment.RuleSet.Customisations.Select(c => $"{c.RuleId} {c.Kind}{(c.Reason is null ? string.Empty : " (" + c.Reason + ")")}")));
        }

        output.Blank();
        output.Line(0, string.Empty, output.Bold(assessment.Statement));
        output.Flush();
    }

    private static void RenderConditions(Assessment assessment, TextOutput output)
    {
        output.Heading("Suspected conditions");
        if (assessment.Conditions.Count == 0)
        {
            output.Line(2, string.Empty, "No red flag fired for any condition, from what was recorded.");
        }

        // Issue #18 item 8: features that only count in combinations, without a condition of their own, on one line.
        if (assessment.ContributingFlags.Count > 0)
        {
            Field(output, 2, "Contributing", string.Join("; ", assessment.ContributingFlags.Select(f => $"{f.RuleId} ({f.Title})")) + ": not warning signs alone");
        }

        if (assessment.Conditions.Count == 0)
        {
            return;
        }

        foreach (var condition in assessment.Conditions.OrderByDescending(c => c.Urgency).ThenByDescending(c => c.Concern).ThenBy(c => c.Condition))
        {
            output.Blank();
            output.Raw(output.Bold(Vocabulary.Label(condition.Condition)) + ": " + Names.Words(condition.Concern) + ", " + output.Accent(condition.Urgency, Names.Heading(condition.Urgency)));
            foreach (var flag in condition.Flags)
            {
                var level = flag.ContributesOnly ? "contributing" : Names.Heading(flag.Urgency);
                output.Line(2, output.Accent(flag.Urgency, "* ") + output.Bold(flag.RuleId) + " ", $"{flag.Title} [{level}]", 3 + flag.RuleId.Length);
                Field(output, 4, "Criterion", flag.Criterion);
                var firstFact = true;
                foreach (var fact in flag.Facts)
                {
                    Field(output, 4, firstFact ? "Facts" : string.Empty, $"{fact.Label}: {fact.Observed} (rule: {fact.Test})");
                    firstFact = false;
                }

                var firstSource = true;
                foreach (var evidence in flag.Evidence)
                {
                    Field(output, 4, firstSource ? "Source" : string.Empty, Source(evidence));
                    firstSource = false;
                }
            }

            RenderProbability(condition.Probability, output);
        }
    }

    private static void RenderProbability(ProbabilityEstimate probability, TextOutput output)
    {
        if (probability.PreTestLow is double preLow && probability.PreTestHigh is double preHigh)
        {
            var pre = Range(preLow, preHigh);
            var text = $"{pre} before ({Names.Words(probability.Setting)}";
            text += probability.PreTestSource is null ? ")" : $"; {probability.PreTestSource})";
            if (probability.LikelihoodRatio is double ratio && probability.PostTestLow is double postLow && probability.PostTestHigh is double postHigh)
            {
                text += $" x LR+ {Number(ratio)} ({probability.LikelihoodRatioRuleId}";
                text += probability.LikelihoodRatioSource is null ? ")" : $"; {probability.LikelihoodRatioSource})";
                text += $" -> {Range(postLow, postHigh)} after";
            }
            else
            {
                text += "; no likelihood ratio is known for the flags that fired, so there is no post-test estimate";
            }

            Field(output, 2, "Probability", text);
        }
        else
        {
            Field(output, 2, "Probability", "no estimate: " + (probability.Note ?? $"the rule set has no pre-test probability for this condition in {Names.Words(probability.Setting)}."));
        }

        Field(output, 4, "Method", probability.Method);
        Field(output, 4, "Caveat", probability.Caveat);
        if (probability.Note is not null && probability.PreTestLow is not null)
        {
            Field(output, 4, "Note", probability.Note);
        }
    }

    private static string Source(EvidenceSource evidence)
    {
        var text = $"{evidence.Citation} {Names.Words(evidence.Tag)}";
        if (evidence.PositiveLikelihoodRatio is Estimate lr)
        {
            text += "; LR+ " + Estimate(lr);
        }

        if (evidence.NegativeLikelihoodRatio is Estimate nlr)
        {
            text += "; LR- " + Estimate(nlr);
        }

        if (evidence.Sensitivity is Estimate sensitivity)
        {
            text += "; sensitivity " + Estimate(sensitivity);
        }

        if (evidence.Specificity is Estimate specificity)
        {
            text += "; specificity " + Estimate(specificity);
        }

        if (evidence.StudySetting is not null)
        {
            text += "; setting: " + evidence.StudySetting;
        }

        if (evidence.Note is not null)
        {
            text += "; " + evidence.Note;
        }

        return text;
    }

    private static void Field(TextOutput output, int indent, string label, string text)
    {
        var padded = Pad(label);
        output.Line(indent, output.Bold(padded), text, padded.Length);
    }

    private static string Pad(string label) => label.Length == 0 ? new string(' ', LabelWidth) : (label + ":").PadRight(LabelWidth);

    private static string Estimate(Estimate estimate)
        => estimate.Lower is double lower && estimate.Upper is double upper
            ? $"{Number(estimate.Value)} ({Number(lower)}-{Number(upper)})"
            : Number(estimate.Value);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Range(double low, double high)
        => Math.Abs(low - high) < 1e-12 ? Percent(low) : $"{Percent(low)}-{Percent(high)}";

    private static string Percent(double probability)
    {
        var value = probability * 100;
        var format = value >= 10 ? "0" : value >= 1 ? "0.#" : value >= 0.01 ? "0.##" : "0.####";
        return value.ToString(format, CultureInfo.InvariantCulture) + "%";
    }
}
