namespace RedFlags;

/// <summary>An estimated post-test probability for one condition, with the prior, the likelihood ratio and the method used.</summary>
/// <remarks>
/// <para>Computed on the odds scale (evidence brief §6.2): pre-test odds = p / (1 - p); post-test odds = pre-test odds x LR;
/// post-test probability = odds / (1 + odds). Following brief §6.3 option (a), only the single strongest positive
/// likelihood ratio among the condition's fired flags is used, because red flags are correlated and multiplying them
/// overstates the probability.</para>
/// <para>When the pre-test probability is a range, the estimate is a range. Figures that cannot be computed (no prior
/// for the setting, no likelihood ratio for any fired flag) are <see langword="null"/> and <see cref="Note"/> says why.</para>
/// <para>The estimate never changes the urgency: an emergency pathway is never lowered by a low probability.</para>
/// </remarks>
public sealed record ProbabilityEstimate
{
    /// <summary>The empty estimate, shared as the default of other records (immutable, so one instance serves all).</summary>
    internal static readonly ProbabilityEstimate Empty = new();

    /// <summary>The method, stated in every estimate.</summary>
    public const string MethodText = "Bayes on the odds scale (evidence brief §6.2-6.3): post-test odds = pre-test odds x the single strongest positive likelihood ratio among the condition's fired flags; flags are not multiplied together because they are not independent.";

    /// <summary>The caveat, stated in every estimate.</summary>
    public const string CaveatText = "Likelihood ratios come from few, small studies, often in other settings, with wide confidence intervals; the estimate cannot rule disease out, and it never lowers the urgency: an emergency pathway stands whatever the estimate.";

    /// <summary>Gets the care setting whose pre-test probability was used.</summary>
    public CareSetting Setting { get; init; }

    /// <summary>Gets the low end of the pre-test probability (0 to 1), or <see langword="null"/> when the rule set has none for the setting.</summary>
    public double? PreTestLow { get; init; }

    /// <summary>Gets the high end of the pre-test probability (0 to 1), or <see langword="null"/> when the rule set has none for the setting.</summary>
    public double? PreTestHigh { get; init; }

    /// <summary>Gets the source of the pre-test probability.</summary>
    public string? PreTestSource { get; init; }

    /// <summary>Gets the positive likelihood ratio used, or <see langword="null"/> when no fired flag has one.</summary>
    public double? LikelihoodRatio { get; init; }

    /// <summary>Gets the id of the flag whose likelihood ratio was used.</summary>
    public string? LikelihoodRatioRuleId { get; init; }

    /// <summary>Gets the source of the likelihood ratio used, with its study setting where known.</summary>
    public string? LikelihoodRatioSource { get; init; }

    /// <summary>Gets the low end of the estimated post-test probability (0 to 1), when it could be computed.</summary>
    public double? PostTestLow { get; init; }

    /// <summary>Gets the high end of the estimated post-test probability (0 to 1), when it could be computed.</summary>
    public double? PostTestHigh { get; init; }

    /// <summary>Gets the method used.</summary>
    public string Method { get; init; } = MethodText;

    /// <summary>Gets the caveat that goes with every estimate.</summary>
    public string Caveat { get; init; } = CaveatText;

    /// <summary>Gets why a figure is missing, when one is.</summary>
    public string? Note { get; init; }
}
