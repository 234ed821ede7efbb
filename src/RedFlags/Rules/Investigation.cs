namespace RedFlags.Rules;

/// <summary>An investigation or specialist step that a rule recommends.</summary>
public enum Investigation
{
    /// <summary>Emergency MRI of the lumbosacral spine (suspected cauda equina syndrome).</summary>
    MriLumbosacralSpine = 1,

    /// <summary>Whole-spine MRI (suspected spinal metastases or cord compression).</summary>
    MriWholeSpine = 2,

    /// <summary>MRI of the spine with contrast (suspected spinal infection).</summary>
    MriSpineWithContrast = 3,

    /// <summary>CT of the spine (when MRI is contraindicated, or to assess a fracture).</summary>
    CtSpine = 4,

    /// <summary>Spinal imaging to look for a vertebral fracture (modality by local pathway).</summary>
    SpinalImagingForFracture = 5,

    /// <summary>Urgent direct-access CT of the abdomen (pancreatic cancer, NICE NG12 1.2.5).</summary>
    CtAbdomen = 6,

    /// <summary>Pre- and post-void bladder scan, only if it does not delay MRI.</summary>
    BladderScan = 7,

    /// <summary>Full blood count.</summary>
    FullBloodCount = 10,

    /// <summary>Erythrocyte sedimentation rate.</summary>
    Esr = 11,

    /// <summary>C-reactive protein.</summary>
    Crp = 12,

    /// <summary>Serum calcium (bone profile).</summary>
    Calcium = 13,

    /// <summary>Plasma viscosity.</summary>
    PlasmaViscosity = 14,

    /// <summary>Serum protein electrophoresis (paraprotein).</summary>
    SerumProteinElectrophoresis = 15,

    /// <summary>Serum free light chains (urine Bence-Jones protein if unavailable).</summary>
    SerumFreeLightChains = 16,

    /// <summary>Prostate-specific antigen, in men, where the brief supports it.</summary>
    ProstateSpecificAntigen = 17,

    /// <summary>Blood cultures.</summary>
    BloodCultures = 18,

    /// <summary>Assessment of bone health.</summary>
    BoneHealthAssessment = 19,

    /// <summary>Biopsy by the specialist team where a tumour is found.</summary>
    BiopsyBySpecialistTeam = 20,
}
