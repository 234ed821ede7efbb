using RedFlags.Internal;

namespace RedFlags;

/// <summary>One problem found by validation: a stable code, where it is, the offending value and a message.</summary>
/// <remarks>
/// Codes are stable, documented in <c>docs/error-codes.md</c> and never reused. Paths use the JSON property names,
/// for example <c>systemic.temperatureCelsius</c> or <c>rules[3].criterion.allOf[1]</c>.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed record ValidationError
{
    /// <summary>Creates a validation error.</summary>
    /// <param name="code">The stable error code, for example <c>RF1004</c>.</param>
    /// <param name="path">Where the problem is.</param>
    /// <param name="value">The offending value as text, or <see langword="null"/> when there is none.</param>
    /// <param name="message">What is wrong, in English.</param>
    public ValidationError(string code, string path, string? value, string message)
    {
        Code = code;
        Path = path;
        Value = value;
        Message = message;
    }

    /// <summary>The longest path kept, in characters; a longer one is cut and says how much was left out.</summary>
    public const int MaximumPathLength = 500;

    /// <summary>The longest value excerpt kept, in characters; a longer one is cut and says how much was left out.</summary>
    public const int MaximumValueLength = 200;

    /// <summary>The longest message kept, in characters; a longer one is cut and says how much was left out.</summary>
    public const int MaximumMessageLength = 1000;

    private readonly string _path = string.Empty;
    private readonly string? _value;
    private readonly string _message = string.Empty;

    /// <summary>Gets the stable error code.</summary>
    public string Code { get; init; }

    /// <summary>Gets where the problem is, on one line: at most <see cref="MaximumPathLength"/> characters of it, then,
    /// when it was longer, <c>... (N more characters)</c>.</summary>
    /// <remarks>Paths, values and messages can hold text from the input; control, line-breaking and bidirectional
    /// characters in them are written as <c>\uXXXX</c>, so one problem always prints as one line.</remarks>
    public string Path { get => _path; init => _path = OneLineText.Of(value ?? string.Empty, MaximumPathLength); }

    /// <summary>Gets the offending value as text, on one line: at most <see cref="MaximumValueLength"/> characters of
    /// it, then, when it was longer, <c>... (N more characters)</c>; <see langword="null"/> when there is none.</summary>
    public string? Value { get => _value; init => _value = value is null ? null : OneLineText.Of(value, MaximumValueLength); }

    /// <summary>Gets what is wrong, on one line: at most <see cref="MaximumMessageLength"/> characters of it, then,
    /// when it was longer, <c>... (N more characters)</c>.</summary>
    public string Message { get => _message; init => _message = OneLineText.Of(value ?? string.Empty, MaximumMessageLength); }

    /// <summary>Gets the line (1-based) of the problem in a JSON document, when it came from one.</summary>
    public long? Line { get; init; }

    /// <summary>Gets the position (1-based byte position in the line) of the problem in a JSON document, when it came from one.</summary>
    public long? Position { get; init; }

    /// <summary>Formats the error on one line: <c>CODE path: message (value: ...)</c>.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString()
    {
        var location = Line is null ? string.Empty : $" (line {Line}, position {Position})";
        var value = Value is null ? string.Empty : $" (value: {Value})";
        return $"{Code} {Path}{location}: {Message}{value}";
    }
}
