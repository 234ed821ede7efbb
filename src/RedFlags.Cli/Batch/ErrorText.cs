using System.Collections.Generic;
using System.Linq;

namespace RedFlags.Cli.Batch;

/// <summary>The problems of a failed input as text, for a column that holds one string.</summary>
internal static class ErrorText
{
    /// <summary>One problem per line: <c>CODE path: message (value: …)</c>, as <see cref="Diagnostics"/> writes them without the file.</summary>
    public static string Of(IReadOnlyList<ValidationError> errors) =>
        string.Join('\n', errors.Select(error =>
        {
            var path = string.IsNullOrEmpty(error.Path) ? string.Empty : " " + error.Path;
            var value = error.Value is null ? string.Empty : $" (value: {error.Value})";
            return $"{error.Code}{path}: {error.Message}{value}";
        }));
}
