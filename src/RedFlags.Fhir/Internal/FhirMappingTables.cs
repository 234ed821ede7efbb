using System;
using System.Collections.Generic;

namespace RedFlags.Fhir.Internal;

/// <summary>What a coded Condition, FamilyMemberHistory condition, medication or procedure means for a presentation.</summary>
internal enum CodedMeaning
{
    /// <summary>A malignant neoplasm of the patient: a cancer history entry with the table's primary site.</summary>
    Cancer,

    /// <summary>A secondary (metastatic) malignant neoplasm: a cancer history entry, site unknown, metastatic.</summary>
    SecondaryCancer,

    /// <summary>A code that itself says "family history of cancer": never a personal history.</summary>
    FamilyHistoryOfCancer,

    /// <summary>Osteoporosis.</summary>
    Osteoporosis,

    /// <summary>Osteoporosis with a current fragility (pathological) fracture.</summary>
    OsteoporoticFracture,

    /// <summary>An immunosuppressing condition or drug (diabetes, HIV, immunodeficiency, transplant, chemotherapy...).</summary>
    Immunosuppression,

    /// <summary>An infection or bacteraemia (counts when current or resolved within the recent window).</summary>
    Infection,

    /// <summary>Systemic corticosteroid use.</summary>
    Corticosteroid,

    /// <summary>A spinal procedure (surgery, injection, lumbar puncture).</summary>
    SpinalProcedure,

    /// <summary>Retention of urine (a current problem or finding).</summary>
    UrinaryRetention,

    /// <summary>Urinary incontinence (a current problem or finding).</summary>
    UrinaryIncontinence,

    /// <summary>Faecal incontinence (a current problem or finding).</summary>
    FaecalIncontinence,

    /// <summary>Abnormal gait (a current problem or finding).</summary>
    GaitDisturbance,

    /// <summary>Fever (a current problem or finding); no built-in code sets a neurological recency.</summary>
    Fever,

    /// <summary>Saddle numbness or anaesthesia (local codes only: no built-in code was verified).</summary>
    SaddleNumbness,

    /// <summary>Weakness of the legs (local codes only: no built-in code was verified).</summary>
    LegWeakness,

    /// <summary>Night pain (local codes only: no built-in code was verified).</summary>
    NightPain,
}

/// <summary>The kinds of Observation RedFlags.Fhir reads.</summary>
internal enum ObservationKind
{
    BodyTemperature,
    BodyWeight,
    Esr,
    Crp,
    Haemoglobin,
    TotalCalcium,
    AdjustedCalcium,
    WhiteCellCount,
    PlasmaViscosity,
}

/// <summary>One row of a code table: a code (or, for ICD-10 and ATC, a code prefix) and what it means.</summary>
/// <param name="System">The code system URI.</param>
/// <param name="Code">The code; for prefix rows, the prefix without dots.</param>
/// <param name="IsPrefix">Whether the row matches every code that starts with <paramref name="Code"/>.</param>
/// <param name="Meaning">What the code means.</param>
/// <param name="Site">For cancers, the primary site the code tells.</param>
/// <param name="Display">A human label for the report and the documentation.</param>
/// <param name="Source">The published source that says what the code means, or <see cref="FhirMappingTables.PublicUsage"/>
/// for the rows that were checked against public usage only.</param>
internal readonly record struct CodeRow(string System, string Code, bool IsPrefix, CodedMeaning Meaning, CancerSite Site, string Display, string Source = FhirMappingTables.PublicUsage);

/// <summary>One LOINC code read from Observations.</summary>
/// <param name="Code">The LOINC code.</param>
/// <param name="Kind">What the observation measures.</param>
/// <param name="Display">A human label.</param>
internal readonly record struct ObservationRow(string Code, ObservationKind Kind, string Display);

