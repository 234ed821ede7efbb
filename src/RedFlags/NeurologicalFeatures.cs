namespace RedFlags;

/// <summary>Neurological symptoms in the legs, saddle area, bladder, bowel and sexual function, and their onset.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record NeurologicalFeatures
{
    /// <summary>Nothing recorded: every finding unknown. Shared as the default section of a presentation (immutable, so one instance serves all).</summary>
    internal static readonly NeurologicalFeatures Empty = new();

    /// <summary>Gets the weakness in the legs or feet.</summary>
    /// <value>Defaults to <see cref="LegWeakness.Unknown"/>.</value>
    public LegWeakness LegWeakness { get; init; }

    /// <summary>Gets whether leg symptoms affect one leg or both.</summary>
    /// <value>Defaults to <see cref="LegSymptomSide.Unknown"/>.</value>
    public LegSymptomSide LegSymptoms { get; init; }

    /// <summary>Gets whether there is numbness or tingling in one leg or foot in a dermatomal pattern.</summary>
    public Presence NumbnessOrTinglingInOneLeg { get; init; }

    /// <summary>Gets whether there is numbness or tingling in both legs or feet.</summary>
    public Presence NumbnessOrTinglingInBothLegs { get; init; }

    /// <summary>Gets whether there is numbness or altered feeling in the saddle area (perianal, perineal or genital skin).</summary>
    public Presence SaddleNumbnessOrTingling { get; init; }

    /// <summary>Gets whether there is urinary retention (unable to pass urine).</summary>
    public Presence UrinaryRetention { get; init; }

    /// <summary>Gets whether there is urinary incontinence.</summary>
    public Presence UrinaryIncontinence { get; init; }

    /// <summary>Gets whether there is hesitancy or a poor urinary stream.</summary>
    public Presence UrinaryHesitancyOrPoorStream { get; init; }

    /// <summary>Gets whether bladder sensation is altered (not feeling the need to pass urine).</summary>
    public Presence AlteredBladderSensation { get; init; }

    /// <summary>Gets whether there is faecal incontinence.</summary>
    public Presence FaecalIncontinence { get; init; }

    /// <summary>Gets whether rectal (bowel) sensation is altered.</summary>
    public Presence AlteredRectalSensation { get; init; }

    /// <summary>Gets whether there is new sexual dysfunction (erectile or ejaculatory dysfunction, loss of genital sensation).</summary>
    public Presence SexualDysfunction { get; init; }

    /// <summary>Gets whether there is a disturbance of gait or difficulty walking.</summary>
    public Presence GaitDisturbance { get; init; }

    /// <summary>Gets whether the neurological symptoms began or worsened within the last 14 days.</summary>
    /// <remarks>When unknown, cauda equina rules count the symptoms as recent: a missing onset never lowers an emergency.</remarks>
    public Presence BeganOrWorsenedWithin14Days { get; init; }
}
