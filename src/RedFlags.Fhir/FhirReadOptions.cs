namespace RedFlags.Fhir;

/// <summary>Options of <see cref="FhirPresentationReader"/>: the code tables to read coded data with, and how strictly to parse.</summary>
public sealed record FhirReadOptions
{
    /// <summary>Gets the code tables: the built-in rows plus any local codes (default: <see cref="FhirCodeTables.Default"/>).</summary>
    public FhirCodeTables CodeTables { get; init; } = FhirCodeTables.Default;

    /// <summary>
    /// Gets a value indicating whether FHIR JSON text is checked against the FHIR R4 model as it is parsed (default:
    /// true). When true (the Firely SDK's strict mode), every breach of the model (a missing required element, a value
    /// in the wrong format, a wrong cardinality) is reported as a warning. When false (the SDK's syntax-only mode), only
    /// the JSON syntax is checked: reading is faster (see docs/benchmarks.md) and the report lists no model breaches
    /// (nor an element of unknown name, which is not read either way), while the data read, and so the presentation,
    /// are the same (a test pins this on every official HL7 example). A caller that discards the report, such as the
    /// CDS Hooks service, loses nothing by turning the checks off. Resources handed over already parsed
    /// (<see cref="FhirPresentationReader.ReadResources(System.Collections.Generic.IEnumerable{Hl7.Fhir.Model.Resource}, CalendarDate, CareSetting, FhirReadOptions)"/>)
    /// are not parsed again, so the option does not apply to them.
    /// </summary>
    public bool CheckResources { get; init; } = true;
}
