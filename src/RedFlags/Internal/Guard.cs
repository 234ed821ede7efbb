using System;
using System.Runtime.CompilerServices;

namespace RedFlags.Internal;

/// <summary>Argument checks that read the same on every target framework.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
#if NET6_0_OR_GREATER
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
#else
        return value ?? throw new ArgumentNullException(name);
#endif
    }

    public static bool IsDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
#if NET5_0_OR_GREATER
        return Enum.IsDefined(value);
#else
        return Enum.IsDefined(typeof(TEnum), value);
#endif
    }
}
