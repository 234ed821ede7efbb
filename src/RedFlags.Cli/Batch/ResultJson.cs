using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RedFlags.Json;

namespace RedFlags.Cli.Batch;

/// <summary>
/// Writes a batch result as one NDJSON record: <c>{"line":n,"id":"...","urgency":"...","summary":{...}}</c> (or
/// <c>"assessment"</c>, or <c>"fhir"</c>, as the shape says), or <c>{"line":n,"id":"...","errors":[...]}</c> listing
/// every problem. <c>line</c> and <c>id</c> come first so that a record can be joined to its input whatever follows.
/// </summary>
internal static class ResultJson
{
    public static string Write(BatchResult result, ResultShape shape) => Write(writer =>
    {
        if (result.Line is long line)
        {
            writer.WriteNumber("line", line);
        }

        if (result.Id is not null)
        {
            writer.WriteString("id", result.Id);
        }

        if (result.Summary is { } summary)
        {
            writer.WriteString("urgency", Names.Json(summary.Urgency));
            var (name, json) = shape switch
            {
                ResultShape.Full => ("assessment", RedFlagsJson.Serialize(Explained(result))),
                ResultShape.Fhir => ("fhir", FhirFeature.ToBundleJson(Explained(result), null, pretty: false)),
                _ => ("summary", RedFlagsJson.SerializeSummary(summary)),
            };
            writer.WritePropertyName(name);
            writer.WriteRawValue(json, skipInputValidation: true);
        }
        else
        {
            WriteErrors(writer, result);
        }
    });

    private static Assessment Explained(BatchResult result)
        => result.Assessment ?? throw new InvalidOperationException("The batch made only the summary of line " + result.Line + ", but the output writes the explained assessment.");

    private static void WriteErrors(Utf8JsonWriter writer, BatchResult result)
    {
        writer.WriteStartArray("errors");
        foreach (var error in result.Errors)
        {
            writer.WriteStartObject();
            writer.WriteString("code", error.Code);
            writer.WriteString("path", error.Path);
            if (error.Value is not null)
            {
                writer.WriteString("value", error.Value);
            }

            writer.WriteString("message", error.Message);
            if (error.Line is long line)
            {
                writer.WriteNumber("line", line);
            }

            if (error.Position is long position)
            {
                writer.WriteNumber("position", position);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        // The escaping of the library's own JSON (RedFlagsJson): ' stays ', not \u0027, in messages and values.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
