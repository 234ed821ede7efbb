namespace RedFlags;

/// <summary>Where the patient is assessed. The setting selects the pre-test probabilities.</summary>
/// <remarks>
/// Likelihood ratios and prevalences differ between settings (evidence brief §6.3, caveat 4), so every
/// probability estimate states the setting it used.
/// </remarks>
public enum CareSetting
{
    /// <summary>Not stated. No numeric probability estimate is made, because no pre-test probability applies.</summary>
    Unspecified = 0,

    /// <summary>General practice, physiotherapy first contact or another primary-care service.</summary>
    PrimaryCare = 1,

    /// <summary>Emergency department (accident and emergency).</summary>
    EmergencyDepartment = 2,

    /// <summary>Specialist spine service, spine clinic or spinal triage service.</summary>
    SpecialistSpineService = 3,

    /// <summary>Oncology service: people with a known cancer.</summary>
    Oncology = 4,
}
