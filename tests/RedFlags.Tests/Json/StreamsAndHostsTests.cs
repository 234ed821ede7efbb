using System.Text;
using System.Text.Json;
using RedFlags.Json;
using static RedFlags.Tests.Json.JsonTestData;

namespace RedFlags.Tests.Json;

/// <summary>Reading and writing through streams and writers, and through a host's own serializer options.</summary>
public class StreamsAndHostsTests
{
    private static readonly JsonSerializerOptions s_host = new() { TypeInfoResolver = RedFlagsJson.TypeInfoResolver };
    private static readonly JsonSerializerOptions s_pascalCaseHost = new() { PropertyNamingPolicy = null, TypeInfoResolver = RedFlagsJson.TypeInfoResolver };

    [Fact]
    public async Task ReadPresentationAsync_Utf8Stream_EqualsTheSynchronousRead()
    {
        var json = RedFlagsJson.Serialize(Presentations["cauda-equina"]);

        var read = await RedFlagsJson.ReadPresentationAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(RedFlagsJson.ParsePresentation(json), read);
    }

    [Fact]
    public async Task ReadPresentationAsync_EndlessStream_StopsReadingJustPastTheLimit()
    {
        var stream = new EndlessStream();

        var exception = await Assert.ThrowsAsync<RedFlagsValidationException>(() => RedFlagsJson.ReadPresentationAsync(stream));

        Assert.Equal(ErrorCodes.JsonTooLarge, Assert.Single(exception.Errors).Code);
        Assert.InRange(stream.Delivered, RedFlagsJson.MaximumDocumentBytes + 1, RedFlagsJson.MaximumDocumentBytes + 81920);
    }

    [Fact]
    public async Task ReadPresentationAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RedFlagsJson.ReadPresentationAsync(new EndlessStream(), cancelled.Token));
    }

    [Fact]
    public async Task SerializeAsync_Assessment_WritesTheSameBytesAsSerialize()
    {
        var assessment = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(Presentations["cauda-equina"]);
        using var stream = new MemoryStream();

        await RedFlagsJson.SerializeAsync(assessment, stream, indented: true);

        Assert.Equal(RedFlagsJson.Serialize(assessment, indented: true), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Serialize_IntoAWriter_WritesTheSameDocument()
    {
        var presentation = Presentations["cauda-equina"];
        var assessment = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(presentation);

        Assert.Equal(RedFlagsJson.Serialize(presentation), Written(writer => RedFlagsJson.Serialize(presentation, writer)));
        Assert.Equal(RedFlagsJson.Serialize(assessment), Written(writer => RedFlagsJson.Serialize(assessment, writer)));
    }

    [Fact]
    public void TypeInfoResolver_HostOptionsWithPascalCase_StillReadAndWriteTheDocumentedShape()
    {
        var options = s_pascalCaseHost;
        var presentation = Presentations["cauda-equina"];
        var assessment = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(presentation);

        Assert.Equal(presentation, JsonSerializer.Deserialize<PatientPresentation>(RedFlagsJson.Serialize(presentation), options));
        // The same document; only the escaping of characters such as ' is the host writer's own.
        Assert.Equal(assessment, RedFlagsJson.ParseAssessment(JsonSerializer.Serialize(assessment, options)));
        Assert.Contains("\"urgency\":\"emergency\"", JsonSerializer.Serialize(assessment, options), StringComparison.Ordinal);
    }

    [Fact]
    public void TypeInfoResolver_InvalidPresentation_FailsWithEveryProblemInside()
    {
        var options = s_host;

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PatientPresentation>("""{"assessmentDate":"2025-03-14","ageYears":"x","pain":{"lumbr":"present"}}""", options));

        var problems = Assert.IsType<RedFlagsValidationException>(exception.InnerException);
        Assert.Equal([ErrorCodes.JsonWrongType, ErrorCodes.JsonUnknownProperty], problems.Errors.Select(e => e.Code));
    }

    [Fact]
    public void TypeInfoResolver_OtherTypes_AreLeftToTheHost()
        => Assert.Null(RedFlagsJson.TypeInfoResolver.GetTypeInfo(typeof(string), s_host));

    [Fact]
    public void ValidationProblemFor_Exception_TitlesTheSubjectAndListsEveryProblem()
    {
        var exception = Assert.Throws<RedFlagsValidationException>(() => RedFlagsJson.ParsePresentation("""{"ageYears":"x"}"""));

        var problem = ValidationProblem.For(exception);

        Assert.Equal(("The presentation is invalid.", 400, ValidationProblem.ErrorCodesPage), (problem.Title, problem.Status, problem.Type));
        Assert.Equal(exception.Errors, problem.Errors);
        Assert.StartsWith($"{exception.Errors.Count} problems; the first: RF", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationProblem_Written_IsCamelCaseRfc9457()
    {
        var problem = ValidationProblem.For(RedFlagsJson.ValidatePresentation("{}"), "presentation");
        var options = s_host;

        var json = JsonSerializer.Serialize(problem, options);

        Assert.StartsWith("""{"type":"https://github.com/redflags-dotnet/redflags/blob/main/docs/error-codes.md","title":"The presentation is invalid.","status":400,"detail":"1 problem: RF3004""", json, StringComparison.Ordinal);
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // A stream that never ends: "[" then spaces, counting what it delivered.
    private sealed class EndlessStream : Stream
    {
        public long Delivered { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Delivered; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Delivered += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
