using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using RedFlags.Internal;
using RedFlags.Rules;

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

    /// <summary>The deepest nesting of JSON objects and arrays accepted (72).</summary>
    /// <remarks>Deep enough for a rule whose criterion nests to <see cref="RuleSet.MaximumCriterionDepth"/>: each
    /// criterion level is an object inside a group's array (two levels), under the document, its list of rules, the rule
    /// and a margin. At 64 a valid rule set at the criterion depth limit was written but could not be read back.</remarks>
    public const int MaximumDepth = (2 * RuleSet.MaximumCriterionDepth) + 8;

    /// <summary>The most problems reported for one document (100). Past it, reading stops collecting, checks that
    /// depend on the document's structure are not run, and one last problem (RF3013) says how many more were found,
    /// so time and memory stay in proportion to the input however broken it is.</summary>
    public const int MaximumReportedProblems = 100;

    /// <summary>Parses a presentation and validates it.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The presentation.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the document is malformed or the presentation is invalid; it lists every problem.</exception>
    public static PatientPresentation ParsePresentation(string json)
    {
        Guard.NotNull(json);
        var context = new JsonReadContext();
        var presentation = JsonSource.Read(json, context, ReadPresentation);
        context.ToResult().ThrowIfInvalid("presentation");
        return presentation!;
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

    /// <summary>Reads a presentation from a UTF-8 stream asynchronously (read to its end, which is not closed) and validates
    /// it; a stream longer than <see cref="MaximumDocumentBytes"/> is refused as soon as it passes the limit.</summary>
    /// <param name="utf8Json">The stream, for example an HTTP request body.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The presentation.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the document is malformed, too large or the presentation is invalid; it lists every problem.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async Task<PatientPresentation> ReadPresentationAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);
        var context = new JsonReadContext();
        var read = await JsonSource.TryReadAllAsync(utf8Json, context, cancellationToken).ConfigureAwait(false);
        return read is var (buffer, length)
            ? Presentation(buffer, length, context)
            : Presentation(Array.Empty<byte>(), 0, context);
    }

    /// <summary>Gets the contracts to add to a host's own <see cref="JsonSerializerOptions"/>, so that its serializer
    /// reads presentations and assessments strictly and writes them, and <see cref="ValidationProblem"/>, in the documented
    /// shape whatever its own options say. Other types are left to the host's other resolvers.</summary>
    /// <remarks>
    /// <para>In ASP.NET Core: <c>builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, RedFlagsJson.TypeInfoResolver));</c>
    /// A minimal API can then bind a <see cref="PatientPresentation"/> parameter and return an <see cref="Assessment"/>.
    /// A body with problems fails binding with a <see cref="JsonException"/> whose inner exception is the
    /// <see cref="RedFlagsValidationException"/> listing them (ASP.NET Core answers 400); to answer with every problem,
    /// read the body with <see cref="ReadPresentationAsync"/> and return <see cref="ValidationProblem.For(RedFlagsValidationException)"/>.</para>
    /// <para>Trimming- and AOT-safe: no reflection.</para>
    /// </remarks>
    public static IJsonTypeInfoResolver TypeInfoResolver => RedFlagsTypeInfoResolver.Instance;

    /// <summary>Checks a presentation document without throwing: JSON problems and presentation problems together.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>Every problem, in document order; <see cref="ValidationResult.Valid"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    public static ValidationResult ValidatePresentation(string json)
    {
        Guard.NotNull(json);
        var context = new JsonReadContext();
        JsonSource.Read(json, context, ReadPresentation);
        return context.ToResult();
    }

    /// <summary>Writes a presentation. Unknown findings, unspecified values and empty sections are left out.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="indented">Whether to indent the output (two spaces, LF line endings).</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when a value cannot be written in JSON: a number that is NaN or infinite
    /// (<c>RF1005</c>), an undefined enum value (<c>RF1008</c>), or no assessment date (<c>RF1001</c>: the model's "no date",
    /// 0001-01-01, is not a date a reader accepts). Other invalid values are written as they are.</exception>
    public static string Serialize(PatientPresentation presentation, bool indented = false)
    {
        Guard.NotNull(presentation);
        ThrowIfUnwritable(presentation);
        return JsonOutput.Write(GeneratedContracts.Presentation, presentation, indented);
    }

    /// <summary>Writes an assessment in the full shape: self-contained for audit, with each recommendation and citation
    /// written once and referred to by id, and no default or empty value written; every list is in its documented order.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="indented">Whether to indent the output (two spaces, LF line endings).</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="assessment"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the assessment holds a value JSON cannot represent (an undefined enum value, NaN).</exception>
    public static string Serialize(Assessment assessment, bool indented = false)
    {
        Guard.NotNull(assessment);
        return WriteAssessment(assessment, a => JsonOutput.Write(GeneratedContracts.Assessment, AssessmentDocument.Of(a), indented));
    }

    /// <summary>Writes the screening shape of an assessment (<see cref="AssessmentSummary"/>), with every list in its documented order.</summary>
    /// <param name="summary">The summary, for example <c>evaluator.Summarize(presentation)</c>.</param>
    /// <param name="indented">Whether to indent the output (two spaces, LF line endings).</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="summary"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the summary holds a value JSON cannot represent (an undefined enum value).</exception>
    public static string SerializeSummary(AssessmentSummary summary, bool indented = false)
    {
        Guard.NotNull(summary);
        try
        {
            return JsonOutput.Write(GeneratedContracts.Summary, summary, indented);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException("The summary holds a value that cannot be written in JSON: " + exception.Message, nameof(summary), exception);
        }
    }

    /// <summary>Parses an assessment summary written by <see cref="SerializeSummary(AssessmentSummary, bool)"/>.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the document is malformed or does not match the format; it lists every problem.</exception>
    public static AssessmentSummary ParseSummary(string json)
    {
        Guard.NotNull(json);
        var context = new JsonReadContext();
        var summary = JsonSource.Read(json, context, ReadSummary);
        context.ToResult().ThrowIfInvalid("assessment summary");
        return summary!;
    }

    /// <summary>Writes a presentation into a <see cref="Utf8JsonWriter"/> (which keeps its own options), as <see cref="Serialize(PatientPresentation, bool)"/> does.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when a value cannot be written in JSON (<c>RF1005</c>, <c>RF1008</c>, <c>RF1001</c>).</exception>
    public static void Serialize(PatientPresentation presentation, Utf8JsonWriter writer)
    {
        Guard.NotNull(presentation);
        Guard.NotNull(writer);
        ThrowIfUnwritable(presentation);
        JsonSerializer.Serialize(writer, presentation, GeneratedContracts.Presentation);
    }

    /// <summary>Writes an assessment into a <see cref="Utf8JsonWriter"/> (which keeps its own options), as <see cref="Serialize(Assessment, bool)"/> does.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the assessment holds a value JSON cannot represent.</exception>
    public static void Serialize(Assessment assessment, Utf8JsonWriter writer)
    {
        Guard.NotNull(assessment);
        Guard.NotNull(writer);
        WriteAssessment(assessment, a => { WriteAssessment(writer, a); return 0; });
    }

    /// <summary>Writes an assessment to a UTF-8 stream (not closed), exactly as <see cref="Serialize(Assessment, bool)"/> writes it.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="utf8Json">The stream, for example an HTTP response body.</param>
    /// <param name="indented">Whether to indent the output (two spaces, LF line endings).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the assessment holds a value JSON cannot represent.</exception>
    public static async Task SerializeAsync(Assessment assessment, Stream utf8Json, bool indented = false, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(assessment);
        Guard.NotNull(utf8Json);
        var bytes = WriteAssessment(assessment, a => JsonOutput.WriteBytes(GeneratedContracts.Assessment, AssessmentDocument.Of(a), indented));
#if NET
        await utf8Json.WriteAsync(bytes.AsMemory(), cancellationToken).ConfigureAwait(false);
#else
        await utf8Json.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
#endif
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
        var assessment = JsonSource.Read(json, context, ReadAssessment);
        context.ToResult().ThrowIfInvalid("assessment");
        return assessment!;
    }

    /// <summary>Writes the JSON Schema (2020-12) of presentation documents.</summary>
    internal static string PresentationSchema() => JsonSchemas.Presentation();

    private static PatientPresentation Presentation(byte[] bytes, int length, JsonReadContext context)
    {
        var presentation = context.HasErrors ? null : ReadPresentation(bytes, length, context);
        context.ToResult().ThrowIfInvalid("presentation");
        return presentation!;
    }

    /// <summary>Reads an assessment summary strictly; <see langword="null"/> when it could not be read at all.</summary>
    internal static AssessmentSummary? ReadSummary(byte[] bytes, int length, JsonReadContext context)
        => StrictReader.Read(bytes, length, JsonShapes.Summary, context, out _) as AssessmentSummary;

    /// <summary>Reads an assessment strictly; <see langword="null"/> when it could not be read at all.</summary>
    internal static Assessment? ReadAssessment(byte[] bytes, int length, JsonReadContext context)
        => StrictReader.Read(bytes, length, JsonShapes.Assessment, context, out var document) is AssessmentDocument read
            ? read.ToAssessment(document!)
            : null;

    /// <summary>Writes an assessment in the full shape (<see cref="AssessmentDocument"/>).</summary>
    internal static void WriteAssessment(Utf8JsonWriter writer, Assessment assessment)
        => JsonSerializer.Serialize(writer, AssessmentDocument.Of(assessment), GeneratedContracts.Assessment);

    /// <summary>Reads a presentation strictly and validates it; <see langword="null"/> when it could not be read at all.</summary>
    internal static PatientPresentation? ReadPresentation(byte[] bytes, int length, JsonReadContext context)
    {
        if (StrictReader.Read(bytes, length, JsonShapes.Presentation, context, out var document) is not PatientPresentation presentation)
        {
            return null;
        }

        // The fast check first: an ordinary valid presentation builds no list of problems.
        if (!document!.Errors.IsFull && !PresentationValidator.IsValid(presentation))
        {
            document.AddSemantic(PresentationValidator.Validate(presentation).Errors);
        }

        return presentation;
    }

    private static void ThrowIfUnwritable(PatientPresentation presentation)
    {
        var unwritable = PresentationValidator.Validate(presentation).Errors
            .Where(e => e.Code is ErrorCodes.NumberNotFinite or ErrorCodes.UndefinedValue or ErrorCodes.AssessmentDateMissing)
            .ToArray();
        if (unwritable.Length > 0)
        {
            throw new RedFlagsValidationException("presentation", unwritable);
        }
    }

    private static T WriteAssessment<T>(Assessment assessment, Func<Assessment, T> write)
    {
        try
        {
            return write(assessment);
        }
        catch (JsonException exception)
        {
            // The enum converters refuse numbers, so an undefined enum value cannot be written.
            throw new ArgumentException("The assessment holds a value that cannot be written in JSON: " + exception.Message, nameof(assessment), exception);
        }
    }
}
