namespace RedFlags.Internal;

/// <summary>
/// Everything an assessment takes from the options of one name, built together and swapped together: the evaluator of
/// one rule set and the default care setting. An assessment reads one state once, so it never mixes two reloads.
/// </summary>
internal sealed class AssessorState
{
    public AssessorState(RedFlagEvaluator evaluator, CareSetting defaultCareSetting)
    {
        Evaluator = evaluator;
        DefaultCareSetting = defaultCareSetting;
        FingerprintTag = "sha256:" + evaluator.RuleSet.Fingerprint;
    }

    public RedFlagEvaluator Evaluator { get; }

    public CareSetting DefaultCareSetting { get; }

    /// <summary>Gets the fingerprint as spans and logs show it, made once rather than per span.</summary>
    public string FingerprintTag { get; }
}
