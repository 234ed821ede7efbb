namespace RedFlags.Evaluation;

/// <summary>Sets of small enum values held as the bits of a 64-bit word.</summary>
internal static class Bits
{
    /// <summary>How many bits are set.</summary>
    public static int Count(ulong bits)
    {
#if NET
        return System.Numerics.BitOperations.PopCount(bits);
#else
        var count = 0;
        for (var rest = bits; rest != 0; rest &= rest - 1)
        {
            count++;
        }

        return count;
#endif
    }

    /// <summary>The position of the lowest set bit; <paramref name="bits"/> is not zero.</summary>
    public static int Lowest(ulong bits)
    {
#if NET
        return System.Numerics.BitOperations.TrailingZeroCount(bits);
#else
        var position = 0;
        while ((bits & 1) == 0)
        {
            bits >>= 1;
            position++;
        }

        return position;
#endif
    }
}
