namespace RedFlags;

/// <summary>Findings on examination.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ExaminationFindings
{
    /// <summary>Nothing recorded: every finding unknown. Shared as the default section of a presentation (immutable, so one instance serves all).</summary>
    internal static readonly ExaminationFindings Empty = new();

    /// <summary>Gets whether there is a bruise (contusion) or graze (abrasion) over the spine at the painful level.</summary>
    public Presence SpinalBruiseOrGraze { get; init; }

    /// <summary>Gets whether voluntary anal squeeze (anal tone) is reduced.</summary>
    public Presence ReducedAnalTone { get; init; }

    /// <summary>Gets the post-void residual bladder volume on bladder scan, in millilitres.</summary>
    /// <value>0 or more; <see langword="null"/> when not measured.</value>
    public double? PostVoidResidualMillilitres { get; init; }
}
