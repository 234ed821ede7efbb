namespace RedFlags;

/// <summary>A region of the spine.</summary>
public enum SpinalRegion
{
    /// <summary>Lumbar spine (lower back).</summary>
    Lumbar = 1,

    /// <summary>Thoracic spine (mid and upper back).</summary>
    Thoracic = 2,

    /// <summary>Cervical spine (neck).</summary>
    Cervical = 3,
}
