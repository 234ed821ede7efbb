using RedFlags.Rules;

namespace RedFlags;

// The urgency pathways of brief §10, one recommendation each, with the priority that orders them: the pathway number
// times ten, so that the first matching pathway names the overall action. A fresh instance per use keeps static
// initialisation order irrelevant across the partial files; recommendations compare by value.
public static partial class DefaultCatalogue
{
    // ContributesOnly: the pathway's flags only feed combinations (brief §10 row 12), issue #18 item 8.
    private readonly record struct Pathway(int Priority, Recommendation Recommendation, bool ContributesOnly = false);

    // Pathway 1.
    private static Pathway CaudaEquinaEmergency => new(10, new()
    {
        Urgency = Urgency.Emergency,
        Action = "Immediate referral to hospital (emergency department), ideally one with 24/7 MRI; emergency MRI of the lumbosacral spine; pre- and post-void bladder scan only if it does not delay MRI (a residual under 200 mL does not exclude cauda equina syndrome); digital rectal examination is not required to justify MRI.",
        Timeframe = "Now; MRI as soon as possible and within 4 hours of request",
        Investigations = [Investigation.MriLumbosacralSpine, Investigation.BladderScan],
        Basis = Sources.Girft2023 + " [V]",
        PatientAdvice = "Go to the emergency department now. These symptoms can mean the nerves at the bottom of the spine are being squeezed, which needs a scan within hours to protect bladder, bowel and leg function.",
    });

    // Brief §13.2 with pathways 1 and 2: compression features with known or suspected cancer. Decides before pathway 1
    // so that the action names both the cauda equina emergency and the MSCC pathway.
    private static Pathway SuspectedCancerCompressionEmergency => new(5, new()
    {
        Urgency = Urgency.Emergency,
        Action = "Emergency: possible cauda equina or spinal cord compression with known or suspected cancer. Immediate referral to hospital (emergency department) on the cauda equina pathway AND contact the MSCC coordinator now; emergency MRI (lumbosacral spine within 4 hours of request for cauda equina symptoms; whole spine for metastatic cord compression); start immobilisation if neurological features suggest spinal instability.",
        Timeframe = "Now; MRI within 4 hours of request (cauda equina symptoms), whole spine within 24 hours",
        Investigations = [Investigation.MriWholeSpine, Investigation.MriLumbosacralSpine, Investigation.BladderScan],
        Basis = Sources.Girft2023 + " [V]; " + Sources.Nice2023Summary + " [V]; NG234 'known or suspected cancer' and MRI within 24 hours: " + Sources.Ng234 + " [S]; " + Sources.BriefFurtherFlags,
        PatientAdvice = "Go to the emergency department now. These symptoms can mean pressure on the spinal cord or the nerves at the bottom of the spine, which needs a scan today to protect your walking and your bladder and bowel control.",
    });

    // Pathway 2.
    private static Pathway CompressionEmergency => new(20, new()
    {
        Urgency = Urgency.Emergency,
        Action = "Oncological emergency: contact the MSCC coordinator immediately; whole-spine MRI; start immobilisation if neurological features suggest spinal instability and seek expert advice within 24 hours; where a tumour is found, biopsy or diagnosis by the specialist team.",
        Timeframe = "Now; MRI as soon as possible and within 24 hours",
        Investigations = [Investigation.MriWholeSpine, Investigation.BiopsyBySpecialistTeam],
        Basis = Sources.Nice2023Summary + " [V]; MRI within 24 hours: " + Sources.Ng234 + " [S]; " + Sources.Cg75 + " [V]",
        PatientAdvice = "Seek help now: because you have had cancer, these symptoms could mean pressure on the spinal cord, which must be scanned today to protect your walking and bladder and bowel control.",
    });

    // Pathway 3.
    private static Pathway InfectionEmergency => new(30, new()
    {
        Urgency = Urgency.Emergency,
        Action = "Same-day emergency assessment for spinal infection; ESR, CRP, full blood count and blood cultures; urgent MRI of the spine with contrast.",
        Timeframe = "Same day",
        Investigations = [Investigation.MriSpineWithContrast, Investigation.FullBloodCount, Investigation.Esr, Investigation.Crp, Investigation.BloodCultures],
        Basis = Sources.Davis2004 + "; " + Sources.Davis2011 + "; " + Sources.Galliker2020 + " [V]; same-day timeframe: " + Sources.BriefPathways,
        PatientAdvice = "You need to be seen today: together, these signs can mean an infection in the spine, which is treatable but must be found early.",
    });

