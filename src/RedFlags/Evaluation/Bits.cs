namespace RedFlags.Evaluation;

/// <summary>Sets of small enum values held as the bits of a 64-bit word.</summary>
internal static class Bits
{
    /// <summary>The positions of the set bits, lowest first.</summary>
    public static int[] Ascending(ulong bits)
    {
        var count = 0;
        for (var rest = bits; rest != 0; rest &= rest - 1)
        {
            count++;
        }

        var positions = new int[count];
        for (int bit = 0, next = 0; next < count; bit++)
        {
            if (((bits >> bit) & 1) != 0)
            {
                positions[next++] = bit;
            }
        }

        return positions;
    }
}