/// <summary>
/// The data tables of RedFlags.Fhir, in one place: code system + code → finding. docs/fhir.md lists the same tables.
/// Matching is exact for SNOMED CT, LOINC, RxNorm and CPT (no subsumption: a descendant concept that is not listed is
/// reported as "not in the mapping tables"), and by prefix for ICD-10/ICD-10-CM (dots ignored) and ATC. The longest
/// matching prefix wins, so C34 (lung) beats C (any malignant neoplasm).
/// </summary>
internal static class FhirMappingTables
{
    /// <summary>Days before the assessment date within which a resolved infection still counts as recent (brief: ~3 months, unverified).</summary>
    public const int RecentInfectionDays = 90;

    /// <summary>Neurological symptoms that began or worsened within this many days are new (GIRFT cauda equina
    /// pathway via BMJ Best Practice, evidence brief: "recent-onset (&lt;14 days) or worsening").</summary>
    public const int RecentSymptomDays = 14;

    /// <summary>Days before the assessment date within which a procedure counts as recent (brief: ~3 months, unverified).</summary>
    public const int RecentProcedureDays = 90;

    /// <summary>Days before the assessment date within which a body temperature is current.</summary>
    public const int TemperatureWindowDays = 7;

    /// <summary>Days before the assessment date within which a laboratory result is current.</summary>
    public const int LaboratoryWindowDays = 90;

    /// <summary>Days before the assessment date within which body weights form a trend (6 months).</summary>
    public const int WeightTrendWindowDays = 183;

    /// <summary>The source of a built-in row that was not checked against a published source of its code system.</summary>
    public const string PublicUsage = "Public usage only; not checked against a published release or browser of the code system (review with a terminologist).";

    /// <summary>The source of SNOMED CT 386661006 Fever.</summary>
    /// <summary>A published SNOMED CT codelist (UK release, signed off by two clinicians) that lists 22325002 "Abnormal gait".</summary>
    public const string GaitSource = "OpenCodelists, OpenSAFELY 'Symptoms: mobility impairment' (https://opencodelists.org/codelist/opensafely/symptoms-mobility-impairment/7bb786bc), a SNOMED CT codelist: 22325002 'Abnormal gait'.";

    public const string FeverSource = "HL7 FHIR R4 example Condition/f201 (https://hl7.org/fhir/R4/condition-example-f201.json.html, CC0): SNOMED CT 386661006 'Fever'.";

    /// <summary>Days before the assessment date within which a coded fever is current (the window of a body temperature).</summary>
    public const int FeverWindowDays = TemperatureWindowDays;

    /// <summary>LOINC 75325-1 "Symptom": an Observation whose <c>valueCodeableConcept</c> names the symptom (HL7 FHIR Symptoms IG,
    /// profile SymptomObservation, https://build.fhir.org/ig/HL7/fhir-symptoms-ig/StructureDefinition-SymptomObservation.html).</summary>
    public const string SymptomObservationLoinc = "75325-1";

    /// <summary>SNOMED CT 2667000 "Absent (qualifier value)", the value of an Observation that records a symptom as absent
    /// (HL7 FHIR R4 example Observation/vomiting, https://hl7.org/fhir/R4/observation-example-vomiting.json.html, CC0).</summary>
    public const string AbsentQualifier = "2667000";

    /// <summary>SNOMED CT codes of a Condition category or code that mark a family-history record (never a personal history).</summary>
    public static readonly IReadOnlyList<string> FamilyHistoryCategoryCodes = ["416471007", "57177007"];

    private const string Sct = FhirCodeSystems.Snomed;
    private const string Icd = FhirCodeSystems.Icd10;
    private const string Atc = FhirCodeSystems.Atc;
    private const string Rx = FhirCodeSystems.RxNorm;
    private const string Cpt = FhirCodeSystems.Cpt;