    // Pathway 4.
    private static Pathway FractureEmergency => new(40, new()
    {
        Urgency = Urgency.Emergency,
        Action = "Emergency trauma or spinal pathway; imaging to look for a vertebral fracture (CT or MRI where there are neurological signs).",
        Timeframe = "Same day",
        Investigations = [Investigation.CtSpine, Investigation.SpinalImagingForFracture],
        Basis = "Flags: " + Sources.Henschke2009 + "; " + Sources.Downie2013 + " [V]; timeframe: " + Sources.BriefPathways,
        PatientAdvice = "You need to be seen today at a hospital to check for a broken bone in the spine.",
    });

    // Brief §13.1: severe hypercalcaemia is a same-day admission whatever its cause. After the spinal emergencies,
    // which name their own action.
    private static Pathway SevereHypercalcaemiaAdmission => new(45, new()
    {
        Urgency = Urgency.Emergency,
        Action = "Admit the same day for severe hypercalcaemia; look for its cause, including myeloma and bone metastases.",
        Timeframe = "Same day (admit immediately)",
        Investigations = [Investigation.FullBloodCount, Investigation.Calcium, Investigation.SerumProteinElectrophoresis, Investigation.SerumFreeLightChains],
        Basis = Sources.CksHypercalcaemia + " [V]; " + Sources.BriefLaboratoryLimits,
        PatientAdvice = "Your calcium level is very high, which needs treatment in hospital today.",
    });

    // Pathway 5.
    private static Pathway CompressionUrgent => new(50, new()
    {
        Urgency = Urgency.Urgent,
        Action = "Contact the MSCC coordinator within 24 hours; whole-spine MRI within 1 week; do not use plain X-ray to diagnose or exclude spinal metastases; where a tumour is found, biopsy or diagnosis by the specialist team; safety-net for neurological symptoms.",
        Timeframe = "MSCC coordinator within 24 hours; MRI within 1 week",
        Investigations = [Investigation.MriWholeSpine, Investigation.BiopsyBySpecialistTeam],
        Basis = Sources.Cg75 + " [V]; " + Sources.Ng234 + " [S]",
        PatientAdvice = "Because you have had cancer, this kind of back pain needs a spine scan within a week.",
    });

    // Cauda equina: bilateral leg symptoms without another CES flag (brief §9.2, design).
    private static Pathway CaudaEquinaSameDayDiscussion => new(15, new()
    {
        Urgency = Urgency.Urgent,
        Action = "Same-day discussion with the on-call spinal team; examine for saddle sensation, bladder and bowel function and leg power; give written cauda equina warning advice.",
        Timeframe = "Same day",
        Investigations = [],
        Basis = Sources.Girft2023 + " [V]; same-day discussion for bilateral leg symptoms alone: " + Sources.BriefPathways,
        PatientAdvice = "Symptoms in both legs need a doctor to speak to a spinal specialist today.",
    });

    // Infection: a strong risk factor alone (brief §9.4 action column).
    private static Pathway InfectionRiskAssessment => new(35, new()
    {
        Urgency = Urgency.Urgent,
        Action = "Low threshold for ESR and CRP; same-day clinical assessment for spinal infection; emergency pathway if fever, raised markers or a neurological deficit are found.",
        Timeframe = "Same day",
        Investigations = [Investigation.FullBloodCount, Investigation.Esr, Investigation.Crp],
        Basis = Sources.Yusuf2019 + "; " + Sources.Ajem2019 + "; " + Sources.Galliker2020 + " [V]; action: evidence brief §9.4",
        PatientAdvice = "Because of your history, back pain can rarely come from an infection in the spine; you should be checked today, with blood tests.",
    });

