using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using RedFlags.Internal;

namespace RedFlags.Json;

/// <summary>Reads and writes presentations and assessments as JSON, strictly and without reflection.</summary>
/// <remarks>
/// <para>Property names are the C# property names in camelCase; enums are camelCase names (numbers are rejected);
/// dates are ISO 8601 <c>yyyy-MM-dd</c>. A finding that is not written is unknown, never absent; writing omits unknown
/// findings and empty sections.</para>
/// <para>Reading reports every problem at once, each with its JSON path, 1-based line and byte position and a stable
/// <c>RF3xxx</c> code (and the <c>RF1xxx</c> problems of <see cref="PresentationValidator"/>); nothing is partly read.
/// Documents are limited to <see cref="MaximumDocumentBytes"/> bytes and <see cref="MaximumDepth"/> levels of nesting.
/// Documents are read by a strict pass that reports every problem (a serializer stops at the first), and written by
/// System.Text.Json contracts generated at compile time; neither uses reflection, so this type is trimming- and AOT-safe.
/// It has no state and is thread-safe.</para>
/// </remarks>
public static class RedFlagsJson
{
    /// <summary>The largest document accepted, in bytes of UTF-8 (4 MiB).</summary>
    public const int MaximumDocumentBytes = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays accepted.</summary>
    public const int MaximumDepth = 64;

    /// <summary>Parses a presentation and validates it.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The presentation.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the document is malformed or the presentation is invalid; it lists every problem.</exception>
    public static PatientPresentation ParsePresentation(string json)
    {
        Guard.NotNull(json);
        var context = new JsonReadContext();
        return JsonSource.TryGetBytes(json, context, out var bytes)
            ? Presentation(bytes, bytes.Length, context)
            : Presentation(Array.Empty<byte>(), 0, context);
    }

    /// <summary>Reads a presentation from a UTF-8 stream (read to its end, which is not closed) and validates it.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The presentation.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the document is malformed or the presentation is invalid; it lists every problem.</exception>
    public static PatientPresentation ReadPresentation(Stream utf8Json)
    {
        Guard.NotNull(utf8Json);
        var context = new JsonReadContext();
        return JsonSource.TryReadAll(utf8Json, context, out var buffer, out var length)
            ? Presentation(buffer, length, context)
            : Presentation(Array.Empty<byte>(), 0, context);
    }

    /// <summary>Checks a presentation document without throwing: JSON problems and presentation problems together.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>Every problem, in document order; <see cref="ValidationResult.Valid"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    public static ValidationResult ValidatePresentation(string json)
    {
        Guard.NotNull(json);
        var context = new JsonReadContext();
        if (JsonSource.TryGetBytes(json, context, out var bytes))
        {
            ReadPresentation(bytes, bytes.Length, context);
        }

        return context.ToResult();
    }

    /// <summary>Writes a presentation. Unknown findings, unspecified values and empty sections are left out.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="indented">Whether to indent the output (two spaces, LF line endings).</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when a value cannot be written in JSON: a number that is NaN or infinite
    /// (<c>RF1005</c>) or an undefined enum value (<c>RF1008</c>). Other invalid values are written as they are.</exception>
    public static string Serialize(PatientPresentation presentation, bool indented = false)
    {
        Guard.NotNull(presentation);
        var unwritable = PresentationValidator.Validate(presentation).Errors
            .Where(e => e.Code is ErrorCodes.NumberNotFinite or ErrorCodes.UndefinedValue)
            .ToArray();
        if (unwritable.Length > 0)
        {
            throw new RedFlagsValidationException("presentation", unwritable);
        }

        return JsonOutput.Write(GeneratedContracts.Presentation, presentation, indented);
    }

    /// <summary>Writes an assessment, with every list in its documented order.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="indented">Whether to indent the output (two spaces, LF line endings).</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="assessment"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the assessment holds a value JSON cannot represent (an undefined enum value, NaN).</exception>
    public static string Serialize(Assessment assessment, bool indented = false)
    {
        Guard.NotNull(assessment);
        try
        {
            return JsonOutput.Write(GeneratedContracts.Assessment, assessment, indented);
        }
        catch (JsonException exception)
        {
            // The enum converters refuse numbers, so an undefined enum value cannot be written.
            throw new ArgumentException("The assessment holds a value that cannot be written in JSON: " + exception.Message, nameof(assessment), exception);
        }
    }

    /// <summary>Parses an assessment written by <see cref="Serialize(Assessment, bool)"/>, for example to store and replay it.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the document is malformed or does not match the format; it lists every problem.</exception>
    public static Assessment ParseAssessment(string json)
    {
        Guard.NotNull(json);
        var context = new JsonReadContext();
        var assessment = JsonSource.TryGetBytes(json, context, out var bytes)
            ? StrictReader.Read(bytes, bytes.Length, JsonShapes.Assessment, context, out _)
            : null;
        context.ToResult().ThrowIfInvalid("assessment");
        return (Assessment)assessment!;
    }

    /// <summary>Writes the JSON Schema (2020-12) of presentation documents.</summary>
    internal static string PresentationSchema() => JsonSchemas.Presentation();

    private static PatientPresentation Presentation(byte[] bytes, int length, JsonReadContext context)
    {
        var presentation = context.HasErrors ? null : ReadPresentation(bytes, length, context);
        context.ToResult().ThrowIfInvalid("presentation");
        return presentation!;
    }

    private static PatientPresentation? ReadPresentation(byte[] bytes, int length, JsonReadContext context)
    {
        if (StrictReader.Read(bytes, length, JsonShapes.Presentation, context, out var document) is not PatientPresentation presentation)
        {
            return null;
        }

        var problems = PresentationValidator.Validate(presentation);
        if (!problems.IsValid)
        {
            document!.AddSemantic(problems.Errors);
        }

        return presentation;
    }
}
