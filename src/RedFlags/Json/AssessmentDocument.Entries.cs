using System.Collections.Generic;
using System.Text.Json.Serialization;
using RedFlags.Rules;

namespace RedFlags.Json;

// The parts of the full shape (AssessmentDocument). A property that is null is not written; each says what its
// absence means when the document is read.

/// <summary>A recommendation, written once in the document's <c>recommendations</c> and referred to by its id.</summary>
internal sealed class RecommendationEntry
{
    /// <summary>The id: the rule id of the first flag (in document order) that recommends it, or <c>default</c> for
    /// the rule set's default when no flag fired; <c>~2</c>, <c>~3</c>... is added if two recommendations would share one.</summary>
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    public Urgency Urgency { get; set; }

    [JsonRequired]
    public string Action { get; set; } = string.Empty;

    [JsonRequired]
    public string Timeframe { get; set; } = string.Empty;

    /// <summary>Not written when empty.</summary>
    public IReadOnlyList<Investigation>? Investigations { get; set; }

    [JsonRequired]
    public string Basis { get; set; } = string.Empty;

    [JsonRequired]
    public string PatientAdvice { get; set; } = string.Empty;
}

/// <summary>A cited source, written once in the document's <c>sources</c> and referred to by its id from the evidence of flags.</summary>
internal sealed class SourceEntry
{
    /// <summary>The id: <c>s1</c>, <c>s2</c>... in the order the document first cites them.</summary>
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    public string Citation { get; set; } = string.Empty;
}

/// <summary>A suspected condition.</summary>
internal sealed class ConditionEntry
{
    [JsonRequired]
    public SuspectedCondition Condition { get; set; }

    /// <summary>Not written when none.</summary>
    public ConcernLevel? Concern { get; set; }

    [JsonRequired]
    public Urgency Urgency { get; set; }

    /// <summary>Not written when empty.</summary>
    public IReadOnlyList<FlagEntry>? Flags { get; set; }

    /// <summary>Not written when the condition has no estimate at all.</summary>
    public ProbabilityEntry? Probability { get; set; }
}

/// <summary>A fired flag.</summary>
internal sealed class FlagEntry
{
    [JsonRequired]
    public string RuleId { get; set; } = string.Empty;

    public string? Title { get; set; }

    /// <summary>Not written under a condition that is the flag's own; always written in <c>contributingFlags</c>.</summary>
    public SuspectedCondition? Condition { get; set; }

    /// <summary>Not written when it is the urgency of the flag's recommendation.</summary>
    public Urgency? Urgency { get; set; }

    /// <summary>Written only when true.</summary>
    public bool? ContributesOnly { get; set; }

    public string? ClinicianText { get; set; }

    public string? PatientText { get; set; }

    public string? Criterion { get; set; }

    public IReadOnlyList<FactEntry>? Facts { get; set; }

    /// <summary>The id of the flag's recommendation in <c>recommendations</c>.</summary>
    [JsonRequired]
    public string Recommendation { get; set; } = string.Empty;

    public IReadOnlyList<EvidenceEntry>? Evidence { get; set; }
}

/// <summary>A fact that made a flag fire.</summary>
internal sealed class FactEntry
{
    /// <summary>Not written for a finding.</summary>
    public FactKind? Kind { get; set; }

    [JsonRequired]
    public string Name { get; set; } = string.Empty;

    public string? Label { get; set; }

    public string? Observed { get; set; }

    public string? Test { get; set; }
}

/// <summary>One source behind a flag: its id in <c>sources</c> and what the source reports for this flag.</summary>
internal sealed class EvidenceEntry
{
    [JsonRequired]
    public string Source { get; set; } = string.Empty;

    /// <summary>Not written when verified.</summary>
    public EvidenceTag? Tag { get; set; }

    public string? StudySetting { get; set; }

    public Estimate? Sensitivity { get; set; }

    public Estimate? Specificity { get; set; }

    public Estimate? PositiveLikelihoodRatio { get; set; }

    public Estimate? NegativeLikelihoodRatio { get; set; }

    public string? Note { get; set; }
}

/// <summary>A probability estimate; its method and caveat are written once in the document
/// (<c>probabilityMethod</c>, <c>probabilityCaveat</c>) and here only when they differ.</summary>
internal sealed class ProbabilityEntry
{
    /// <summary>Not written when unspecified.</summary>
    public CareSetting? Setting { get; set; }

    public double? PreTestLow { get; set; }

    public double? PreTestHigh { get; set; }

    public string? PreTestSource { get; set; }

    public double? LikelihoodRatio { get; set; }

    public string? LikelihoodRatioRuleId { get; set; }

    public string? LikelihoodRatioSource { get; set; }

    public double? PostTestLow { get; set; }

    public double? PostTestHigh { get; set; }

    public string? Method { get; set; }

    public string? Caveat { get; set; }

    public string? Note { get; set; }
}

/// <summary>A question to ask.</summary>
internal sealed class QuestionEntry
{
    /// <summary>Not written for a finding.</summary>
    public FactKind? Kind { get; set; }

    [JsonRequired]
    public string Name { get; set; } = string.Empty;

    public string? Label { get; set; }

    /// <summary>Not written when the answer is asked for.</summary>
    public QuestionAction? Action { get; set; }

    [JsonRequired]
    public Urgency CouldRaiseUrgencyTo { get; set; }

    /// <summary>Not written when empty.</summary>
    public IReadOnlyList<string>? RuleIds { get; set; }
}
