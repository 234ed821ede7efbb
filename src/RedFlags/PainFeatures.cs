namespace RedFlags;

/// <summary>Where the pain is, how long it has lasted and how it behaves.</summary>
/// <remarks>
/// Give either <see cref="OnsetDate"/> or <see cref="DurationDays"/>, not both. This type is immutable and thread-safe.
/// </remarks>
public sealed record PainFeatures
{
    /// <summary>Nothing recorded: every finding unknown. Shared as the default section of a presentation (immutable, so one instance serves all).</summary>
    internal static readonly PainFeatures Empty = new();

    /// <summary>Gets whether there is pain in the lumbar spine (lower back).</summary>
    public Presence Lumbar { get; init; }

    /// <summary>Gets whether there is pain in the thoracic spine (mid or upper back).</summary>
    public Presence Thoracic { get; init; }

    /// <summary>Gets whether there is pain in the cervical spine (neck).</summary>
    public Presence Cervical { get; init; }

    /// <summary>Gets the date the pain began.</summary>
    /// <value><see langword="null"/> when not given; must not be after the assessment date.</value>
    public CalendarDate? OnsetDate { get; init; }

    /// <summary>Gets how long the pain has lasted, in days, when no onset date is given.</summary>
    /// <value>0 or more; <see langword="null"/> when not given.</value>
    public int? DurationDays { get; init; }

    /// <summary>Gets whether the pain is worse at night or wakes the patient from sleep.</summary>
    public Presence WorseAtNightOrWakesFromSleep { get; init; }

    /// <summary>Gets whether the pain is not relieved by rest or lying down.</summary>
    public Presence NotRelievedByRestOrLyingDown { get; init; }

    /// <summary>Gets whether the pain is constant and unremitting.</summary>
    public Presence ConstantAndUnremitting { get; init; }

    /// <summary>Gets whether the pain is progressive (getting worse).</summary>
    public Presence ProgressiveOrWorsening { get; init; }

    /// <summary>Gets whether the pain is localised to one spot with spinal tenderness there.</summary>
    public Presence LocalisedSpinalTenderness { get; init; }

    /// <summary>Gets whether the pain is worse on straining: coughing, sneezing or opening the bowels.</summary>
    public Presence WorseOnStraining { get; init; }

    /// <summary>Gets whether the pain is mechanical: worse on standing, sitting or moving.</summary>
    public Presence Mechanical { get; init; }

    /// <summary>Gets whether there is radicular or band-like pain (pain spreading along a nerve or around the trunk).</summary>
    public Presence RadicularOrBandLike { get; init; }

    /// <summary>Gets whether the onset was insidious (gradual, without a clear cause).</summary>
    public Presence InsidiousOnset { get; init; }

    /// <summary>Gets whether the clinician judges the bone or back pain persistent (NICE NG12 wording; the brief gives no duration cut-off).</summary>
    public Presence Persistent { get; init; }

    /// <summary>Gets whether the pain began suddenly as severe central spinal pain, with or without a fall (for example on
    /// coughing, lifting or bending): a fracture red flag in people with fragile bones (brief §13.2).</summary>
    public Presence SuddenSevereCentralOnset { get; init; }

    /// <summary>Gets whether at least four weeks of conservative care (usual treatment) failed to improve the pain.</summary>
    public Presence NoImprovementAfterFourWeeksOfConservativeCare { get; init; }
}