    // Pathways 8, 9 and 10.
    private static Pathway MyelomaReferral => new(80, new()
    {
        Urgency = Urgency.Urgent,
        Action = "Refer on a suspected cancer pathway for myeloma; where a tumour is found, biopsy or diagnosis by the specialist team.",
        Timeframe = "Urgent referral (within 2 weeks); diagnosis or exclusion within 28 days",
        Investigations = [Investigation.SerumProteinElectrophoresis, Investigation.SerumFreeLightChains, Investigation.BiopsyBySpecialistTeam],
        Basis = Sources.Ng12 + ", primary-care investigation table (2025) [V]",
        PatientAdvice = "Your blood results together with your pain need an urgent specialist appointment, within two weeks.",
    });

    private static Pathway PancreaticImaging => new(90, new()
    {
        Urgency = Urgency.Urgent,
        Action = "Consider an urgent direct-access CT of the abdomen to look for pancreatic cancer (urgent ultrasound if CT is not available).",
        Timeframe = "Within 2 weeks",
        Investigations = [Investigation.CtAbdomen],
        Basis = Sources.Ng12 + " recommendation 1.2.5 [V]",
        PatientAdvice = "Weight loss with back pain at your age should be checked with a scan of the abdomen within two weeks.",
    });

    private static Pathway CancerWorkUp => new(100, new()
    {
        Urgency = Urgency.Urgent,
        Action = "Blood tests (FBC, ESR and CRP, calcium, myeloma screen; PSA in men, which the brief marks unverified [U]) and imaging by the local pathway; urgent referral if results are abnormal; where a tumour is found, biopsy or diagnosis by the specialist team.",
        Timeframe = "Bloods within days; urgent referral (within 2 weeks) if results are abnormal",
        Investigations =
        [
            Investigation.FullBloodCount, Investigation.Esr, Investigation.Crp, Investigation.Calcium,
            Investigation.SerumProteinElectrophoresis, Investigation.SerumFreeLightChains, Investigation.ProstateSpecificAntigen,
            Investigation.BiopsyBySpecialistTeam,
        ],
        Basis = Sources.Henschke2007 + " [V]; 'urgent' = within 2 weeks: " + Sources.Ng12 + " [V]; " + Sources.Finucane2020 + " [S]",
        PatientAdvice = "Some of your signs need blood tests within days and possibly a scan, to rule out a serious cause.",
    });

    // Pathway 6.
    private static Pathway CancerReview => new(60, new()
    {
        Urgency = Urgency.Soon,
        Action = "Clinical review; consider discussion with the MSCC coordinator or acute oncology; review frequently; low threshold for whole-spine MRI; safety-net for the pain features and neurological symptoms of spinal metastases.",
        Timeframe = "Review within days",
        Investigations = [],
        Basis = Sources.ScottishGuidance + " ('frequent review') [V]; history of cancer is the strongest single flag: " + Sources.Henschke2013 + " [V]; timeframe: " + Sources.BriefPathways,
        PatientAdvice = "Because you have had cancer, new back pain should be reviewed by a clinician within days. Seek help sooner if the pain becomes constant, worse at night, or worse when you cough or strain.",
    });

    // Pathway 7.
    private static Pathway MyelomaBloods => new(70, new()
    {
        Urgency = Urgency.Soon,
        Action = "Offer blood tests for myeloma: full blood count, calcium, plasma viscosity or ESR, serum protein electrophoresis and serum free light chains (urine Bence-Jones protein if free light chains are unavailable); refer on a suspected cancer pathway if the results suggest myeloma.",
        Timeframe = "Bloods promptly; suspected cancer pathway (diagnosis within 28 days) if results suggest myeloma",
        Investigations =
        [
            Investigation.FullBloodCount, Investigation.Esr, Investigation.Calcium, Investigation.PlasmaViscosity,
            Investigation.SerumProteinElectrophoresis, Investigation.SerumFreeLightChains,
        ],
        Basis = Sources.Ng12 + " recommendations 1.10.4-1.10.6 [V]",
        PatientAdvice = "Persistent bone or back pain at your age should be checked with some blood tests.",
    });

