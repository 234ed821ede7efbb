using System;
using System.Text;
using System.Text.Json;

namespace RedFlags.Cli.Batch;

/// <summary>
/// The <c>id</c> a line gives, read before (and whether or not) the line is valid: a result, an error row and the
/// shard a line falls in all carry the key the user gave, so that no result can be joined to another patient.
/// </summary>
internal static class PresentationId
{
    /// <summary>Longer strings are not taken as an id (a valid one has at most 64 characters, RF1013), so an error row stays small.</summary>
    public const int MaximumLength = 256;

    /// <summary>The string value of the first top-level <c>id</c> property of a JSON object, or null when there is
    /// none, it is not a string, it is too long or the text is not a JSON object.</summary>
    public static string? Read(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isId)
                {
                    var id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    return id is { Length: > 0 and <= MaximumLength } ? id : null;
                }

                reader.Skip();
            }

            return null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
