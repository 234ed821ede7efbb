using System.Collections.Generic;
using RedFlags.Internal;

namespace RedFlags;

/// <summary>
/// Validation problems as an RFC 9457 "problem details" body, ready to return with HTTP status 400 as
/// <c>application/problem+json</c> (for example with ASP.NET Core's <c>Results.Json</c> and
/// <see cref="Json.RedFlagsJson.TypeInfoResolver"/>): <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, and every
/// problem under the extension member <c>errors</c> with its code, path, line and position.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ValidationProblem
{
    /// <summary>The <c>type</c> of every RedFlags validation problem: the page that documents the error codes.</summary>
    public const string ErrorCodesPage = "https://github.com/redflags-dotnet/redflags/blob/main/docs/error-codes.md";

    /// <summary>Gets the problem type: <see cref="ErrorCodesPage"/>.</summary>
    public string Type { get; init; } = ErrorCodesPage;

    /// <summary>Gets the short summary, for example "The presentation is invalid."</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Gets the HTTP status code: 400.</summary>
    public int Status { get; init; } = 400;

    /// <summary>Gets how many problems there are and the first of them, in one line.</summary>
    public string Detail { get; init; } = string.Empty;

    /// <summary>Gets every problem, in document order.</summary>
    public IReadOnlyList<ValidationError> Errors { get; init; } = ValueList<ValidationError>.Empty;

    /// <summary>Describes the problems of a validation result.</summary>
    /// <param name="result">The result; it should not be valid.</param>
    /// <param name="subject">What was validated, for the title, for example "presentation".</param>
    /// <returns>The problem details.</returns>
    /// <exception cref="System.ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static ValidationProblem For(ValidationResult result, string subject)
    {
        Guard.NotNull(result);
        Guard.NotNull(subject);
        return For(result.Errors, $"The {subject} is invalid.");
    }

    /// <summary>Describes the problems a <see cref="RedFlagsValidationException"/> lists.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The problem details; the title is the first line of the exception's message.</returns>
    /// <exception cref="System.ArgumentNullException">Thrown when <paramref name="exception"/> is <see langword="null"/>.</exception>
    public static ValidationProblem For(RedFlagsValidationException exception)
    {
        Guard.NotNull(exception);
        var message = exception.Message;
        var lineEnd = message.IndexOf('\n');
        var title = lineEnd < 0 ? message : message.Substring(0, lineEnd).TrimEnd('\r');
        var colon = title.IndexOf(':');
        return For(exception.Errors, colon < 0 ? title : title.Remove(colon) + ".");
    }

    private static ValidationProblem For(IReadOnlyList<ValidationError> errors, string title) => new()
    {
        Title = title,
        Detail = errors.Count switch
        {
            0 => "No problem was reported.",
            1 => "1 problem: " + errors[0],
            _ => $"{errors.Count} problems; the first: {errors[0]}",
        },
        Errors = ValueList<ValidationError>.From(errors, nameof(errors)),
    };
}
