using System.Diagnostics;

namespace RedFlags.Tests.Fuzzing;

/// <summary>The fuzz runs' stall detector counts the reading thread's processor time, so that a loaded machine does not
/// trip it and a stalled reader still does.</summary>
public class ThreadClockTests
{
    [Fact]
    public void Elapsed_WhileTheThreadSleeps_StaysFarBelowTheWallClock()
    {
        Assert.True(ThreadClock.IsAvailable, "the fuzz runs measure processor time on Linux and macOS, where CI runs");
        var clock = ThreadClock.StartNew();

        Thread.Sleep(300);

        Assert.True(clock.WallElapsed >= TimeSpan.FromMilliseconds(290), $"wall {clock.WallElapsed}");
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(100), $"processor {clock.Elapsed}");
    }

    [Fact]
    public void Elapsed_WhileTheThreadComputes_CountsTheWork()
    {
        var clock = ThreadClock.StartNew();

        // Busy until the thread itself has used 200 ms: a clock that never advanced would never let this loop end, so
        // the loop also stops after ten seconds on the wall clock.
        var wall = Stopwatch.StartNew();
        var spins = 0L;
        while (clock.Elapsed < TimeSpan.FromMilliseconds(200) && wall.Elapsed < TimeSpan.FromSeconds(10))
        {
            spins++;
        }

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(200), $"processor {clock.Elapsed} after {spins} spins");
        Assert.True(clock.Elapsed <= clock.WallElapsed + TimeSpan.FromMilliseconds(20), $"processor {clock.Elapsed}, wall {clock.WallElapsed}");
    }
}
