namespace RedFlags;

/// <summary>A serious spinal condition that red flags point to.</summary>
public enum SuspectedCondition
{
    /// <summary>Spinal malignancy (primary or metastatic, including myeloma).</summary>
    Malignancy = 1,

    /// <summary>Metastatic spinal cord compression or spinal metastases needing the MSCC pathway.</summary>
    MetastaticSpinalCordCompression = 2,

    /// <summary>Cauda equina syndrome.</summary>
    CaudaEquinaSyndrome = 3,

    /// <summary>Vertebral fracture.</summary>
    VertebralFracture = 4,

    /// <summary>Spinal infection: vertebral osteomyelitis, discitis or spinal epidural abscess.</summary>
    SpinalInfection = 5,
}
