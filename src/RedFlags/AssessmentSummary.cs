using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using RedFlags.Internal;

namespace RedFlags;

/// <summary>
/// The screening shape of an <see cref="Assessment"/>: what a population run or a work list needs, in well under a
/// kilobyte of JSON. The urgency and what to do, the deciding rule, the decisive questions left unanswered (while any is
/// open the urgency is provisional), each suspected condition with the rules that fired for it, the first questions
/// still open, and the rule set that decided; the full assessment keeps the explanation.
/// </summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record AssessmentSummary
{
    /// <summary>How many open questions a summary names; <see cref="MoreQuestions"/> counts the rest.</summary>
    public const int QuestionsListed = 5;

    private ValueList<DecisiveQuestion> _openDecisiveQuestions = ValueList<DecisiveQuestion>.Empty;
    private ValueList<ConditionSummary> _conditions = ValueList<ConditionSummary>.Empty;
    private ValueList<string> _questions = ValueList<string>.Empty;

    /// <summary>Gets the opaque key of the presentation, when it had one.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the assessment date.</summary>
    [JsonRequired]
    public CalendarDate AssessmentDate { get; init; }

    /// <summary>Gets the overall urgency.</summary>
    [JsonRequired]
    public Urgency Urgency { get; init; }

    /// <summary>Gets the id of the rule whose recommendation decided, or <see langword="null"/> when no flag fired.</summary>
    public string? DecidingRuleId { get; init; }

    /// <summary>Gets what to do (the deciding recommendation's action).</summary>
    [JsonRequired]
    public string Action { get; init; } = string.Empty;

    /// <summary>Gets by when (the deciding recommendation's timeframe).</summary>
    [JsonRequired]
    public string Timeframe { get; init; } = string.Empty;

    /// <summary>Gets the decisive questions the presentation leaves unanswered (bladder, bowel, saddle sensation, leg
    /// weakness and its course, gait, history of cancer, fever, trauma), in <see cref="DecisiveQuestion"/> order.</summary>
    /// <remarks>While any is open the summary is provisional, as the assessment is: the urgency is computed from what was
    /// recorded and an unanswered question is never read as absent, so a routine urgency is not an all-clear. Not written
    /// in JSON when empty.</remarks>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<DecisiveQuestion> OpenDecisiveQuestions
    {
        get => _openDecisiveQuestions;
        init => _openDecisiveQuestions = ValueList<DecisiveQuestion>.From(value, nameof(OpenDecisiveQuestions));
    }

    /// <summary>Gets each suspected condition with the rules that fired for it, in the assessment's order.</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<ConditionSummary> Conditions
    {
        get => _conditions;
        init => _conditions = ValueList<ConditionSummary>.From(value, nameof(Conditions));
    }

    /// <summary>Gets the names of the first <see cref="QuestionsListed"/> open questions (unknown facts whose answer could
    /// raise the urgency), in the assessment's order.</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> Questions
    {
        get => _questions;
        init => _questions = ValueList<string>.From(value, nameof(Questions));
    }

    /// <summary>Gets how many further open questions the full assessment lists.</summary>
    public int MoreQuestions { get; init; }

    /// <summary>Gets the rule set that produced the assessment (its customisations are in its fingerprint).</summary>
    [JsonRequired]
    public RuleSetReference RuleSet { get; init; } = RuleSetReference.Empty;

    /// <summary>Summarises an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Its summary.</returns>
    /// <exception cref="System.ArgumentNullException">Thrown when <paramref name="assessment"/> is <see langword="null"/>.</exception>
    public static AssessmentSummary Of(Assessment assessment)
    {
        Guard.NotNull(assessment);
        return new AssessmentSummary
        {
            Id = assessment.Id,
            AssessmentDate = assessment.AssessmentDate,
            Urgency = assessment.Urgency,
            DecidingRuleId = assessment.DecidingRuleId,
            Action = assessment.Recommendation.Action,
            Timeframe = assessment.Recommendation.Timeframe,
            OpenDecisiveQuestions = assessment.OpenDecisiveQuestions,
            Conditions = assessment.Conditions.Select(c => new ConditionSummary
            {
                Condition = c.Condition,
                Urgency = c.Urgency,
                RuleIds = c.Flags.Select(f => f.RuleId).ToArray(),
            }).ToArray(),
            Questions = assessment.Questions.Take(QuestionsListed).Select(q => q.Name).ToArray(),
            MoreQuestions = System.Math.Max(0, assessment.Questions.Count - QuestionsListed),
            RuleSet = assessment.RuleSet with { Customisations = [] },
        };
    }
}