    /// <summary>Codes of Conditions and FamilyMemberHistory conditions. ICD-10 rows also match ICD-10-CM codes.</summary>
    public static readonly IReadOnlyList<CodeRow> ConditionCodes =
    [
        // --- Malignant neoplasms, SNOMED CT (exact codes) ---
        new(Sct, "363346000", false, CodedMeaning.Cancer, CancerSite.Unknown, "Malignant neoplastic disease"),
        new(Sct, "254637007", false, CodedMeaning.Cancer, CancerSite.Lung, "Non-small cell lung cancer"),
        new(Sct, "254632001", false, CodedMeaning.Cancer, CancerSite.Lung, "Small cell carcinoma of lung"),
        new(Sct, "93880001", false, CodedMeaning.Cancer, CancerSite.Lung, "Primary malignant neoplasm of lung"),
        new(Sct, "363358000", false, CodedMeaning.Cancer, CancerSite.Lung, "Malignant tumour of lung"),
        new(Sct, "254837009", false, CodedMeaning.Cancer, CancerSite.Breast, "Malignant neoplasm of breast"),
        new(Sct, "399068003", false, CodedMeaning.Cancer, CancerSite.Prostate, "Malignant tumour of prostate"),
        new(Sct, "363518003", false, CodedMeaning.Cancer, CancerSite.Kidney, "Malignant tumour of kidney"),
        new(Sct, "363478007", false, CodedMeaning.Cancer, CancerSite.Thyroid, "Malignant tumour of thyroid gland"),
        new(Sct, "109989006", false, CodedMeaning.Cancer, CancerSite.Myeloma, "Multiple myeloma"),
        new(Sct, "118600007", false, CodedMeaning.Cancer, CancerSite.Lymphoma, "Malignant lymphoma"),
        new(Sct, "363406005", false, CodedMeaning.Cancer, CancerSite.Colorectal, "Malignant tumour of colon"),
        new(Sct, "363351006", false, CodedMeaning.Cancer, CancerSite.Colorectal, "Malignant tumour of rectum"),
        new(Sct, "363418001", false, CodedMeaning.Cancer, CancerSite.Other, "Malignant tumour of pancreas"),
        new(Sct, "363443007", false, CodedMeaning.Cancer, CancerSite.Other, "Malignant tumour of ovary"),
        new(Sct, "372244006", false, CodedMeaning.Cancer, CancerSite.Other, "Malignant melanoma"),
        new(Sct, "128462008", false, CodedMeaning.SecondaryCancer, CancerSite.Unknown, "Secondary malignant neoplastic disease"),
        new(Sct, "94222008", false, CodedMeaning.SecondaryCancer, CancerSite.Unknown, "Secondary malignant neoplasm of bone"),

        // --- Malignant neoplasms, ICD-10 (prefixes) ---
        new(Icd, "C", true, CodedMeaning.Cancer, CancerSite.Other, "C00-C97 Malignant neoplasms"),
        new(Icd, "C18", true, CodedMeaning.Cancer, CancerSite.Colorectal, "C18 Malignant neoplasm of colon"),
        new(Icd, "C19", true, CodedMeaning.Cancer, CancerSite.Colorectal, "C19 Malignant neoplasm of rectosigmoid junction"),
        new(Icd, "C20", true, CodedMeaning.Cancer, CancerSite.Colorectal, "C20 Malignant neoplasm of rectum"),
        new(Icd, "C34", true, CodedMeaning.Cancer, CancerSite.Lung, "C34 Malignant neoplasm of bronchus and lung"),
        new(Icd, "C44", true, CodedMeaning.Cancer, CancerSite.NonMelanomaSkin, "C44 Other malignant neoplasms of skin (non-melanoma)"),
        new(Icd, "C50", true, CodedMeaning.Cancer, CancerSite.Breast, "C50 Malignant neoplasm of breast"),
        new(Icd, "C61", true, CodedMeaning.Cancer, CancerSite.Prostate, "C61 Malignant neoplasm of prostate"),
        new(Icd, "C64", true, CodedMeaning.Cancer, CancerSite.Kidney, "C64 Malignant neoplasm of kidney"),
        new(Icd, "C65", true, CodedMeaning.Cancer, CancerSite.Kidney, "C65 Malignant neoplasm of renal pelvis"),
        new(Icd, "C73", true, CodedMeaning.Cancer, CancerSite.Thyroid, "C73 Malignant neoplasm of thyroid gland"),
        new(Icd, "C77", true, CodedMeaning.SecondaryCancer, CancerSite.Unknown, "C77 Secondary malignant neoplasm of lymph nodes"),
        new(Icd, "C78", true, CodedMeaning.SecondaryCancer, CancerSite.Unknown, "C78 Secondary malignant neoplasm of respiratory and digestive organs"),
        new(Icd, "C79", true, CodedMeaning.SecondaryCancer, CancerSite.Unknown, "C79 Secondary malignant neoplasm of other sites (incl. bone)"),
        new(Icd, "C80", true, CodedMeaning.Cancer, CancerSite.Unknown, "C80 Malignant neoplasm without specification of site"),
        new(Icd, "C81", true, CodedMeaning.Cancer, CancerSite.Lymphoma, "C81 Hodgkin lymphoma"),
        new(Icd, "C82", true, CodedMeaning.Cancer, CancerSite.Lymphoma, "C82 Follicular lymphoma"),
        new(Icd, "C83", true, CodedMeaning.Cancer, CancerSite.Lymphoma, "C83 Non-follicular lymphoma"),
        new(Icd, "C84", true, CodedMeaning.Cancer, CancerSite.Lymphoma, "C84 Mature T/NK-cell lymphomas"),
        new(Icd, "C85", true, CodedMeaning.Cancer, CancerSite.Lymphoma, "C85 Other non-Hodgkin lymphoma"),
        new(Icd, "C90", true, CodedMeaning.Cancer, CancerSite.Myeloma, "C90 Multiple myeloma and plasma cell neoplasms"),
        new(Icd, "Z85", true, CodedMeaning.Cancer, CancerSite.Unknown, "Z85 Personal history of malignant neoplasm"),
        new(Icd, "Z853", true, CodedMeaning.Cancer, CancerSite.Breast, "Z85.3 Personal history of malignant neoplasm of breast"),
        new(Icd, "Z8511", true, CodedMeaning.Cancer, CancerSite.Lung, "Z85.11 Personal history of malignant neoplasm of bronchus and lung (ICD-10-CM)"),
        new(Icd, "Z8546", true, CodedMeaning.Cancer, CancerSite.Prostate, "Z85.46 Personal history of malignant neoplasm of prostate (ICD-10-CM)"),
        new(Icd, "Z85828", true, CodedMeaning.Cancer, CancerSite.NonMelanomaSkin, "Z85.828 Personal history of other malignant neoplasm of skin (ICD-10-CM)"),

        // --- Family history of cancer (never personal) ---
        new(Sct, "275937001", false, CodedMeaning.FamilyHistoryOfCancer, CancerSite.Unknown, "Family history of cancer"),
        new(Sct, "312824007", false, CodedMeaning.FamilyHistoryOfCancer, CancerSite.Unknown, "Family history of cancer of colon"),
        new(Icd, "Z80", true, CodedMeaning.FamilyHistoryOfCancer, CancerSite.Unknown, "Z80 Family history of malignant neoplasm"),

        // --- Osteoporosis and fragility fracture ---
        new(Sct, "64859006", false, CodedMeaning.Osteoporosis, CancerSite.Unknown, "Osteoporosis"),
        new(Icd, "M80", true, CodedMeaning.OsteoporoticFracture, CancerSite.Unknown, "M80 Osteoporosis with current pathological fracture"),
        new(Icd, "M81", true, CodedMeaning.Osteoporosis, CancerSite.Unknown, "M81 Osteoporosis without current pathological fracture"),
        new(Icd, "M82", true, CodedMeaning.Osteoporosis, CancerSite.Unknown, "M82 Osteoporosis in diseases classified elsewhere"),

        // --- Immunosuppressing conditions ---
        new(Sct, "73211009", false, CodedMeaning.Immunosuppression, CancerSite.Unknown, "Diabetes mellitus"),
        new(Sct, "44054006", false, CodedMeaning.Immunosuppression, CancerSite.Unknown, "Diabetes mellitus type 2"),
        new(Sct, "46635009", false, CodedMeaning.Immunosuppression, CancerSite.Unknown, "Diabetes mellitus type 1"),
        new(Sct, "86406008", false, CodedMeaning.Immunosuppression, CancerSite.Unknown, "Human immunodeficiency virus infection"),
        new(Sct, "234532001", false, CodedMeaning.Immunosuppression, CancerSite.Unknown, "Immunodeficiency disorder"),
        new(Icd, "E08", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "E08 Diabetes due to underlying condition (ICD-10-CM)"),
        new(Icd, "E09", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "E09 Drug or chemical induced diabetes (ICD-10-CM)"),
        new(Icd, "E10", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "E10 Type 1 diabetes mellitus"),
        new(Icd, "E11", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "E11 Type 2 diabetes mellitus"),
        new(Icd, "E12", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "E12 Malnutrition-related diabetes mellitus"),
        new(Icd, "E13", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "E13 Other specified diabetes mellitus"),
        new(Icd, "E14", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "E14 Unspecified diabetes mellitus"),
        new(Icd, "B20", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "B20 HIV disease"),
        new(Icd, "B21", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "B21 HIV disease resulting in malignant neoplasms"),
        new(Icd, "B22", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "B22 HIV disease resulting in other specified diseases"),
        new(Icd, "B23", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "B23 HIV disease resulting in other conditions"),
        new(Icd, "B24", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "B24 Unspecified HIV disease"),
        new(Icd, "D80", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "D80 Immunodeficiency with predominantly antibody defects"),
        new(Icd, "D81", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "D81 Combined immunodeficiencies"),
        new(Icd, "D82", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "D82 Immunodeficiency associated with other major defects"),
        new(Icd, "D83", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "D83 Common variable immunodeficiency"),
        new(Icd, "D84", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "D84 Other immunodeficiencies"),
        new(Icd, "Z94", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "Z94 Transplanted organ and tissue status"),
        new(Icd, "N184", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "N18.4 Chronic kidney disease, stage 4"),
        new(Icd, "N185", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "N18.5 Chronic kidney disease, stage 5"),
        new(Icd, "N186", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "N18.6 End stage renal disease (ICD-10-CM)"),
        new(Icd, "K703", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "K70.3 Alcoholic cirrhosis of liver"),
        new(Icd, "K746", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "K74.6 Other and unspecified cirrhosis of liver"),

        // --- Infections and bacteraemia ---
        new(Sct, "5758002", false, CodedMeaning.Infection, CancerSite.Unknown, "Bacteraemia"),
        new(Sct, "91302008", false, CodedMeaning.Infection, CancerSite.Unknown, "Sepsis"),
        new(Sct, "128045006", false, CodedMeaning.Infection, CancerSite.Unknown, "Cellulitis"),
        new(Icd, "A40", true, CodedMeaning.Infection, CancerSite.Unknown, "A40 Streptococcal sepsis"),
        new(Icd, "A41", true, CodedMeaning.Infection, CancerSite.Unknown, "A41 Other sepsis"),
        new(Icd, "A49", true, CodedMeaning.Infection, CancerSite.Unknown, "A49 Bacterial infection of unspecified site"),
        new(Icd, "R7881", true, CodedMeaning.Infection, CancerSite.Unknown, "R78.81 Bacteraemia (ICD-10-CM)"),
        new(Icd, "L02", true, CodedMeaning.Infection, CancerSite.Unknown, "L02 Cutaneous abscess, furuncle and carbuncle"),
        new(Icd, "L03", true, CodedMeaning.Infection, CancerSite.Unknown, "L03 Cellulitis"),
        new(Icd, "I33", true, CodedMeaning.Infection, CancerSite.Unknown, "I33 Acute and subacute endocarditis"),
        new(Icd, "N390", true, CodedMeaning.Infection, CancerSite.Unknown, "N39.0 Urinary tract infection, site not specified"),

        // --- Current neurological symptoms recorded as problems or diagnoses (active only) ---
        new(Sct, "267064002", false, CodedMeaning.UrinaryRetention, CancerSite.Unknown, "Retention of urine"),
        new(Icd, "R33", true, CodedMeaning.UrinaryRetention, CancerSite.Unknown, "R33 Retention of urine"),
        new(Sct, "165232002", false, CodedMeaning.UrinaryIncontinence, CancerSite.Unknown, "Urinary incontinence"),
        new(Icd, "R32", true, CodedMeaning.UrinaryIncontinence, CancerSite.Unknown, "R32 Unspecified urinary incontinence"),
        new(Sct, "72042002", false, CodedMeaning.FaecalIncontinence, CancerSite.Unknown, "Incontinence of feces"),
        new(Icd, "R15", true, CodedMeaning.FaecalIncontinence, CancerSite.Unknown, "R15 Faecal incontinence"),
        new(Sct, "22325002", false, CodedMeaning.GaitDisturbance, CancerSite.Unknown, "Abnormal gait", GaitSource),
        new(Icd, "R26", true, CodedMeaning.GaitDisturbance, CancerSite.Unknown, "R26 Abnormalities of gait and mobility"),

        // --- Fever (a Condition or a coded Observation, current within the temperature window) ---
        new(Sct, "386661006", false, CodedMeaning.Fever, CancerSite.Unknown, "Fever", FeverSource),

        // --- Long-term steroid use recorded as a condition ---
        new(Icd, "Z7952", true, CodedMeaning.Corticosteroid, CancerSite.Unknown, "Z79.52 Long term (current) use of systemic steroids (ICD-10-CM)"),
    ];

