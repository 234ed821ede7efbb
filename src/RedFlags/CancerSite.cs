namespace RedFlags;

/// <summary>The primary site of a cancer.</summary>
/// <remarks>
/// Breast, lung, prostate, kidney, thyroid, myeloma and lymphoma are the primaries most associated with
/// spinal metastases (evidence brief §7). No likelihood ratio by cancer type was found, so the site is
/// explanatory, not a probability weight.
/// </remarks>
public enum CancerSite
{
    /// <summary>Primary site not recorded. The default.</summary>
    Unknown = 0,

    /// <summary>Breast.</summary>
    Breast = 1,

    /// <summary>Lung.</summary>
    Lung = 2,

    /// <summary>Prostate.</summary>
    Prostate = 3,

    /// <summary>Kidney (renal cell).</summary>
    Kidney = 4,

    /// <summary>Thyroid.</summary>
    Thyroid = 5,

    /// <summary>Multiple myeloma or plasmacytoma.</summary>
    Myeloma = 6,

    /// <summary>Lymphoma.</summary>
    Lymphoma = 7,

    /// <summary>Colorectal (bowel).</summary>
    Colorectal = 8,

    /// <summary>Non-melanoma skin cancer, which does not count as a history of cancer for these rules.</summary>
    NonMelanomaSkin = 9,

    /// <summary>Another site.</summary>
    Other = 10,
}
