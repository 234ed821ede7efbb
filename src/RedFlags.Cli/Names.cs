using RedFlags.Rules;

namespace RedFlags.Cli;

/// <summary>Words for the library's enumerations, for reports (human) and for NDJSON (camelCase, as the JSON layer writes them).</summary>
internal static class Names
{
    public static string Json(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "emergency",
        Urgency.Urgent => "urgent",
        Urgency.Soon => "soon",
        _ => "routine",
    };

    public static string Heading(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "EMERGENCY",
        Urgency.Urgent => "URGENT",
        Urgency.Soon => "SOON",
        _ => "ROUTINE",
    };

    public static string Words(SuspectedCondition condition) => Vocabulary.Label(condition);

    public static string Words(ConcernLevel concern) => concern switch
    {
        ConcernLevel.High => "high concern",
        ConcernLevel.Some => "some concern",
        ConcernLevel.Few => "few concerning features",
        _ => "no concern",
    };

    public static string Words(CareSetting setting) => setting switch
    {
        CareSetting.PrimaryCare => "primary care",
        CareSetting.EmergencyDepartment => "emergency department",
        CareSetting.SpecialistSpineService => "specialist spine service",
        CareSetting.Oncology => "oncology",
        _ => "care setting not given",
    };

    public static string Words(EvidenceTag tag) => tag switch
    {
        EvidenceTag.Verified => "[V] verified",
        EvidenceTag.Computed => "[C] computed",
        EvidenceTag.Secondary => "[S] secondary source",
        EvidenceTag.Unverified => "[U] unverified",
        EvidenceTag.Design => "[D] design choice",
        _ => tag.ToString(),
    };

    public static string Words(Investigation investigation) => investigation switch
    {
        Investigation.MriLumbosacralSpine => "MRI of the lumbosacral spine",
        Investigation.MriWholeSpine => "MRI of the whole spine",
        Investigation.MriSpineWithContrast => "MRI of the spine with contrast",
        Investigation.CtSpine => "CT of the spine",
        Investigation.SpinalImagingForFracture => "Spinal imaging for fracture",
        Investigation.CtAbdomen => "CT of the abdomen",
        Investigation.BladderScan => "Bladder scan (pre- and post-void)",
        Investigation.FullBloodCount => "Full blood count",
        Investigation.Esr => "ESR",
        Investigation.Crp => "CRP",
        Investigation.Calcium => "Calcium",
        Investigation.PlasmaViscosity => "Plasma viscosity",
        Investigation.SerumProteinElectrophoresis => "Serum protein electrophoresis",
        Investigation.SerumFreeLightChains => "Serum free light chains",
        Investigation.ProstateSpecificAntigen => "PSA (prostate-specific antigen)",
        Investigation.BloodCultures => "Blood cultures",
        Investigation.BoneHealthAssessment => "Bone health assessment",
        Investigation.BiopsyBySpecialistTeam => "Biopsy or diagnosis by the specialist team",
        _ => investigation.ToString(),
    };
}
