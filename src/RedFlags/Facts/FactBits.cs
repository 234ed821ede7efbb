using System.Runtime.CompilerServices;

namespace RedFlags.Facts;

/// <summary>The bit arithmetic of the generated snapshot and validity check.</summary>
internal static class FactBits
{
    // Valid presences are 0 (unknown), 1 (absent) and 2 (present): bit 1 is "present", bit 0 is "absent".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Put(Presence value, int bit, ref ulong present, ref ulong absent)
    {
        present |= (ulong)(((uint)value >> 1) & 1) << bit;
        absent |= (ulong)((uint)value & 1) << bit;
    }

    // A presence is valid when it is 0, 1 or 2. Adding 2^63 - 3 sets the top bit exactly for larger values (and for
    // negative ones, which are large as unsigned), so the sums of many fields OR-ed together test them all at once:
    // an add and an or per field instead of a compare, a set and an or.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Over(Presence value) => (ulong)(uint)value + 0x7FFF_FFFF_FFFF_FFFDUL;

    /// <summary>True when no value OR-ed into <paramref name="combinedOver"/> was over.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllDefined(ulong combinedOver) => (long)combinedOver >= 0;
}
