using System;
using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>What an explanation prints for a rule, built once per plan.</summary>
internal sealed class RuleText
{
    public RuleText(RedFlagRule rule)
    {
        Criterion = rule.Criterion.ToString();
        foreach (var investigation in rule.Recommendation.Investigations)
        {
            // Validation admits only defined investigations, all below 64.
            InvestigationBits |= (uint)investigation < 64
                ? 1UL << (int)investigation
                : throw new InvalidOperationException($"Unreachable: investigation {(int)investigation} is not defined.");
        }

        foreach (var source in rule.Evidence)
        {
            if (source.PositiveLikelihoodRatio is not null)
            {
                LikelihoodRatioSource = source;
                var setting = source.StudySetting is null ? string.Empty : $"; study setting: {source.StudySetting}";
                LikelihoodRatioText = $"{source.Citation} [{Vocabulary.Marker(source.Tag)}]{setting}";
                break;
            }
        }
    }

    /// <summary>The rule's investigations, one bit per value.</summary>
    public ulong InvestigationBits { get; }

    /// <summary>The criterion in words.</summary>
    public string Criterion { get; }

    /// <summary>The rule's first evidence source that reports a positive likelihood ratio, if any.</summary>
    public EvidenceSource? LikelihoodRatioSource { get; }

    /// <summary>How that source is cited.</summary>
    public string? LikelihoodRatioText { get; }
}
