namespace RedFlags.Fhir;

/// <summary>The canonical URIs of the code systems that RedFlags.Fhir reads and writes.</summary>
public static class FhirCodeSystems
{
    /// <summary>SNOMED CT.</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>ICD-10 (WHO).</summary>
    public const string Icd10 = "http://hl7.org/fhir/sid/icd-10";

    /// <summary>ICD-10-CM (United States clinical modification); read with the same prefixes as ICD-10.</summary>
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

    /// <summary>LOINC.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>WHO Anatomical Therapeutic Chemical classification.</summary>
    public const string Atc = "http://www.whocc.no/atc";

    /// <summary>RxNorm.</summary>
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";

    /// <summary>CPT (procedures).</summary>
    public const string Cpt = "http://www.ama-assn.org/go/cpt";

    /// <summary>UCUM, the units of measure.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>HL7 Condition clinical status.</summary>
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    /// <summary>HL7 Condition verification status.</summary>
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /// <summary>HL7 v3 observation interpretation (H, L, N...).</summary>
    public const string ObservationInterpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    /// <summary>HL7 risk probability (negligible, low, moderate, high, certain).</summary>
    public const string RiskProbability = "http://terminology.hl7.org/CodeSystem/risk-probability";

    /// <summary>RedFlags rule identifiers (for example <c>CES-SADDLE</c>), used in written resources.</summary>
    public const string RedFlagsRule = "https://github.com/redflags-dotnet/redflags/rule";

    /// <summary>RedFlags rule sets (code = rule set id, version = rule set version), used in written resources.</summary>
    public const string RedFlagsRuleSet = "https://github.com/redflags-dotnet/redflags/rule-set";

    /// <summary>RedFlags suspected conditions (code = <see cref="SuspectedCondition"/> name), used in written resources.</summary>
    public const string RedFlagsCondition = "https://github.com/redflags-dotnet/redflags/suspected-condition";
}
