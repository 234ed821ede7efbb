namespace RedFlags;

/// <summary>Weakness in the legs or feet.</summary>
public enum LegWeakness
{
    /// <summary>Not asked or not examined. The default.</summary>
    Unknown = 0,

    /// <summary>No weakness.</summary>
    None = 1,

    /// <summary>Weakness that is not getting worse.</summary>
    Stable = 2,

    /// <summary>Weakness that is increasing over hours or days.</summary>
    Progressive = 3,
}
