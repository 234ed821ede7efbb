using System;
using System.Text;
using System.Text.Json;
using RedFlags.Json;

namespace RedFlags.Cli;

/// <summary>
/// Turns presentation JSON into a <see cref="PatientPresentation"/>, settling the assessment date first: <c>--date</c>
/// overrides the input, and input without an <c>assessmentDate</c> is assessed as of today. Only the command line reads the
/// clock; the library never does.
/// </summary>
internal static class PresentationInput
{
    private static readonly byte[] s_propertyName = "assessmentDate"u8.ToArray();

    /// <summary>Today's local date: the default assessment date of the command line.</summary>
    public static CalendarDate Today => CalendarDate.FromDateTime(DateTime.Now);

    /// <summary>Parses presentation JSON with the date rules above.</summary>
    /// <exception cref="RedFlagsValidationException">Thrown when the JSON is malformed or the presentation invalid.</exception>
    public static PatientPresentation Parse(string json, CalendarDate? overrideDate, CalendarDate today)
        => RedFlagsJson.ParsePresentation(WithAssessmentDate(json, overrideDate, today));

    /// <summary>
    /// Returns the JSON with the assessment date settled. The date is spliced into the text rather than re-serialising the
    /// document, so that the line and position of any later parse error still point into the user's own text. Malformed JSON
    /// is returned unchanged, for the parser to report.
    /// </summary>
    public static string WithAssessmentDate(string json, CalendarDate? overrideDate, CalendarDate today)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (!TryLocate(bytes, out var objectEnd, out var isEmpty, out var valueStart, out var valueEnd))
        {
            return json;
        }

        // "assessmentDate": null counts as missing, like an absent property.
        var hasDate = valueStart >= 0;
        var isNull = hasDate && valueEnd - valueStart == 4 && bytes.AsSpan(valueStart, 4).SequenceEqual("null"u8);
        if (hasDate && !isNull && overrideDate is null)
        {
            return json;
        }

        var date = (overrideDate ?? today).ToString();
        string result;
        if (hasDate)
        {
            result = Encoding.UTF8.GetString(bytes, 0, valueStart) + "\"" + date + "\"" + Encoding.UTF8.GetString(bytes, valueEnd, bytes.Length - valueEnd);
        }
        else
        {
            // Added at the end of the object, so that every position before it (every member the user wrote) stays where
            // the user's text has it; added at the start, it moved every error on the first line of the object.
            var insert = (isEmpty ? string.Empty : ",") + "\"assessmentDate\":\"" + date + "\"";
            result = Encoding.UTF8.GetString(bytes, 0, objectEnd) + insert + Encoding.UTF8.GetString(bytes, objectEnd, bytes.Length - objectEnd);
        }

        return result;
    }

    private static bool TryLocate(byte[] bytes, out int objectEnd, out bool isEmpty, out int valueStart, out int valueEnd)
    {
        objectEnd = -1;
        isEmpty = false;
        valueStart = -1;
        valueEnd = -1;
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var first = true;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    objectEnd = checked((int)reader.TokenStartIndex);
                    isEmpty = first;
                    return true;
                }

                first = false;
                var isDate = reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(s_propertyName);
                if (!reader.Read())
                {
                    return false;
                }

                if (isDate && valueStart < 0)
                {
                    valueStart = checked((int)reader.TokenStartIndex);
                    reader.Skip();
                    valueEnd = checked((int)reader.BytesConsumed);
                }
                else
                {
                    reader.Skip();
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
