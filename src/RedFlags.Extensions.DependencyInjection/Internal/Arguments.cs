using System;
using System.Runtime.CompilerServices;

namespace RedFlags.Internal;

/// <summary>Argument checks that read the same on every target framework.</summary>
internal static class Arguments
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
#if NET
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
#else
        return value ?? throw new ArgumentNullException(name);
#endif
    }

    public static string NotNullOrWhiteSpace(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
#if NET
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
#else
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        return string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("The value cannot be empty or white space.", name) : value;
#endif
    }

    public static bool IsDefined<T>(T value)
        where T : struct, Enum
    {
#if NET
        return Enum.IsDefined(value);
#else
        return Enum.IsDefined(typeof(T), value);
#endif
    }
}
