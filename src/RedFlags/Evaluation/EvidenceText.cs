using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>How evidence is cited in explanations.</summary>
internal static class EvidenceText
{
    /// <summary>The short tag printed after a citation: V (verified), C (computed), S (secondary), U (unverified) or "design".</summary>
    public static string Tag(EvidenceTag tag) => tag switch
    {
        EvidenceTag.Verified => "V",
        EvidenceTag.Computed => "C",
        EvidenceTag.Secondary => "S",
        EvidenceTag.Unverified => "U",
        _ => "design",
    };
}
