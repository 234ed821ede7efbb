namespace RedFlags;

/// <summary>What a <see cref="TriggeringFact"/> is about.</summary>
public enum FactKind
{
    /// <summary>A finding (present, absent or unknown).</summary>
    Finding = 1,

    /// <summary>A number compared with a threshold.</summary>
    Quantity = 2,
}
