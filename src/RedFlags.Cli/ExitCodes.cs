namespace RedFlags.Cli;

/// <summary>The process exit codes of <c>redflags</c>, documented in the help text and in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>The input was read but is invalid: the presentation, some batch lines, or the rule set.</summary>
    public const int InvalidInput = 1;

    /// <summary>Usage or I/O error: bad command line, unknown rule, a file that cannot be read or written.</summary>
    public const int UsageOrIOError = 2;

    /// <summary>The exit-code paragraph appended to every command's help text.</summary>
    public const string HelpText = "Exit codes: 0 success; 1 invalid input (the presentation, one or more batch lines, or the rule set failed validation); 2 usage or I/O error (bad arguments, unknown rule, unreadable or unwritable file).";
}
