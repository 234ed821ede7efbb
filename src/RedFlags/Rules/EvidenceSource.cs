using System.Text.Json.Serialization;

namespace RedFlags.Rules;

/// <summary>One source behind a rule: the citation, its evidence tag and the accuracy figures it reports, where known.</summary>
/// <remarks>
/// Figures that a source does not report are <see langword="null"/>: the catalogue never invents a number.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed record EvidenceSource
{
    /// <summary>Gets the citation, for example "Deyo RA, Diehl AK. J Gen Intern Med 1988;3(3):230-238".</summary>
    [JsonRequired]
    public string Citation { get; init; } = string.Empty;

    /// <summary>Gets how sure the brief is of the figures.</summary>
    [JsonRequired]
    public EvidenceTag Tag { get; init; }

    /// <summary>Gets the care setting of the study, in words, where known.</summary>
    public string? StudySetting { get; init; }

    /// <summary>Gets the sensitivity (0 to 1), where reported.</summary>
    public Estimate? Sensitivity { get; init; }

    /// <summary>Gets the specificity (0 to 1), where reported.</summary>
    public Estimate? Specificity { get; init; }

    /// <summary>Gets the positive likelihood ratio, where reported.</summary>
    public Estimate? PositiveLikelihoodRatio { get; init; }

    /// <summary>Gets the negative likelihood ratio, where reported.</summary>
    public Estimate? NegativeLikelihoodRatio { get; init; }

    /// <summary>Gets a note: other figures (such as a post-test probability) or caveats, in words.</summary>
    public string? Note { get; init; }
}
