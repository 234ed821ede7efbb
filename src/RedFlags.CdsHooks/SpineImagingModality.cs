namespace RedFlags.CdsHooks;

/// <summary>The modality of a spine imaging order.</summary>
public enum SpineImagingModality
{
    /// <summary>Plain X-ray (radiograph).</summary>
    XRay = 1,

    /// <summary>Computed tomography.</summary>
    Ct = 2,

    /// <summary>Magnetic resonance imaging.</summary>
    Mri = 3,
}
