namespace RedFlags.Fhir;

/// <summary>One row of a code table: a code (or a code prefix) of a code system and the finding it supplies.</summary>
/// <remarks>
/// The built-in rows are in <see cref="FhirCodeTables.Default"/>; a hospital adds its local codes (SNOMED CT, ICD-10,
/// UK dm+d, Read/CTV3 or any other system URI) with <see cref="FhirCodeTables.Add"/> or
/// <see cref="FhirCodeTables.FromJson"/>. A coded finding follows the same rules as a built-in one: statuses, and
/// dates for symptoms (see <c>docs/fhir.md</c>). The symptom and sign rows of kind <see cref="FhirCodeKind.Condition"/>
/// are also read from Observations that code the symptom.
/// </remarks>
public sealed record FhirCodeMapping
{
    /// <summary>Gets the kind of data the code is read from.</summary>
    public FhirCodeKind Kind { get; init; }

    /// <summary>Gets the code system URI (for example <c>http://snomed.info/sct</c>, <c>https://dmd.nhs.uk</c>).</summary>
    public string System { get; init; } = string.Empty;

    /// <summary>Gets the code; for a prefix row, the prefix (ICD-10 and ATC codes are compared without dots).</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets whether the row matches every code that starts with <see cref="Code"/> (the longest prefix wins).</summary>
    public bool IsPrefix { get; init; }

    /// <summary>Gets the finding the code supplies (see <see cref="FhirCodeTables.ReadableFindings"/>).</summary>
    public Finding Finding { get; init; }

    /// <summary>Gets the primary site, for a cancer (<see cref="Finding.PersonalHistoryOfCancer"/>).</summary>
    public CancerSite Site { get; init; }

    /// <summary>Gets a label for people, shown in the mapping report.</summary>
    public string Display { get; init; } = string.Empty;

    /// <summary>Gets the published source that says what the code means (a release file, a terminology browser page, a
    /// local code list); required for a local row. A built-in row names the source it was checked against, or says that
    /// it was checked against public usage only (see <c>docs/fhir.md</c>).</summary>
    public string Source { get; init; } = string.Empty;
}
