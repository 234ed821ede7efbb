using System.Text;
using System.Text.RegularExpressions;

namespace RedFlags.TestSupport;

/// <summary>
/// Runs a reader over mutated inputs and checks the invariant of issue #23: every input is accepted, or rejected with
/// <see cref="RedFlagsValidationException"/> whose problems carry documented codes and print one line each; nothing
/// else comes out, and no input takes a second of the reading thread's processor time (<see cref="ThreadClock"/>). A
/// failure names the seed and input number that replay it.
/// </summary>
internal static partial class FuzzRun
{
    /// <summary>The seed of the run: <c>REDFLAGS_FUZZ_SEED</c>, or a fixed one so that CI is repeatable.</summary>
    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("REDFLAGS_FUZZ_SEED"), out var seed) ? seed : 20261203;

    /// <summary>The number of inputs: the test's CI count, times <c>REDFLAGS_FUZZ_SCALE</c> for long runs.</summary>
    public static int Inputs(int ciCount)
        => int.TryParse(Environment.GetEnvironmentVariable("REDFLAGS_FUZZ_SCALE"), out var scale) && scale > 0 ? ciCount * scale : ciCount;

    /// <summary>Reads <paramref name="count"/> mutations of the seeds and returns what happened.</summary>
    public static FuzzReport Check(string name, IReadOnlyList<byte[]> seeds, int count, Action<byte[]> read, int seedOffset = 0)
    {
        var mutator = new JsonMutator(Seed + seedOffset);
        var report = new FuzzReport(name);
        WarmUp(seeds[0], read);
        for (var i = 0; i < count; i++)
        {
            var input = mutator.Mutate(seeds[i % seeds.Count]);
            var clock = ThreadClock.StartNew();
            try
            {
                read(input);
                report.Accepted++;
            }
            catch (RedFlagsValidationException rejected)
            {
                report.Rejected++;
                var wrong = rejected.Errors.FirstOrDefault(e => !DocumentedCodes.Contains(e.Code) || e.ToString().Contains('\n', StringComparison.Ordinal) || e.ToString().Contains('\r', StringComparison.Ordinal));
                if (wrong is not null || rejected.Errors.Count == 0)
                {
                    report.Failures.Add($"input {i} (seed {Seed + seedOffset}): undocumented or multi-line problem '{wrong}' in {Describe(input)}");
                }
            }
            catch (Exception other)
            {
                report.Failures.Add($"input {i} (seed {Seed + seedOffset}): {other.GetType().Name}: {other.Message} for {Describe(input)}\n{other.StackTrace}");
            }

            var elapsed = clock.Elapsed;
            var wall = clock.WallElapsed;
            if (elapsed > report.Slowest)
            {
                report.Slowest = elapsed;
                report.SlowestInput = i;
            }

            if (elapsed > TimeSpan.FromSeconds(1))
            {
                report.Failures.Add($"input {i} (seed {Seed + seedOffset}) took {elapsed.TotalMilliseconds:F0} ms of the thread's processor time ({wall.TotalMilliseconds:F0} ms on the wall clock): {Describe(input)}");
            }

            if (report.Failures.Count >= 5)
            {
                break;
            }
        }

        return report;
    }

    /// <summary>Makes input <paramref name="inputIndex"/> of a run with <paramref name="seed"/> again, for a regression
    /// test of an input a long run found.</summary>
    public static byte[] Replay(IReadOnlyList<byte[]> seeds, int seed, int inputIndex)
    {
        var mutator = new JsonMutator(seed);
        var input = Array.Empty<byte>();
        for (var i = 0; i <= inputIndex; i++)
        {
            input = mutator.Mutate(seeds[i % seeds.Count]);
        }

        return input;
    }

    // The first call of a reader compiles its code; it is not the input's time.
    private static void WarmUp(byte[] seed, Action<byte[]> read)
    {
        try
        {
            read(seed);
        }
        catch (RedFlagsValidationException)
        {
            // A seed may be invalid on purpose; only the time of the first call matters here.
        }
    }

    /// <summary>The codes listed in <c>docs/error-codes.md</c>.</summary>
    public static IReadOnlySet<string> DocumentedCodes { get; } = CodeRow()
        .Matches(File.ReadAllText(RepositoryFiles.PathOf("docs/error-codes.md")))
        .Select(m => m.Groups["code"].Value)
        .ToHashSet(StringComparer.Ordinal);

    private static string Describe(byte[] input)
        => input.Length <= 300 ? "base64 " + Convert.ToBase64String(input) : $"{input.Length} bytes starting base64 {Convert.ToBase64String(input, 0, 300)}";

    [GeneratedRegex(@"^\| (?<code>RF\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();
}

/// <summary>What a fuzz run saw.</summary>
internal sealed class FuzzReport(string name)
{
    public string Name { get; } = name;

    public int Accepted { get; set; }

    public int Rejected { get; set; }

    public TimeSpan Slowest { get; set; }

    public int SlowestInput { get; set; }

    public List<string> Failures { get; } = [];

    public override string ToString()
        => new StringBuilder()
            .Append(Name).Append(": ").Append(Accepted).Append(" accepted, ").Append(Rejected).Append(" rejected, slowest ")
            .Append(Slowest.TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)).Append(" ms (input ").Append(SlowestInput).Append(')')
            .AppendJoin("", Failures.Select(f => "\n" + f))
            .ToString();
}