    /// <summary>Medication codes (MedicationStatement, MedicationRequest, or a referenced Medication).</summary>
    public static readonly IReadOnlyList<CodeRow> MedicationCodes =
    [
        new(Atc, "H02AB", true, CodedMeaning.Corticosteroid, CancerSite.Unknown, "H02AB Glucocorticoids (systemic)"),
        new(Atc, "L04A", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "L04A Immunosuppressants"),
        new(Atc, "L01", true, CodedMeaning.Immunosuppression, CancerSite.Unknown, "L01 Antineoplastic agents (chemotherapy)"),
        new(Rx, "8640", false, CodedMeaning.Corticosteroid, CancerSite.Unknown, "prednisone (ingredient)"),
        new(Rx, "8638", false, CodedMeaning.Corticosteroid, CancerSite.Unknown, "prednisolone (ingredient)"),
        new(Rx, "3264", false, CodedMeaning.Corticosteroid, CancerSite.Unknown, "dexamethasone (ingredient)"),
        new(Rx, "6902", false, CodedMeaning.Corticosteroid, CancerSite.Unknown, "methylprednisolone (ingredient)"),
        new(Rx, "5492", false, CodedMeaning.Corticosteroid, CancerSite.Unknown, "hydrocortisone (ingredient)"),
        new(Rx, "1514", false, CodedMeaning.Corticosteroid, CancerSite.Unknown, "betamethasone (ingredient)"),
        new(Rx, "10759", false, CodedMeaning.Corticosteroid, CancerSite.Unknown, "triamcinolone (ingredient)"),
    ];

