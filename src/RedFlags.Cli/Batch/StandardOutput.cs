using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace RedFlags.Cli.Batch;

/// <summary>Standard output as a stream that reports a failed write.</summary>
internal static class StandardOutput
{
    /// <summary>
    /// Opens standard output for writing. On Unix, <see cref="Console.OpenStandardOutput()"/> ignores EPIPE, so a batch
    /// writing into a closed pipe would report success (issue #23, item 6); a stream on file descriptor 1 throws an
    /// <see cref="IOException"/> instead.
    /// </summary>
    public static Stream Open() => OperatingSystem.IsWindows()
        ? Console.OpenStandardOutput()
        : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
}
