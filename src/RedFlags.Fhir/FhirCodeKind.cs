namespace RedFlags.Fhir;

/// <summary>The kind of FHIR data a code of a <see cref="FhirCodeMapping"/> is read from.</summary>
public enum FhirCodeKind
{
    /// <summary><c>Condition.code</c> and <c>FamilyMemberHistory.condition.code</c>; the rows of symptoms and signs also
    /// <c>Observation.code</c> and, under the LOINC code 75325-1 "Symptom", <c>Observation.valueCodeableConcept</c>.</summary>
    Condition = 0,

    /// <summary>The medication of a MedicationStatement or MedicationRequest (a code, a contained or referenced Medication).</summary>
    Medication = 1,

    /// <summary><c>Procedure.code</c>.</summary>
    Procedure = 2,
}