    /// <summary>Procedure codes that count as a spinal procedure.</summary>
    public static readonly IReadOnlyList<CodeRow> ProcedureCodes =
    [
        new(Sct, "55705006", false, CodedMeaning.SpinalProcedure, CancerSite.Unknown, "Spinal fusion"),
        new(Sct, "277762005", false, CodedMeaning.SpinalProcedure, CancerSite.Unknown, "Lumbar puncture"),
        new(Cpt, "62270", false, CodedMeaning.SpinalProcedure, CancerSite.Unknown, "Spinal puncture, lumbar, diagnostic"),
        new(Cpt, "62322", false, CodedMeaning.SpinalProcedure, CancerSite.Unknown, "Interlaminar epidural injection, lumbar or sacral"),
        new(Cpt, "62323", false, CodedMeaning.SpinalProcedure, CancerSite.Unknown, "Interlaminar epidural injection, lumbar or sacral, with imaging guidance"),
        new(Cpt, "64483", false, CodedMeaning.SpinalProcedure, CancerSite.Unknown, "Transforaminal epidural injection, lumbar or sacral"),
        new(Cpt, "22612", false, CodedMeaning.SpinalProcedure, CancerSite.Unknown, "Arthrodesis, posterior or posterolateral, lumbar"),
        new(Cpt, "22630", false, CodedMeaning.SpinalProcedure, CancerSite.Unknown, "Arthrodesis, posterior interbody, lumbar"),
        new(Cpt, "63030", false, CodedMeaning.SpinalProcedure, CancerSite.Unknown, "Laminotomy with decompression, lumbar"),
        new(Cpt, "63047", false, CodedMeaning.SpinalProcedure, CancerSite.Unknown, "Laminectomy with decompression, lumbar"),
    ];

