using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace RedFlags.Testing;

/// <summary>Assertions on an <see cref="Assessment"/> that fail with a readable explanation: which flags fired, on which facts, and what was expected.</summary>
public static class AssessmentAssertions
{
    /// <summary>Asserts the overall urgency.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="expected">The expected urgency.</param>
    /// <returns>The assessment, for chaining.</returns>
    /// <exception cref="RedFlagsAssertionException">Thrown when the urgency differs.</exception>
    public static Assessment ShouldHaveUrgency(this Assessment assessment, Urgency expected)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment.Urgency == expected ? assessment : throw Fail(assessment, $"Expected urgency {expected} but was {assessment.Urgency}.");
    }

    /// <summary>Asserts that a rule fired.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The assessment, for chaining.</returns>
    /// <exception cref="RedFlagsAssertionException">Thrown when the rule did not fire.</exception>
    public static Assessment ShouldFire(this Assessment assessment, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Fired(assessment, ruleId) ? assessment : throw Fail(assessment, $"Expected flag {ruleId} to fire, but it did not.");
    }

    /// <summary>Asserts that a rule did not fire.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The assessment, for chaining.</returns>
    /// <exception cref="RedFlagsAssertionException">Thrown when the rule fired.</exception>
    public static Assessment ShouldNotFire(this Assessment assessment, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return !Fired(assessment, ruleId) ? assessment : throw Fail(assessment, $"Expected flag {ruleId} not to fire, but it did.");
    }

    /// <summary>Asserts that a finding or quantity is among the questions to ask.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="name">The finding or quantity name, for example <c>saddleNumbness</c>.</param>
    /// <returns>The assessment, for chaining.</returns>
    /// <exception cref="RedFlagsAssertionException">Thrown when it is not asked.</exception>
    public static Assessment ShouldAsk(this Assessment assessment, string name)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment.Questions.Any(q => q.Name == name) ? assessment : throw Fail(assessment, $"Expected the question '{name}' to be asked, but it was not.");
    }

    /// <summary>Asserts that the deciding rule (the one naming the overall action) is <paramref name="ruleId"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="ruleId">The rule id, or <see langword="null"/> for "no flag fired".</param>
    /// <returns>The assessment, for chaining.</returns>
    /// <exception cref="RedFlagsAssertionException">Thrown when another rule decides.</exception>
    public static Assessment ShouldBeDecidedBy(this Assessment assessment, string? ruleId)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return string.Equals(assessment.DecidingRuleId, ruleId, StringComparison.Ordinal)
            ? assessment
            : throw Fail(assessment, $"Expected the overall action to come from {ruleId ?? "no rule (default recommendation)"} but it came from {assessment.DecidingRuleId ?? "no rule (default recommendation)"}.");
    }

    /// <summary>Describes an assessment in a few lines: urgency, deciding rule, each fired flag with its facts, and the questions.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The description.</returns>
    public static string Explain(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Urgency {assessment.Urgency}, decided by {assessment.DecidingRuleId ?? "no rule"}; rule set {assessment.RuleSet.Id} {assessment.RuleSet.Version}.");
        var flags = assessment.Conditions.SelectMany(c => c.Flags).Concat(assessment.ContributingFlags).ToArray();
        text.Append('\n').Append(flags.Length == 0 ? "No flag fired." : "Fired flags:");
        foreach (var flag in flags)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {flag.RuleId} ({flag.Urgency}) on: {string.Join("; ", flag.Facts)}");
        }

        if (assessment.Questions.Count > 0)
        {
            text.Append("\nQuestions: ").Append(string.Join(", ", assessment.Questions.Select(q => $"{q.Name} (could raise to {q.CouldRaiseUrgencyTo})")));
        }

        return text.ToString();
    }

    // Contributing flags without a condition of their own (issue #18 item 8) fired too.
    private static bool Fired(Assessment assessment, string ruleId)
        => assessment.Conditions.Any(c => c.Flags.Any(f => f.RuleId == ruleId)) || assessment.ContributingFlags.Any(f => f.RuleId == ruleId);

    private static RedFlagsAssertionException Fail(Assessment assessment, string expectation) => new(expectation + "\n" + Explain(assessment));
}
