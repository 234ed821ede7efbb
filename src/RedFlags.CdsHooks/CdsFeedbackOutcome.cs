namespace RedFlags.CdsHooks;

/// <summary>What the clinician did with a card (CDS Hooks feedback <c>outcome</c>).</summary>
public enum CdsFeedbackOutcome
{
    /// <summary>The card or one of its suggestions was accepted.</summary>
    Accepted = 1,

    /// <summary>The card was overridden, possibly with a reason.</summary>
    Overridden = 2,
}
