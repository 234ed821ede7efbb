using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RedFlags.Json;

/// <summary>
/// Lets a host's own <see cref="JsonSerializer"/> (ASP.NET Core's request binding and results) read a RedFlags document
/// strictly and write it in the documented shape, whatever the host's options: reading goes through the strict pass (and,
/// for presentations, validation), writing through the generated contract.
/// </summary>
/// <remarks>A document with problems fails with a <see cref="JsonException"/> whose inner exception is the
/// <see cref="RedFlagsValidationException"/> listing every problem (turn it into a 400 body with
/// <see cref="ValidationProblem.For(RedFlagsValidationException)"/>).</remarks>
internal sealed class DocumentConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly Func<byte[], int, JsonReadContext, T?>? _read;
    private readonly Action<Utf8JsonWriter, T> _write;
    private readonly string _subject;

    public DocumentConverter(Func<byte[], int, JsonReadContext, T?>? read, JsonTypeInfo<T> write, string subject)
        : this(read, (writer, value) => JsonSerializer.Serialize(writer, value, write), subject)
    {
    }

    public DocumentConverter(Func<byte[], int, JsonReadContext, T?>? read, Action<Utf8JsonWriter, T> write, string subject)
    {
        _read = read;
        _write = write;
        _subject = subject;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (_read is null)
        {
            throw new NotSupportedException($"A {_subject} is written by RedFlags, not read.");
        }

        // The serializer hands a custom converter the whole value; its raw text is read again by the strict pass, so the
        // problems' lines and positions count from the start of the value.
        using var value = JsonDocument.ParseValue(ref reader);
        var bytes = Encoding.UTF8.GetBytes(value.RootElement.GetRawText());
        var context = new JsonReadContext();
        var document = _read(bytes, bytes.Length, context);
        if (context.HasErrors || document is null)
        {
            var problems = new RedFlagsValidationException(_subject, context.ToResult().Errors);
            throw new JsonException(problems.Message, problems);
        }

        return document;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => _write(writer, value);
}
