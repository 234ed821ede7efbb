using RedFlags.Cli.Batch;

namespace RedFlags.Cli.Tests;

/// <summary>Issue #21, item 4: --shard i/N splits a population so that N processes cover it exactly once.</summary>
public class BatchShardTests
{
    [Fact]
    public void Batch_ShardsOneToSeven_AreDisjointAndTheirUnionIsTheUnshardedRun()
    {
        // Lines with an id, lines without one (placed by line number), bad lines and a blank line.
        var lines = File.ReadLines(Path.Combine(Cli.Examples, "cases.ndjson")).Take(150)
            .Select((line, i) => i % 5 == 0 ? line : "{\"id\":\"enc-" + i + "\"," + line[1..])
            .Concat(["{\"id\":\"bad-1\",\"ageYears\":300}", "not json", string.Empty, "{\"ageYears\":-1}"])
            .ToArray();
        var input = BatchInput.TemporaryPath("ndjson");
        File.WriteAllLines(input, lines);
        try
        {
            var whole = Cli.Run("batch", input);
            Assert.True(whole.ExitCode == 1, whole.ToString());
            Assert.Equal(lines.Length - 1, whole.OutputLines.Length);

            for (var count = 1; count <= 7; count++)
            {
                var shards = Enumerable.Range(0, count).Select(index => Cli.Run("batch", input, "--shard", $"{index}/{count}")).ToArray();
                Assert.All(shards, shard => Assert.True(shard.ExitCode is 0 or 1, shard.ToString()));
                var union = shards.SelectMany(shard => shard.OutputLines).ToArray();
                Assert.Equal(union.Length, union.Distinct(StringComparer.Ordinal).Count());
                Assert.Equal(whole.OutputLines.Order(StringComparer.Ordinal), union.Order(StringComparer.Ordinal));
                if (count > 1)
                {
                    Assert.All(shards, shard => Assert.Contains("in other shards", shard.Error));
                }
            }
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Theory]
    [InlineData("3/2")]
    [InlineData("0/0")]
    [InlineData("2/2")]
    [InlineData("-1/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    public void Batch_BadShard_IsAUsageErrorNamingIt(string spec)
    {
        var result = Cli.Run("batch", Path.Combine(Cli.Examples, "cases.ndjson"), "--shard", spec);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{spec}' is not a shard", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("", 0xcbf29ce484222325)]
    [InlineData("a", 0xaf63dc4c8601ec8c)]
    [InlineData("foobar", 0x85944171f73967e8)]
    public void Hash_PublishedTestVectors_AreFnv1a64OverUtf8(string key, ulong expected)
    {
        // The published FNV-1a 64-bit test vectors: a shard must be the same on every machine and runtime.
        Assert.Equal(expected, Shard.Hash(key));
    }
}
