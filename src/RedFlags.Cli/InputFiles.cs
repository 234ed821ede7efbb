using System;
using System.IO;
using System.Text;

namespace RedFlags.Cli;

/// <summary>Opens the input a command names: a file, or standard input for <c>-</c>.</summary>
internal static class InputFiles
{
    public const string StandardInput = "-";

    /// <summary>Reads the whole input as text, or writes the reason to standard error and returns false.</summary>
    public static bool TryReadAllText(string path, out string text)
    {
        text = string.Empty;
        try
        {
            if (path == StandardInput)
            {
                using var reader = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
                text = reader.ReadToEnd();
                return true;
            }

            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"redflags: cannot read '{path}': {exception.Message}");
            return false;
        }
    }

    /// <summary>Opens the input as a stream, or writes the reason to standard error and returns null.</summary>
    public static Stream? TryOpen(string path)
    {
        try
        {
            return path == StandardInput
                ? Console.OpenStandardInput()
                : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"redflags: cannot read '{path}': {exception.Message}");
            return null;
        }
    }
}
