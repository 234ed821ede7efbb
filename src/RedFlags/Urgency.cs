namespace RedFlags;

/// <summary>How soon the patient must be seen, investigated or referred. Higher values are more urgent.</summary>
/// <remarks>
/// The levels follow the urgency pathways of the evidence brief (§10). Each recommendation also carries its own
/// timeframe in words (for example "MRI within 4 hours of request"), because levels group different deadlines.
/// </remarks>
public enum Urgency
{
    /// <summary>Non-specific low back pain management with safety-netting; no red flag needs action now.</summary>
    Routine = 0,

    /// <summary>Investigations (bloods, imaging) and an early review within days.</summary>
    Soon = 1,

    /// <summary>Specialist contact within 24 hours, or an urgent (within 2 weeks) suspected-cancer referral or investigation.</summary>
    Urgent = 2,

    /// <summary>Same day, immediately: emergency department, on-call team or MSCC coordinator now.</summary>
    Emergency = 3,
}
