using System.Collections.Generic;
using System.Linq;
using RedFlags.Internal;

namespace RedFlags;

/// <summary>The outcome of validation: every problem at once, in a deterministic order.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ValidationResult
{
    private readonly ValueList<ValidationError> _errors;

    /// <summary>Creates a result from the problems found.</summary>
    /// <param name="errors">The problems; none means valid.</param>
    public ValidationResult(IEnumerable<ValidationError> errors) => _errors = ValueList<ValidationError>.From(errors, nameof(errors));

    /// <summary>Gets a valid result.</summary>
    public static ValidationResult Valid { get; } = new(ValueList<ValidationError>.Empty);

    /// <summary>Gets whether there are no problems.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>Gets the problems, in the order they were found (document order).</summary>
    public IReadOnlyList<ValidationError> Errors
    {
        get => _errors;
        init => _errors = ValueList<ValidationError>.From(value, nameof(Errors));
    }

    /// <summary>Throws a <see cref="RedFlagsValidationException"/> listing every problem, when there are any.</summary>
    /// <param name="subject">What was validated, for the message, for example "presentation".</param>
    /// <exception cref="RedFlagsValidationException">Thrown when the result is not valid.</exception>
    public void ThrowIfInvalid(string subject = "input")
    {
        if (!IsValid)
        {
            throw new RedFlagsValidationException(subject, _errors.ToArray());
        }
    }
}
