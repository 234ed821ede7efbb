using System;
using System.Collections.Generic;
using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace RedFlags.Fhir.Internal;

/// <summary>Small, exception-free readers of FHIR values (tolerant: an invalid literal reads as missing).</summary>
internal static class FhirValues
{
    public static string Reference(Resource resource, string? fullUrl, int index)
    {
        var id = IdOf(resource);
        if (!string.IsNullOrWhiteSpace(id))
        {
            return resource.TypeName + "/" + id;
        }

        return !string.IsNullOrWhiteSpace(fullUrl) ? fullUrl : resource.TypeName + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
    }

    // A resource read in part (strict parsing reported problems) throws when a value of the wrong type is read, for
    // example "id": true; found by fuzzing. Such a resource is then named by its place, and mapping it is reported.
    private static string? IdOf(Resource resource)
    {
        try
        {
            return resource.Id;
        }
        catch (CodedException)
        {
            return null;
        }
    }

    public static IEnumerable<Coding> Codings(CodeableConcept? concept)
    {
        if (concept?.Coding is null)
        {
            yield break;
        }

        foreach (var coding in concept.Coding)
        {
            if (coding is not null && !string.IsNullOrWhiteSpace(coding.Code))
            {
                yield return coding;
            }
        }
    }

    public static IEnumerable<Coding> Codings(IEnumerable<CodeableConcept>? concepts)
    {
        if (concepts is null)
        {
            yield break;
        }

        foreach (var concept in concepts)
        {
            foreach (var coding in Codings(concept))
            {
                yield return coding;
            }
        }
    }

    public static string Text(Coding coding) => (coding.System ?? string.Empty) + "|" + coding.Code;

    /// <summary>The raw literal of a primitive (a code that is not in the SDK's value set reads as its text, without throwing).</summary>
    public static string? Literal(PrimitiveType? primitive) => primitive?.JsonValue?.ToString();

    /// <summary>The code of the first coding in a status concept, preferring the given system.</summary>
    public static string? StatusCode(CodeableConcept? concept, string system)
    {
        string? fallback = null;
        foreach (var coding in Codings(concept))
        {
            if (string.Equals(coding.System, system, StringComparison.Ordinal))
            {
                return coding.Code;
            }

            fallback ??= coding.System is null ? coding.Code : null;
        }

        return fallback;
    }

    /// <summary>Reads the calendar date of a FHIR date or dateTime literal; partial dates (year, year-month) read as missing.</summary>
    public static CalendarDate? Date(string? literal)
    {
        if (literal is null || literal.Length < 10)
        {
            return null;
        }

        return CalendarDate.TryParse(literal.Substring(0, 10), out var date) ? date : null;
    }

    /// <summary>Reads the latest date of a choice element (dateTime, Period (end, else start), instant, date).</summary>
    public static CalendarDate? LatestDate(DataType? value) => value switch
    {
        FhirDateTime dateTime => Date(Literal(dateTime)),
        Period period => Date(period.End) ?? Date(period.Start),
        Instant instant => instant.Value is DateTimeOffset at ? CalendarDate.FromDateTime(at.DateTime) : null,
        Date date => Date(Literal(date)),
        _ => null,
    };

    /// <summary>Reads the earliest date of a choice element (dateTime, Period (start), instant, date).</summary>
    public static CalendarDate? EarliestDate(DataType? value) => value is Period period ? Date(period.Start) : LatestDate(value);

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Lower(Enum value) => value.ToString().ToLowerInvariant();
}