    /// <summary>LOINC codes of the Observations read.</summary>
    public static readonly IReadOnlyList<ObservationRow> ObservationCodes =
    [
        new("8310-5", ObservationKind.BodyTemperature, "Body temperature"),
        new("8331-1", ObservationKind.BodyTemperature, "Oral temperature"),
        new("29463-7", ObservationKind.BodyWeight, "Body weight"),
        new("3141-9", ObservationKind.BodyWeight, "Body weight (measured)"),
        new("4537-7", ObservationKind.Esr, "ESR by Westergren method"),
        new("30341-2", ObservationKind.Esr, "Erythrocyte sedimentation rate"),
        new("1988-5", ObservationKind.Crp, "C reactive protein"),
        new("718-7", ObservationKind.Haemoglobin, "Haemoglobin"),
        new("17861-6", ObservationKind.TotalCalcium, "Calcium [mass/volume], serum or plasma"),
        new("2000-8", ObservationKind.TotalCalcium, "Calcium [moles/volume], serum or plasma"),
        new("29265-6", ObservationKind.AdjustedCalcium, "Calcium corrected for albumin [moles/volume], serum or plasma"),
        new("6690-2", ObservationKind.WhiteCellCount, "Leukocytes [#/volume] in blood, automated count"),
        new("26464-8", ObservationKind.WhiteCellCount, "Leukocytes [#/volume] in blood"),
        new("4691-2", ObservationKind.PlasmaViscosity, "Viscosity of plasma"),
    ];

