namespace RedFlags.Cli;

/// <summary>The process exit codes of <c>redflags</c>, documented in the help text and in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>The input was read but is invalid: the presentation, the FHIR data, some batch lines, or the rule set.</summary>
    public const int InvalidInput = 1;

    /// <summary>Usage or I/O error: bad command line, unknown rule, a file that cannot be read or written.</summary>
    public const int UsageOrIOError = 2;

    /// <summary>The feature asked for is not in this build: FHIR input or output in the native (AOT) executable.</summary>
    public const int NotAvailable = 3;

    /// <summary>A batch was stopped by SIGINT (Ctrl+C): 128 + 2, as shells report it. The records written are whole.</summary>
    public const int Interrupted = 130;

    /// <summary>A batch was stopped by SIGTERM (a job runner stopping a pod): 128 + 15. The records written are whole.</summary>
    public const int Terminated = 143;

    /// <summary>The exit-code paragraph appended to every command's help text.</summary>
    public const string HelpText = "Exit codes: 0 success; 1 invalid input (the presentation or FHIR data, one or more batch lines, or the rule set failed validation); 2 usage or I/O error (bad arguments, unknown rule, unreadable or unwritable file); 3 not available in this build (FHIR or Parquet in the native executable); 130 or 143 a batch stopped by SIGINT or SIGTERM (whole records written).";

    /// <summary>What the native build says when Parquet output is asked for.</summary>
    public const string ParquetNotAvailableMessage = "Parquet output (batch --format parquet) is not available in the native build of redflags; use the .NET tool (dotnet tool install --global RedFlags.Cli) or dotnet run --project src/RedFlags.Cli.";

    /// <summary>What the native build says when FHIR input or output is asked for.</summary>
    public const string FhirNotAvailableMessage = "FHIR input and output (--fhir, --format fhir, --format cds-hooks) are not available in the native build of redflags; use the .NET tool (dotnet tool install --global RedFlags.Cli) or dotnet run --project src/RedFlags.Cli.";
}
