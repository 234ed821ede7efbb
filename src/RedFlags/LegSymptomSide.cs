namespace RedFlags;

/// <summary>Whether leg symptoms (radiating pain, numbness, weakness) affect one leg or both.</summary>
public enum LegSymptomSide
{
    /// <summary>Not asked. The default.</summary>
    Unknown = 0,

    /// <summary>No leg symptoms.</summary>
    None = 1,

    /// <summary>One leg only.</summary>
    OneLeg = 2,

    /// <summary>Both legs.</summary>
    BothLegs = 3,
}
