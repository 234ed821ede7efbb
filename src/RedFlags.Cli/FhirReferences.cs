using System.Collections.Generic;

namespace RedFlags.Cli;

/// <summary>
/// Where an assessment read from FHIR data came from: the Patient and the resources that gave a finding. The FHIR output
/// links to them (RiskAssessment.subject and basis, DetectedIssue.patient and implicated).
/// </summary>
/// <param name="Patient">The Patient reference (for example <c>Patient/f001</c>), or null when the data has none.</param>
/// <param name="Basis">The references of the resources that gave at least one finding.</param>
internal readonly record struct FhirReferences(string? Patient, IReadOnlyList<string> Basis);