    /// <summary>Finds the row for a LOINC observation code.</summary>
    public static ObservationRow? FindObservation(string? system, string? code)
    {
        if (!string.Equals(system, FhirCodeSystems.Loinc, StringComparison.Ordinal) || code is null)
        {
            return null;
        }

        foreach (var row in ObservationCodes)
        {
            if (string.Equals(row.Code, code.Trim(), StringComparison.Ordinal))
            {
                return row;
            }
        }

        return null;
    }

    public static CodeRow? Find(IReadOnlyList<CodeRow> table, string? system, string? code)
    {
        if (system is null || code is null)
        {
            return null;
        }

        // ICD-10-CM codes share the ICD-10 prefixes.
        var tableSystem = string.Equals(system, FhirCodeSystems.Icd10Cm, StringComparison.Ordinal) ? FhirCodeSystems.Icd10 : system;
        var normalised = NormaliseCode(tableSystem, code);
        CodeRow? best = null;
        foreach (var row in table)
        {
            if (!string.Equals(row.System, tableSystem, StringComparison.Ordinal))
            {
                continue;
            }

            var matches = row.IsPrefix
                ? normalised.StartsWith(row.Code, StringComparison.Ordinal)
                : string.Equals(normalised, row.Code, StringComparison.Ordinal);
            if (matches && (best is null || row.Code.Length > best.Value.Code.Length))
            {
                best = row;
            }
        }

        return best;
    }

    private static string NormaliseCode(string system, string code)
    {
        var trimmed = code.Trim();
        return string.Equals(system, FhirCodeSystems.Icd10, StringComparison.Ordinal) || string.Equals(system, FhirCodeSystems.Atc, StringComparison.Ordinal)
            ? trimmed.Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant()
            : trimmed;
    }
}
