using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RedFlags.Json;

/// <summary>Writes documents the same way on every target: UTF-8, LF line endings, two-space indentation.</summary>
internal static class JsonOutput
{
    /// <summary>Writes a document through its generated contract.</summary>
    public static string Write<T>(JsonTypeInfo<T> contract, T value, bool indented) => Write(writer => JsonSerializer.Serialize(writer, value, contract), indented);

    /// <summary>Writes a document through its generated contract, as UTF-8 bytes.</summary>
    public static byte[] WriteBytes<T>(JsonTypeInfo<T> contract, T value, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options(indented)))
        {
            JsonSerializer.Serialize(writer, value, contract);
        }

        return stream.ToArray();
    }

    public static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options(indented)))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",

        // The output is a data file or API payload, never embedded in HTML, so readable clinical text
        // (apostrophes, "°C", "≥", emoji) is kept as it is instead of \u-escaped, and what is written can be read back.
        Encoder = JsonTextEncoder.Instance,
    };
}
