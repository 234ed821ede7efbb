using System.Collections.Generic;
using System.Text.Json.Serialization;
using RedFlags.Internal;

namespace RedFlags;

/// <summary>An unknown finding or number whose answer could raise the urgency: a question to ask or an examination or test to do.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record Question
{
    private ValueList<string> _ruleIds = ValueList<string>.Empty;

    /// <summary>Gets whether the question is about a finding or a number.</summary>
    [JsonRequired]
    public FactKind Kind { get; init; }

    /// <summary>Gets the name of the finding or quantity, for example <c>saddleNumbness</c>.</summary>
    [JsonRequired]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets a label for people, for example "Numbness or altered feeling in the saddle area".</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>Gets what answers the question: asking, examining, a test to request or a result to enter, or a
    /// demographic item to record (age and sex only feed combinations, so a report never says their answer "could
    /// raise the urgency").</summary>
    public QuestionAction Action { get; init; } = QuestionAction.Ask;

    /// <summary>Gets the highest urgency the answer could lead to.</summary>
    public Urgency CouldRaiseUrgencyTo { get; init; }

    /// <summary>Gets the ids of the rules the answer could make fire, sorted (ordinal).</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> RuleIds
    {
        get => _ruleIds;
        init => _ruleIds = ValueList<string>.From(value, nameof(RuleIds));
    }
}
