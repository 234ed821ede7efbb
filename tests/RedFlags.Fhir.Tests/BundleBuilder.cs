using Hl7.Fhir.Model;

namespace RedFlags.Fhir.Tests;

/// <summary>Builds small FHIR R4 bundles by hand for the equivalence tests.</summary>
internal sealed class BundleBuilder
{
    private readonly Bundle _bundle = new() { Type = Bundle.BundleType.Collection };
    private int _next;

    public BundleBuilder Patient(string gender, string birthDate)
    {
        var patient = new Patient { Id = "p1", BirthDate = birthDate };
        patient.GenderElement = new Code<AdministrativeGender>(gender switch
        {
            "female" => AdministrativeGender.Female,
            "male" => AdministrativeGender.Male,
            _ => AdministrativeGender.Other,
        });
        return Add(patient);
    }

    public BundleBuilder Condition(string system, string code, string clinical = "active", string verification = "confirmed", string? onset = null, string? abatement = null, string? recorded = null)
    {
        var condition = new Condition
        {
            Id = "c" + (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ClinicalStatus = new CodeableConcept(FhirCodeSystems.ConditionClinical, clinical),
            VerificationStatus = new CodeableConcept(FhirCodeSystems.ConditionVerification, verification),
            Code = new CodeableConcept(system, code),
            Subject = new ResourceReference("Patient/p1"),
            RecordedDate = recorded,
        };
        if (onset is not null)
        {
            condition.Onset = new FhirDateTime(onset);
        }

        if (abatement is not null)
        {
            condition.Abatement = new FhirDateTime(abatement);
        }

        return Add(condition);
    }

    public BundleBuilder Observation(string loinc, decimal value, string ucum, string effective, string? interpretation = null, (decimal? Low, decimal? High)? range = null)
    {
        var observation = new Observation
        {
            Id = "o" + (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Status = ObservationStatus.Final,
            Code = new CodeableConcept(FhirCodeSystems.Loinc, loinc),
            Subject = new ResourceReference("Patient/p1"),
            Effective = new FhirDateTime(effective),
            Value = new Hl7.Fhir.Model.Quantity { Value = value, System = FhirCodeSystems.Ucum, Code = ucum, Unit = ucum },
        };
        if (interpretation is not null)
        {
            observation.Interpretation.Add(new CodeableConcept(FhirCodeSystems.ObservationInterpretation, interpretation));
        }

        if (range is var (low, high))
        {
            observation.ReferenceRange.Add(new Observation.ReferenceRangeComponent
            {
                Low = low is decimal l ? new Hl7.Fhir.Model.Quantity { Value = l, System = FhirCodeSystems.Ucum, Code = ucum, Unit = ucum } : null,
                High = high is decimal h ? new Hl7.Fhir.Model.Quantity { Value = h, System = FhirCodeSystems.Ucum, Code = ucum, Unit = ucum } : null,
            });
        }

        return Add(observation);
    }

    public BundleBuilder Steroid(string atc, string start, string? end, MedicationStatement.MedicationStatusCodes status = MedicationStatement.MedicationStatusCodes.Active)
    {
        var statement = new MedicationStatement
        {
            Id = "m" + (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Status = status,
            Medication = new CodeableConcept(FhirCodeSystems.Atc, atc),
            Subject = new ResourceReference("Patient/p1"),
            Effective = new Period { Start = start, End = end },
        };
        return Add(statement);
    }

    public BundleBuilder Add(Resource resource)
    {
        _bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:redflags-test:entry-" + (_bundle.Entry.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Resource = resource });
        return this;
    }

    public string Json() => TestData.Json(_bundle);
}
