namespace RedFlags;

/// <summary>One past or current cancer of the patient's own.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CancerHistory
{
    /// <summary>Gets the primary site.</summary>
    /// <value>Defaults to <see cref="CancerSite.Unknown"/>.</value>
    public CancerSite PrimarySite { get; init; }

    /// <summary>Gets the date of diagnosis.</summary>
    /// <value><see langword="null"/> when not given; must not be after the assessment date.</value>
    public CalendarDate? DiagnosisDate { get; init; }

    /// <summary>Gets whether the cancer is known to be metastatic.</summary>
    public Presence Metastatic { get; init; }

    /// <summary>Gets whether the cancer is under treatment now.</summary>
    public Presence UnderTreatment { get; init; }
}
