using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using RedFlags.Internal;
using RedFlags.Json;

namespace RedFlags;

/// <summary>Thrown when a presentation, rule or rule set is invalid; it lists every problem, not just the first.</summary>
/// <remarks>
/// The message is a primary line followed by one line per problem, in a deterministic order, so it can be compared
/// exactly in tests and logged as it is. Every problem prints as one line (see <see cref="ValidationError.Path"/>), and
/// at most about <see cref="RedFlagsJson.MaximumReportedProblems"/> are printed; <see cref="Errors"/> has them all.
/// </remarks>
public sealed class RedFlagsValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="subject">What was validated, for example "presentation" or "rule set".</param>
    /// <param name="errors">The problems; at least one.</param>
    public RedFlagsValidationException(string subject, IEnumerable<ValidationError> errors)
        : this(subject, ValueList<ValidationError>.From(errors, nameof(errors)))
    {
    }

    /// <summary>Creates the exception with a message only (for serialization frameworks and tests).</summary>
    public RedFlagsValidationException()
        : this("input", ValueList<ValidationError>.Empty)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public RedFlagsValidationException(string message)
        : base(message)
    {
        Errors = ValueList<ValidationError>.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RedFlagsValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = ValueList<ValidationError>.Empty;
    }

    private RedFlagsValidationException(string subject, ValueList<ValidationError> errors)
        : base(Format(subject, errors))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string Format(string subject, ValueList<ValidationError> errors)
    {
        var text = new StringBuilder();
        text.Append("The ").Append(subject).Append(" is invalid: ").Append(errors.Count).Append(errors.Count == 1 ? " problem." : " problems.");
        // A document read from JSON already stops at RedFlagsJson.MaximumReportedProblems and ends with the problem
        // that says how many more there were; problems built in code are cut here so that the message stays small.
        var shown = errors.Count <= RedFlagsJson.MaximumReportedProblems + 1 ? errors.Count : RedFlagsJson.MaximumReportedProblems;
        for (var i = 0; i < shown; i++)
        {
            text.Append('\n').Append("- ").Append(errors[i]);
        }

        if (shown < errors.Count)
        {
            text.Append('\n').Append("- ... and ").Append((errors.Count - shown).ToString(CultureInfo.InvariantCulture)).Append(" more, listed in Errors.");
        }

        return text.ToString();
    }
}
