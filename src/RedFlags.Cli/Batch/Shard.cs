using System;
using System.Globalization;
using System.Text;

namespace RedFlags.Cli.Batch;

/// <summary>
/// One of N shards of a population (<c>--shard i/N</c>, i from 0 to N-1, as a Kubernetes Indexed Job numbers its pods):
/// an input belongs to shard <c>FNV-1a-64(UTF-8 of its key) mod N</c>, where the key is the presentation's <c>id</c> (or
/// the patient's id in a FHIR bulk export) and, for a line without an id, its line number in decimal ("17"). N
/// processes over the same input therefore cover it exactly once, on any machine and in any .NET version.
/// </summary>
/// <param name="Index">The shard, 0 to <paramref name="Count"/> - 1.</param>
/// <param name="Count">How many shards there are, at least 1.</param>
internal readonly record struct Shard(int Index, int Count)
{
    private const ulong FnvOffsetBasis = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The whole input: one shard of one.</summary>
    public static Shard All => new(0, 1);

    /// <summary>Parses <c>i/N</c>, or returns the reason it is not a shard.</summary>
    public static bool TryParse(string text, out Shard shard, out string? error)
    {
        shard = All;
        error = null;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"'{text}' is not a shard: give i/N, for example 0/4 (shards are numbered 0 to N-1).";
            return false;
        }

        if (count < 1 || index >= count)
        {
            error = $"'{text}' is not a shard: N must be at least 1 and i from 0 to N-1 (0/{Math.Max(count, 1)} to {Math.Max(count, 1) - 1}/{Math.Max(count, 1)}).";
            return false;
        }

        shard = new Shard(index, count);
        return true;
    }

    /// <summary>Whether the input with this key (an id, or null for a line without one) is in this shard.</summary>
    public bool Contains(string? id, long lineNumber) =>
        Count == 1 || (int)(Hash(id ?? lineNumber.ToString(CultureInfo.InvariantCulture)) % (ulong)Count) == Index;

    /// <summary>FNV-1a, 64 bits, over the UTF-8 bytes of the key: small, fixed and documented, unlike string.GetHashCode,
    /// which differs between processes.</summary>
    public static ulong Hash(string key)
    {
        var hash = FnvOffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
