using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RedFlags.TestSupport;

/// <summary>
/// Measures the processor time the calling thread uses from <see cref="StartNew"/> on. A stall detector should count
/// what the reader burns, not how long it waited for a core: on a shared two-core machine (CI runs several test
/// assemblies at once) a wall clock also counts the waiting, and a reader that is not stalled trips it.
/// </summary>
internal readonly struct ThreadClock
{
    // clock_gettime's clock of the calling thread's processor time.
    private const int LinuxThreadCpuTime = 3;
    private const int MacThreadCpuTime = 16;

    private readonly TimeSpan _processorStart;
    private readonly long _wallStart;

    private ThreadClock(TimeSpan processorStart, long wallStart)
    {
        _processorStart = processorStart;
        _wallStart = wallStart;
    }

    /// <summary>Whether the thread's processor time can be read here (Linux and macOS); elsewhere the clock falls back to
    /// the wall clock.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Starts measuring on the calling thread.</summary>
    public static ThreadClock StartNew() => new(IsAvailable ? ProcessorTime() : TimeSpan.Zero, Stopwatch.GetTimestamp());

    /// <summary>Gets the processor time the calling thread (the one that started the clock) has used since the start,
    /// or the wall-clock time where that cannot be read.</summary>
    public TimeSpan Elapsed => IsAvailable ? ProcessorTime() - _processorStart : Stopwatch.GetElapsedTime(_wallStart);

    /// <summary>Gets the wall-clock time since the start.</summary>
    public TimeSpan WallElapsed => Stopwatch.GetElapsedTime(_wallStart);

    private static TimeSpan ProcessorTime()
    {
        if (clock_gettime(OperatingSystem.IsLinux() ? LinuxThreadCpuTime : MacThreadCpuTime, out var time) != 0)
        {
            throw new InvalidOperationException($"clock_gettime failed with error {Marshal.GetLastPInvokeError()}.");
        }

        return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
