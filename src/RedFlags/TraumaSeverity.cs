namespace RedFlags;

/// <summary>Recent injury associated with the back pain.</summary>
public enum TraumaSeverity
{
    /// <summary>Not asked or not recorded. The default.</summary>
    Unknown = 0,

    /// <summary>No recent injury.</summary>
    None = 1,

    /// <summary>Low-energy injury: a fall from standing height or a heavy lift.</summary>
    LowEnergy = 2,

    /// <summary>High-energy injury: a road traffic collision or a fall from a height.</summary>
    HighEnergy = 3,
}
