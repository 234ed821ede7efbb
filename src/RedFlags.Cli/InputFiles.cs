using System;
using System.IO;
using System.Text;

namespace RedFlags.Cli;

/// <summary>Opens the input a command names: a file, or standard input for <c>-</c>.</summary>
internal static class InputFiles
{
    public const string StandardInput = "-";

    /// <summary>The largest FHIR input <c>assess --fhir</c> reads (32 MiB): a patient's Bundle, never a whole export.</summary>
    public const long MaximumFhirBytes = 32L * 1024 * 1024;

    /// <summary>
    /// Reads the whole input as text, or writes the reason to standard error and returns false with the exit code to use:
    /// <see cref="ExitCodes.UsageOrIOError"/> for a directory or a file that cannot be read, <see cref="ExitCodes.InvalidInput"/>
    /// for an empty one.
    /// </summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="expected">What the input should hold, for the message about an empty input, for example "a presentation JSON object".</param>
    /// <param name="text">The text read.</param>
    /// <param name="exitCode">The exit code when the input cannot be used.</param>
    /// <param name="maximumBytes">The most bytes read: a larger input is refused as soon as reading passes the limit
    /// (<see cref="ExitCodes.InvalidInput"/>), without holding the rest in memory.</param>
    public static bool TryReadAllText(string path, string expected, out string text, out int exitCode, long maximumBytes = RedFlags.Json.RedFlagsJson.MaximumDocumentBytes)
    {
        text = string.Empty;
        exitCode = ExitCodes.UsageOrIOError;
        if (IsDirectory(path))
        {
            return false;
        }

        try
        {
            using var stream = path == StandardInput ? Console.OpenStandardInput() : File.OpenRead(path);
            if (!TryReadAtMost(stream, maximumBytes, out var bytes))
            {
                var name = path == StandardInput ? "standard input" : $"'{path}'";
                Console.Error.WriteLine($"redflags: {name} is larger than {maximumBytes} bytes (RF3008); nothing was read from it.");
                exitCode = ExitCodes.InvalidInput;
                return false;
            }

            text = s_utf8.GetString(bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"redflags: cannot read '{path}': {exception.Message}");
            return false;
        }

        if (JsonWhitespace.IsBlank(text))
        {
            var name = path == StandardInput ? "standard input" : $"'{path}'";
            Console.Error.WriteLine($"redflags: {name} is empty; expected {expected}.");
            exitCode = ExitCodes.InvalidInput;
            return false;
        }

        exitCode = ExitCodes.Success;
        return true;
    }

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Reads up to the limit, and one byte more to tell whether there was more. A byte-order mark is dropped, as
    // File.ReadAllText did.
    private static bool TryReadAtMost(Stream stream, long maximumBytes, out byte[] bytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maximumBytes)
            {
                bytes = [];
                return false;
            }
        }

        var all = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        bytes = all.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? all[3..].ToArray() : all.ToArray();
        return true;
    }

    /// <summary>Opens the input as a stream, or writes the reason to standard error and returns null.</summary>
    public static Stream? TryOpen(string path)
    {
        if (IsDirectory(path))
        {
            return null;
        }

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

    /// <summary>
    /// Whether the path names a directory, having written so to standard error (the operating system would say "access
    /// denied", which sends the user looking at permissions).
    /// </summary>
    public static bool IsDirectory(string path)
    {
        if (path == StandardInput || !Directory.Exists(path))
        {
            return false;
        }

        Console.Error.WriteLine($"redflags: '{path}' is a directory; give a file (or - for standard input).");
        return true;
    }
}
