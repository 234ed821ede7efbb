using System.Diagnostics;
using System.Globalization;
using RedFlags.TestSupport;

namespace RedFlags.Fuzz;

/// <summary>Runs the tests' seeded mutator through a target in one process, without AFL++: the measurement of one
/// worker over a long run (issue #23: no input over 1 s, peak memory under 200 MB per worker).</summary>
internal static class MutationRun
{
    /// <returns>0 when every input kept the invariant and none took a second, else 1.</returns>
    public static int Run(string target, int count, int seed, IReadOnlyList<string> seedFiles)
    {
        var seeds = seedFiles.Select(File.ReadAllBytes).ToList();
        var mutator = new JsonMutator(seed);
        var clock = new Stopwatch();
        var total = Stopwatch.StartNew();
        var failures = 0;
        var slowest = TimeSpan.Zero;

        // The first call builds the catalogue and compiles the readers: process start-up, not an input's time.
        FuzzTargets.Run(target, seeds[0]);
        total.Restart();
        for (var i = 0; i < count; i++)
        {
            var input = mutator.Mutate(seeds[i % seeds.Count]);
            clock.Restart();
            try
            {
                FuzzTargets.Run(target, input);
            }
#pragma warning disable CA1031 // Every failure is counted and shown: that is the run's job.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures++;
                Console.WriteLine($"input {i.ToString(CultureInfo.InvariantCulture)} (seed {seed.ToString(CultureInfo.InvariantCulture)}): {ex.GetType().Name}: {ex.Message}");
            }

            if (clock.Elapsed > slowest)
            {
                slowest = clock.Elapsed;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(1))
            {
                failures++;
                Console.WriteLine($"input {i.ToString(CultureInfo.InvariantCulture)} (seed {seed.ToString(CultureInfo.InvariantCulture)}) took {clock.Elapsed.TotalMilliseconds:F0} ms");
            }
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target}: {count} inputs, {failures} failures, slowest {slowest.TotalMilliseconds:F1} ms, {total.Elapsed.TotalSeconds:F0} s, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB"));
        return failures == 0 ? 0 : 1;
    }
}
