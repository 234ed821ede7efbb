using System.Collections.Generic;
using System.IO;

namespace RedFlags.Cli;

/// <summary>
/// Writes validation errors the way compilers do: <c>FILE:line:position: CODE path: message (value: …)</c>, followed by
/// "Did you mean '…'?" when the value is a near miss of a name the library knows.
/// </summary>
internal static class Diagnostics
{
    public static void WriteErrors(TextWriter writer, string source, IReadOnlyList<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            writer.WriteLine(Format(source, error));
        }
    }

    public static string Format(string source, ValidationError error)
    {
        var location = error.Line is long line
            ? $"{source}:{line}:{error.Position ?? 0}"
            : source;
        var path = string.IsNullOrEmpty(error.Path) ? string.Empty : " " + error.Path;
        var value = error.Value is null ? string.Empty : $" (value: {error.Value})";
        return $"{location}: {error.Code}{path}: {error.Message}{value}{Suggestions.For(error)}";
    }
}
