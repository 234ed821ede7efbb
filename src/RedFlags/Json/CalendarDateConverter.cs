using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RedFlags.Json;

/// <summary>Writes and reads a <see cref="CalendarDate"/> as an ISO 8601 string, <c>yyyy-MM-dd</c>.</summary>
internal sealed class CalendarDateConverter : JsonConverter<CalendarDate>
{
    public override CalendarDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !CalendarDate.TryParse(reader.GetString(), out var date))
        {
            throw new JsonException("Expected a calendar date in the form yyyy-MM-dd.");
        }

        return date;
    }

    public override void Write(Utf8JsonWriter writer, CalendarDate value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
