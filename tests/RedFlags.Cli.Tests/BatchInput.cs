using System.Text;

namespace RedFlags.Cli.Tests;

/// <summary>Generated batch inputs: the varied example cases repeated, each line with its own id.</summary>
internal static class BatchInput
{
    /// <summary>Writes <paramref name="count"/> lines to a temporary file, line n with the id <c>p-n</c>, and returns its path.</summary>
    public static string Write(int count)
    {
        var cases = File.ReadAllLines(Path.Combine(Cli.Examples, "cases.ndjson"));
        var path = TemporaryPath("ndjson");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        for (var i = 0; i < count; i++)
        {
            writer.WriteLine("{\"id\":\"p-" + (i + 1) + "\"," + cases[i % cases.Length][1..]);
        }

        return path;
    }

    public static string TemporaryPath(string extension) => Path.Combine(Path.GetTempPath(), $"redflags-{Guid.NewGuid():N}.{extension}");
}