    // Soon: systemic or laboratory features that need blood tests and a review (brief §9.1 action column).
    private static Pathway BloodsAndReview => new(105, new()
    {
        Urgency = Urgency.Soon,
        Action = "Reassess; blood tests (FBC, ESR and CRP, calcium, with a myeloma screen where NICE NG12 applies); urgent investigation or a suspected cancer pathway referral if other features suggest cancer (NG12 1.13.2).",
        Timeframe = "Within days",
        Investigations = [Investigation.FullBloodCount, Investigation.Esr, Investigation.Crp, Investigation.Calcium],
        Basis = Sources.Ng12 + " recommendation 1.13.2 [V]; evidence brief §9.1 action column",
        PatientAdvice = "This needs some blood tests and a review by a clinician within days.",
    });

    // Soon: possible infection without a risk factor (brief §9.1 MAL-SYSTEMIC and §9.4).
    private static Pathway InfectionWorkUp => new(105, new()
    {
        Urgency = Urgency.Soon,
        Action = "ESR, CRP and full blood count; look for an infection risk factor and a neurological deficit, either of which moves the patient to the same-day pathway.",
        Timeframe = "Within days; same day if a risk factor or neurological deficit is found",
        Investigations = [Investigation.FullBloodCount, Investigation.Esr, Investigation.Crp],
        Basis = Sources.Davis2011 + " [V]; evidence brief §9.4",
        PatientAdvice = "Fever or raised blood markers with back pain should be checked with blood tests within days. Seek help today if you feel very unwell or notice weakness or numbness.",
    });

    // Pathway 11.
    private static Pathway FractureImaging => new(110, new()
    {
        Urgency = Urgency.Soon,
        Action = "Spinal imaging to look for a vertebral fracture (MRI or CT if there are neurological signs or uncertainty; the modality is unverified in the brief [U]); assess bone health.",
        Timeframe = "Within days",
        Investigations = [Investigation.SpinalImagingForFracture, Investigation.BoneHealthAssessment],
        Basis = Sources.Henschke2009 + "; " + Sources.Downie2013 + "; " + Sources.Han2023 + " [V]",
        PatientAdvice = "Your back should be scanned within days to check for a broken bone in the spine, and your bone strength checked.",
    });

    // Pathway 12: flags that are low-value alone (high false-positive rates, brief §6.3 and §13.2); they count only in
    // combinations.
    private static Pathway LowValueFlags => new(120, ContributesOnly: true, Recommendation: new()
    {
        Urgency = Urgency.Routine,
        Action = "No imaging on the basis of these flags alone (NICE NG59 1.1.4); manage as non-specific low back pain; safety-net; reassess if symptoms change or new ones appear (NG59 1.1.1).",
        Timeframe = "Review in 2 to 4 weeks",
        Investigations = [],
        Basis = Sources.Ng59 + " [V]; high false-positive rates: " + Sources.Henschke2013 + " [V]; review interval: " + Sources.BriefPathways,
        PatientAdvice = "These features are common in back pain that is not serious, and on their own they do not need a scan. Keep active, and come back if the pain changes or new symptoms appear.",
    });

    // Cauda equina safety-net for radicular symptoms (brief §9.2 CES-SAFETY-NET).
    private static Pathway CaudaEquinaSafetyNet => new(125, new()
    {
        Urgency = Urgency.Routine,
        Action = "Give written cauda equina warning advice (a CES card) and safety-net; review if symptoms change.",
        Timeframe = "Safety-net now; routine review",
        Investigations = [],
        Basis = Sources.Greenhalgh2018 + "; " + Sources.Girft2023 + " [V]",
        PatientAdvice = "Pain, numbness or tingling in a leg is common with back pain and usually settles. Keep the cauda equina warning card you are given.",
    });

    // Pathway 13.
    private static Pathway NoRedFlags => new(130, new()
    {
        Urgency = Urgency.Routine,
        Action = "Manage as non-specific low back pain; consider risk stratification (for example STarT Back); safety-net.",
        Timeframe = "Routine",
        Investigations = [],
        Basis = Sources.Ng59 + " recommendations 1.1.2-1.1.4 [V]",
        PatientAdvice = "No warning sign of a serious cause was found in what was recorded. Keep active, and come back if the pain changes or new symptoms appear.",
    });
}
