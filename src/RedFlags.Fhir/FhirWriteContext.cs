using System;
using System.Collections.Generic;

namespace RedFlags.Fhir;

/// <summary>What the FHIR writer needs to know about the source data: the patient and the resources the assessment is based on.</summary>
public sealed record FhirWriteContext
{
    /// <summary>Gets the patient reference (for example <c>Patient/123</c>); when <see langword="null"/>, the subject is written as a display-only reference.</summary>
    public string? PatientReference { get; init; }

    /// <summary>Gets the references of the resources the assessment is based on (RiskAssessment.basis, DetectedIssue.implicated).</summary>
    public IReadOnlyList<string> BasisReferences { get; init; } = Array.Empty<string>();

    /// <summary>Creates the context of data read by <see cref="FhirPresentationReader"/>: its patient and every resource that gave a finding.</summary>
    /// <param name="report">The mapping report of the read.</param>
    /// <returns>The context.</returns>
    public static FhirWriteContext From(FhirMappingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new FhirWriteContext { PatientReference = report.PatientReference, BasisReferences = report.SourceReferences };
    }
}
