using System;
using System.Collections.Generic;
using RedFlags.Cli.Batch;

namespace RedFlags.Cli.Native;

/// <summary>
/// The native (AOT) build's stand-in for Fhir/FhirFeature.cs. RedFlags.Fhir is built on the Firely SDK, which binds its
/// model by reflection and cannot be trimmed or compiled ahead of time, so the native executable leaves it out: the FHIR
/// options exist (the command line is the same in every build) but <c>assess</c> reports that they are not available and
/// exits with <see cref="ExitCodes.NotAvailable"/> before calling anything here.
/// </summary>
internal static class FhirFeature
{
    /// <summary>Gets a value indicating whether this build can read and write FHIR: never in the native build.</summary>
    public static bool IsAvailable => false;

    public static bool TryLoadCodeTables(string json, string source, out object? tables)
        => throw new NotSupportedException(ExitCodes.FhirNotAvailableMessage);

    public static bool TryRead(string json, string source, CalendarDate assessmentDate, CareSetting setting, object? codeTables, TextOutput mappingOutput, out PatientPresentation presentation, out FhirReferences references)
        => throw new NotSupportedException(ExitCodes.FhirNotAvailableMessage);

    public static string ToBundleJson(Assessment assessment, FhirReferences? references, bool pretty = true)
        => throw new NotSupportedException(ExitCodes.FhirNotAvailableMessage);

    public static IReadOnlySet<string> BulkResourceTypes { get; } = new HashSet<string>();

    public static bool TryReadPatient(BulkPatient patient, CalendarDate assessmentDate, CareSetting setting, out PatientPresentation presentation, out IReadOnlyList<ValidationError> errors)
        => throw new NotSupportedException(ExitCodes.FhirNotAvailableMessage);

    public static string ToCdsHooksJson(Assessment assessment)
        => throw new NotSupportedException(ExitCodes.FhirNotAvailableMessage);
}
