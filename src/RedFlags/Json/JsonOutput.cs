using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RedFlags.Json;

/// <summary>Writes documents the same way on every target: UTF-8, LF line endings, two-space indentation.</summary>
internal static class JsonOutput
{
    /// <summary>Writes a document through its generated contract (<see cref="GeneratedContracts"/>, whose options hold
    /// the same writer settings as <see cref="Options"/>).</summary>
    /// <remarks>The serializer's own string and byte-array forms write into a pooled buffer and allocate only the
    /// result; a <see cref="MemoryStream"/> grown by doubling cost a full assessment about 60 KB more.</remarks>
    public static string Write<T>(JsonTypeInfo<T> contract, T value, bool indented)
        => JsonSerializer.Serialize(value, indented ? GeneratedContracts.Indented(contract) : contract);

    /// <summary>Writes a document through its generated contract, as UTF-8 bytes.</summary>
    public static byte[] WriteBytes<T>(JsonTypeInfo<T> contract, T value, bool indented)
        => JsonSerializer.SerializeToUtf8Bytes(value, indented ? GeneratedContracts.Indented(contract) : contract);

    public static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options(indented)))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    // The writer settings of the contracts' options (GeneratedContracts), for what is written without a contract.
    private static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        NewLine = GeneratedContracts.Options.NewLine,
        Encoder = GeneratedContracts.Options.Encoder,
    };
}
