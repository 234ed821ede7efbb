using System.Text.RegularExpressions;
using RedFlags.Evaluation;
using RedFlags.Facts;

namespace RedFlags.Tests.Facts;

/// <summary>
/// Nothing about findings stops at 64: the snapshot is as many 64-bit words as the table needs, and the interpreter
/// reads a finding's slot from its word. Pinned here with a table of 256 findings.
/// </summary>
public sealed partial class ManyFindingsTests
{
    private const int Count = 256;

    [Fact]
    public void GeneratedSnapshot_For256Findings_PutsEachSlotInItsWordAndBit()
    {
        var findings = Enumerable.Range(0, Count)
            .Select(i => new FindingFact((Finding)(1000 + i), FactSection.Pain, $"Field{i}", $"Finding {i}") { HasOwnField = true })
            .ToArray();

        var code = FactTableGenerator.SnapshotCode(findings);

        // Each field is put at bit slot % 64 of the accumulator, and each word is stored once, at its end.
        var puts = PutPattern().Matches(code).Select(m => (Field: int.Parse(m.Groups[1].Value), Bit: int.Parse(m.Groups[2].Value))).ToArray();
        Assert.Equal(Enumerable.Range(0, Count), puts.Select(p => p.Field));
        Assert.All(puts, p => Assert.Equal(p.Field % 64, p.Bit));
        var stores = StorePattern().Matches(code).Select(m => int.Parse(m.Groups[1].Value)).ToArray();
        Assert.Equal([0, 1, 2, 3], stores);
        var lines = code.Split('\n');
        for (var word = 0; word < 4; word++)
        {
            // The word is stored after its last field and before the next word's first.
            var store = Array.FindIndex(lines, l => l.Contains($"present[{word}] = isPresent;", StringComparison.Ordinal));
            var last = Array.FindIndex(lines, l => l.Contains($"pain.Field{(word * 64) + 63},", StringComparison.Ordinal));
            Assert.True(store > last, $"word {word} stored before its last field");
            if (word < 3)
            {
                var nextFirst = Array.FindIndex(lines, l => l.Contains($"pain.Field{(word + 1) * 64},", StringComparison.Ordinal));
                Assert.True(store < nextFirst, $"word {word} stored after the next word's first field");
            }
        }
    }

    [Fact]
    public void InterpreterFindingTruths_WithSlotsUpTo255_ReadEachSlotFromItsOwnWord()
    {
        var random = new Random(64);
        var present = new ulong[Count / 64];
        var absent = new ulong[Count / 64];
        for (var w = 0; w < present.Length; w++)
        {
            present[w] = (ulong)random.NextInt64();
            absent[w] = (ulong)random.NextInt64() & ~present[w];
        }

        // Two tests per slot: unknown read as unknown, and unknown counted as present.
        var tests = Enumerable.Range(0, 2 * Count)
            .Select(n => new CriterionInterpreter.FindingTest(n, n % Count, (int)(n < Count ? Truth.Unknown : Truth.True)))
            .ToArray();
        var truths = new Truth[tests.Length];

        CriterionInterpreter.FindingTruths(present, absent, tests, truths);

        for (var n = 0; n < tests.Length; n++)
        {
            var slot = n % Count;
            var isPresent = ((present[slot / 64] >> (slot % 64)) & 1) == 1;
            var isAbsent = ((absent[slot / 64] >> (slot % 64)) & 1) == 1;
            var expected = isPresent ? Truth.True : isAbsent ? Truth.False : n < Count ? Truth.Unknown : Truth.True;
            Assert.True(expected == truths[n], $"slot {slot}: {truths[n]}, expected {expected}");
        }
    }

    [GeneratedRegex(@"FactBits\.Put\(pain\.Field(\d+), (\d+), ref isPresent, ref isAbsent\);")]
    private static partial Regex PutPattern();

    [GeneratedRegex(@"present\[(\d+)\] = isPresent;")]
    private static partial Regex StorePattern();
}
