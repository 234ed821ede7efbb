namespace RedFlags;

/// <summary>Whether a clinical finding is known to be present, known to be absent, or not known.</summary>
/// <remarks>
/// <see cref="Unknown"/> is the default so that a question that was never asked is never read as "absent".
/// Rules treat an unknown finding as undecided: it cannot fire a flag on its own, and it is listed among the
/// questions to ask when its answer could raise the urgency.
/// </remarks>
public enum Presence
{
    /// <summary>Not asked, not examined or not recorded. The default.</summary>
    Unknown = 0,

    /// <summary>Asked or examined and found to be absent.</summary>
    Absent = 1,

    /// <summary>Asked or examined and found to be present.</summary>
    Present = 2,
}
