namespace RedFlags.Fhir;

/// <summary>Options of <see cref="FhirPresentationReader"/>: the code tables to read coded data with.</summary>
public sealed record FhirReadOptions
{
    /// <summary>Gets the code tables: the built-in rows plus any local codes (default: <see cref="FhirCodeTables.Default"/>).</summary>
    public FhirCodeTables CodeTables { get; init; } = FhirCodeTables.Default;
}
