using System;
using System.Collections.Generic;

namespace RedFlags.Fhir;

/// <summary>Thrown when local code mappings are not valid; <see cref="Errors"/> names every field and value at fault.</summary>
public sealed class FhirCodeTableException : Exception
{
    /// <summary>Initialises the exception with no errors.</summary>
    public FhirCodeTableException()
        : this([])
    {
    }

    /// <summary>Initialises the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public FhirCodeTableException(string message)
        : base(message)
    {
        Errors = [message];
    }

    /// <summary>Initialises the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FhirCodeTableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>Initialises the exception with the errors found.</summary>
    /// <param name="errors">The errors, each naming the field and the value.</param>
    public FhirCodeTableException(IReadOnlyList<string> errors)
        : base("The local code mappings are not valid: " + string.Join("; ", errors ?? []))
    {
        Errors = errors ?? [];
    }

    /// <summary>Gets the errors, each naming the field and the value (for example <c>codes[2].finding: 'saddle' is not a finding</c>).</summary>
    public IReadOnlyList<string> Errors { get; }
}
