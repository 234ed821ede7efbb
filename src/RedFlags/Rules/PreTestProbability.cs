using System.Text.Json.Serialization;

namespace RedFlags.Rules;

/// <summary>The prevalence of a condition in a care setting, used as the pre-test probability.</summary>
/// <remarks>
/// <para>Where the brief gives a range rather than a single figure, <see cref="Low"/> and <see cref="High"/> differ and
/// every estimate built on it is a range too; where they are equal the figure is a point estimate.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PreTestProbability
{
    /// <summary>Gets the condition.</summary>
    [JsonRequired]
    public SuspectedCondition Condition { get; init; }

    /// <summary>Gets the care setting.</summary>
    [JsonRequired]
    public CareSetting Setting { get; init; }

    /// <summary>Gets the low end of the probability, 0 to 1.</summary>
    [JsonRequired]
    public double Low { get; init; }

    /// <summary>Gets the high end of the probability, 0 to 1, at least <see cref="Low"/>.</summary>
    [JsonRequired]
    public double High { get; init; }

    /// <summary>Gets the source of the figure.</summary>
    [JsonRequired]
    public string Citation { get; init; } = string.Empty;

    /// <summary>Gets how sure the brief is of the figure.</summary>
    [JsonRequired]
    public EvidenceTag Tag { get; init; }
}
