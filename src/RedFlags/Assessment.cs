using System.Collections.Generic;
using System.Text.Json.Serialization;
using RedFlags.Internal;
using RedFlags.Rules;

namespace RedFlags;

/// <summary>The result of evaluating a presentation: the urgency and what to do, why, on what evidence, and what to ask next.</summary>
/// <remarks>
/// <para>Every list is sorted in a documented order, so equal inputs give equal assessments:
/// conditions in <see cref="SuspectedCondition"/> order; flags most urgent first, then by priority, then by rule id;
/// investigations in <see cref="Investigation"/> order; questions with items to record (age, sex) last, otherwise by
/// the urgency they could raise to (highest first), then by the number of rules they feed (most first), then in
/// clinical order (cauda equina and cord symptoms, examination, history, systemic and pain features, laboratory
/// tests), then findings before numbers, then by name.</para>
/// <para>This type is immutable and thread-safe, and compares by value.</para>
/// </remarks>
public sealed record Assessment
{
    /// <summary>The statement that goes with every assessment.</summary>
    public const string StatementText = "Clinical decision support for health professionals. Red flags raise or lower suspicion; they do not diagnose. Every result shows its basis so that it can be checked against clinical judgement.";

    private ValueList<ConditionAssessment> _conditions = ValueList<ConditionAssessment>.Empty;
    private ValueList<FiredFlag> _contributingFlags = ValueList<FiredFlag>.Empty;
    private ValueList<Investigation> _investigations = ValueList<Investigation>.Empty;
    private ValueList<Question> _questions = ValueList<Question>.Empty;
    private ValueList<string> _patientAdvice = ValueList<string>.Empty;
    private ValueList<DecisiveQuestion> _openDecisiveQuestions = ValueList<DecisiveQuestion>.Empty;

    /// <summary>Gets the opaque key of the presentation (<see cref="PatientPresentation.Id"/>), when it had one.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the assessment date of the presentation.</summary>
    [JsonRequired]
    public CalendarDate AssessmentDate { get; init; }

    /// <summary>Gets the care setting of the presentation.</summary>
    public CareSetting CareSetting { get; init; }

    /// <summary>Gets the overall urgency: the highest urgency of any fired flag, or routine when none fired.</summary>
    [JsonRequired]
    public Urgency Urgency { get; init; }

    /// <summary>Gets the completeness statement: that every decisive question is answered, or "Incomplete: ask these
    /// first" with the open ones, which a report shows with the headline.</summary>
    public string Completeness { get; init; } = string.Empty;

    /// <summary>Gets the decisive questions the presentation leaves unanswered, in <see cref="DecisiveQuestion"/> order.</summary>
    /// <remarks>While any is open the assessment is provisional: the urgency is still
    /// computed from what was recorded, but an unanswered question is never read as absent, so a routine urgency is not an all-clear.</remarks>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<DecisiveQuestion> OpenDecisiveQuestions
    {
        get => _openDecisiveQuestions;
        init => _openDecisiveQuestions = ValueList<DecisiveQuestion>.From(value, nameof(OpenDecisiveQuestions));
    }

    /// <summary>Gets what to do and by when: the recommendation of <see cref="DecidingRuleId"/>, or the rule set's default when no flag fired.</summary>
    [JsonRequired]
    public Recommendation Recommendation { get; init; } = Recommendation.Empty;

    /// <summary>Gets the id of the rule whose recommendation is the overall one, or <see langword="null"/> when no flag fired.</summary>
    public string? DecidingRuleId { get; init; }

    /// <summary>Gets each suspected condition (one with at least one fired flag), in condition order.</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<ConditionAssessment> Conditions
    {
        get => _conditions;
        init => _conditions = ValueList<ConditionAssessment>.From(value, nameof(Conditions));
    }

    /// <summary>Gets the fired flags that only contribute to combinations (<see cref="FiredFlag.ContributesOnly"/>) and
    /// whose condition no other flag made, in listing order: features that count in combinations but are not warning
    /// signs alone, so they make no condition of their own (issue #18 item 8).</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<FiredFlag> ContributingFlags
    {
        get => _contributingFlags;
        init => _contributingFlags = ValueList<FiredFlag>.From(value, nameof(ContributingFlags));
    }

    /// <summary>Gets every investigation recommended by a fired flag, in catalogue order.</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<Investigation> Investigations
    {
        get => _investigations;
        init => _investigations = ValueList<Investigation>.From(value, nameof(Investigations));
    }

    /// <summary>Gets the questions to ask: every unknown finding or number whose answer could raise the urgency.</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<Question> Questions
    {
        get => _questions;
        init => _questions = ValueList<Question>.From(value, nameof(Questions));
    }

    /// <summary>Gets advice for the patient in plain words: the deciding recommendation's advice, then, below an
    /// emergency, one safety-net naming the warning signs of cauda equina or cord compression that the patient does
    /// not already have.</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> PatientAdvice
    {
        get => _patientAdvice;
        init => _patientAdvice = ValueList<string>.From(value, nameof(PatientAdvice));
    }

    /// <summary>Gets the rule set that produced the assessment.</summary>
    [JsonRequired]
    public RuleSetReference RuleSet { get; init; } = RuleSetReference.Empty;

    /// <summary>Gets the statement that red flags support clinical judgement and do not diagnose.</summary>
    public string Statement { get; init; } = StatementText;
}
