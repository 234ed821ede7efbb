namespace RedFlags;

/// <summary>A question whose answer can decide an emergency or the choice of pathway, and which an assessment must
/// therefore name while it is unanswered.</summary>
/// <remarks>
/// <para>An assessment lists the open ones in <see cref="Assessment.OpenDecisiveQuestions"/>: while any is open, the
/// assessment is provisional, however low its urgency ("nothing known" is not "routine").</para>
/// <para>A question is answered when a finding it covers is present, or when every finding it covers is known.
/// The numeric values are stable forever and never reused.</para>
/// </remarks>
public enum DecisiveQuestion
{
    /// <summary>Bladder: retention, incontinence, hesitancy or poor stream, altered bladder sensation (brief §9.2 CES-BLADDER).</summary>
    Bladder = 1,

    /// <summary>Bowel: faecal incontinence, altered rectal sensation (brief §9.2 CES-BOWEL).</summary>
    Bowel = 2,

    /// <summary>Saddle sensation (brief §9.2 CES-SADDLE-SENSORY).</summary>
    SaddleSensation = 3,

    /// <summary>Leg weakness and its course: none, stable or progressive (brief §9.2 CES-PROGRESSIVE-NEURO, §9.1 MAL-MSCC-NEURO).</summary>
    LegWeakness = 4,

    /// <summary>Gait: difficulty walking or a change in gait (brief §9.1 MAL-MSCC-NEURO).</summary>
    Gait = 5,

    /// <summary>The patient's own history of cancer (brief §9.1 MAL-HISTORY-OF-CANCER).</summary>
    CancerHistory = 6,

    /// <summary>Fever or rigors, reported or measured (brief §9.4 INF-FEVER).</summary>
    Fever = 7,

    /// <summary>Recent injury and its severity (brief §9.3 FRX-SIGNIFICANT-TRAUMA).</summary>
    Trauma = 8,
}
