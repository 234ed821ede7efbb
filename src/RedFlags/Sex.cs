namespace RedFlags;

/// <summary>The patient's sex as recorded for clinical purposes.</summary>
public enum Sex
{
    /// <summary>Not recorded. The default.</summary>
    Unknown = 0,

    /// <summary>Female.</summary>
    Female = 1,

    /// <summary>Male.</summary>
    Male = 2,

    /// <summary>Recorded as neither female nor male.</summary>
    Other = 3,
}
