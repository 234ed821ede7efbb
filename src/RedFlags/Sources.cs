namespace RedFlags;

/// <summary>Citations of the evidence brief (§12), written once so that every rule cites them the same way.</summary>
internal static class Sources
{
    public const string Deyo1988 = "Deyo RA, Diehl AK. Cancer as a cause of back pain: frequency, clinical presentation, and diagnostic strategies. J Gen Intern Med 1988;3(3):230-238";
    public const string Deyo1992 = "Deyo RA, Rainville J, Kent DL. What can the history and physical examination tell us about low back pain? JAMA 1992;268(6):760-765 (JAMAevidence Rational Clinical Examination)";
    public const string Henschke2007 = "Henschke N, Maher CG, Refshauge KM. Screening for malignancy in low back pain patients: a systematic review. Eur Spine J 2007;16(10):1673-1679";
    public const string Henschke2009 = "Henschke N, Maher CG, Refshauge KM, et al. Prevalence of and screening for serious spinal pathology in patients presenting to primary care settings with acute low back pain. Arthritis Rheum 2009;60(10):3072-3080";
    public const string Henschke2013 = "Henschke N, Maher CG, Ostelo RWJG, et al. Red flags to screen for malignancy in patients with low-back pain. Cochrane Database Syst Rev 2013;(2):CD008686";
    public const string Williams2013 = "Williams CM, Henschke N, Maher CG, et al. Red flags to screen for vertebral fracture in patients presenting with low-back pain. Cochrane Database Syst Rev 2013;(1):CD008643";
    public const string Downie2013 = "Downie A, Williams CM, Henschke N, et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095";
    public const string Verhagen2016 = "Verhagen AP, Downie A, Popal N, Maher C, Koes BW. Red flags presented in current low back pain guidelines: a review. Eur Spine J 2016;25(9):2788-2802";
    public const string Verhagen2017 = "Verhagen AP, et al. Most red flags for malignancy in low back pain guidelines lack empirical support: a systematic review. Pain 2017;158(10):1860-1868";
    public const string Premkumar2018 = "Premkumar A, et al. Red flags for low back pain are not always really red. J Bone Joint Surg Am 2018;100(5):368-374";
    public const string Galliker2020 = "Galliker G, et al. Low back pain in the emergency department: prevalence of serious spinal pathologies and diagnostic accuracy of red flags. Am J Med 2020;133(1):60-72.e14";
    public const string Han2023 = "Han CS, et al. Red flags to screen for vertebral fracture in people presenting with low back pain. Cochrane Database Syst Rev 2023;(8):CD014461";
    public const string Enthoven2016 = "Enthoven WTM, et al. Prevalence and 'red flags' regarding specified causes of back pain in older adults presenting in general practice. Phys Ther 2016;96:305";
    public const string Dionne2019 = "Dionne N, et al. What is the diagnostic accuracy of red flags related to cauda equina syndrome (CES), when compared to MRI? A systematic review. Musculoskelet Sci Pract 2019;42:125-133";
    public const string PvrMetaAnalysis2022 = "Post-void residual in cauda equina syndrome, meta-analysis (7 studies, 938 patients). Bone Joint Orthop Proc 2022 (doi 10.1302/1358-992X.2022.1.002)";
    public const string CesSingleCentre = "Single-centre series of 334 urgent MRIs for suspected cauda equina syndrome (25 CES), abstract cited in the evidence brief §4 (authors not captured)";
    public const string Girft2023 = "GIRFT National Suspected Cauda Equina Syndrome Pathway (2023), as summarised by BMJ Best Practice 'Cauda equina syndrome - diagnosis approach'";
    public const string Greenhalgh2018 = "Greenhalgh S, Finucane L, Mercer C, Selfe J. Assessment and management of cauda equina syndrome. Musculoskelet Sci Pract 2018;37:69-74";
    public const string Nice2023Summary = "Hawkins JE, Dworzynski K, Haden N. Spinal metastases and metastatic spinal cord compression: summary of updated NICE guidance (NG234). BMJ 2023;383:p1973";
    public const string Ng234 = "NICE NG234. Spinal metastases and metastatic spinal cord compression (2023)";
    public const string Cg75 = "NICE CG75. Metastatic spinal cord compression in adults (2008; replaced by NG234)";
    public const string Ng12 = "NICE NG12. Suspected cancer: recognition and referral (2015, updated 1 May 2025)";
    public const string Ng59 = "NICE NG59. Low back pain and sciatica in over 16s: assessment and management (2016)";
    public const string ScottishGuidance = "Scottish Government. Scottish referral guidelines for suspected cancer: quick reference guide, MSCC page";
    public const string Finucane2020 = "Finucane LM, et al. International Framework for Red Flags for Potential Serious Spinal Pathologies. J Orthop Sports Phys Ther 2020;50(7):350-372";
    public const string MyelomaBjgp2018 = "Early detection of multiple myeloma in primary care using blood tests: case-control study. Br J Gen Pract 2018 (PMC6104875)";
    public const string Wewel2020 = "Wewel JT, O'Toole JE. Epidemiology of spinal cord and column tumors. Neuro-Oncol Pract 2020;7(Suppl 1):i5-i9";
    public const string IntOrthop1987 = "Metastatic carcinoma of the spine: a study of 92 cases. Int Orthop 1987;11(4):345-348";
    public const string Yusuf2019 = "Yusuf M, Finucane L, Selfe J. Red flags for the early detection of spinal infection in back pain patients. BMC Musculoskelet Disord 2019";
    public const string Ajem2019 = "High risk clinical characteristics for pyogenic spinal infection in acute neck or back pain: prospective cohort study. Am J Emerg Med 2019";
    public const string Davis2004 = "Davis DP, et al. The clinical presentation and impact of diagnostic delays on emergency department patients with spinal epidural abscess. J Emerg Med 2004;26(3)";
    public const string Davis2011 = "Davis DP, Salazar A, Chan TC, Vilke GM. Prospective evaluation of a clinical decision guideline to diagnose spinal epidural abscess. J Neurosurg Spine 2011;14(6):765-770";
    public const string CksHypercalcaemia = "NICE CKS. Hypercalcaemia: diagnosis (severity by adjusted calcium: mild 2.65-3.00, moderate 3.01-3.40, severe > 3.40 mmol/L or symptomatic: admit immediately)";
    public const string BriefLaboratoryLimits = "RedFlags evidence brief §13.1 (default adult limits for reading a laboratory number)";
    public const string CksBackPainViaNhsPathways = "NICE CKS back pain red flags as reproduced by NHS pathways: 'sudden onset of severe central spinal pain, relieved by lying down'; 'minor trauma or even strenuous lifting in people with osteoporosis'";
    public const string Nogg = "NOGG (National Osteoporosis Guideline Group) guideline, section 3, recommendation 4: vertebral fracture assessment for acute back pain in people with osteoporosis risk factors";
    public const string MercerFinucaneGreenhalgh2019 = "Mercer C, Finucane L, Greenhalgh S (2019), cauda equina syndrome guidance as cited by the RedFlags evidence brief §13.2 with the MINT summary (title and journal not captured)";
    public const string BriefFurtherFlags = "RedFlags evidence brief §13.2 (flags that §9 lacks)";
    public const string BriefPathways = "RedFlags evidence brief §10 (urgency pathways; a design proposal derived from the cited sources)";
}
