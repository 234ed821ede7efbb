namespace RedFlags.Rules;

/// <summary>How a local rule set changed the catalogue it was composed from.</summary>
public enum RuleCustomisationKind
{
    /// <summary>A catalogue rule was replaced by a local definition with the same id.</summary>
    Overridden = 1,

    /// <summary>A catalogue rule was switched off, with a recorded reason.</summary>
    Disabled = 2,

    /// <summary>A rule that the catalogue does not have was added.</summary>
    Added = 3,
}
