namespace RedFlags.CdsHooks;

/// <summary>The region of a spine imaging order.</summary>
public enum SpineImagingRegion
{
    /// <summary>The cervical spine.</summary>
    Cervical = 1,

    /// <summary>The thoracic spine.</summary>
    Thoracic = 2,

    /// <summary>The lumbar or lumbosacral spine.</summary>
    Lumbar = 3,

    /// <summary>The whole spine.</summary>
    WholeSpine = 4,
}
