using System;

namespace RedFlags.Testing;

/// <summary>Thrown by the assertion helpers when an assessment is not what a test expected; the message explains what fired and why.</summary>
/// <remarks>Framework-neutral: xunit, NUnit and MSTest all report any exception as a test failure.</remarks>
public sealed class RedFlagsAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RedFlagsAssertionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was expected and what the assessment holds.</param>
    public RedFlagsAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RedFlagsAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
