using System;
using System.Globalization;

namespace RedFlags;

/// <summary>A calendar date without a time of day or time zone, such as an assessment date or a date of birth.</summary>
/// <remarks>
/// <para>RedFlags has its own date type so that <c>net10.0</c> and <c>netstandard2.0</c> callers see one API;
/// on .NET it converts to and from <c>DateOnly</c>. It is written and read in ISO 8601 form, <c>yyyy-MM-dd</c>.</para>
/// <para><c>default(CalendarDate)</c> is 0001-01-01 and is treated by validation as "not given".</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>
{
    private readonly int _dayNumber;

    private CalendarDate(int dayNumber) => _dayNumber = dayNumber;

    /// <summary>Creates a date from its year, month and day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the parts do not form a valid date.</exception>
    public CalendarDate(int year, int month, int day)
        : this(DayNumberOf(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)))
    {
    }

    /// <summary>Gets the year.</summary>
    public int Year => ToDateTime().Year;

    /// <summary>Gets the month, 1 to 12.</summary>
    public int Month => ToDateTime().Month;

    /// <summary>Gets the day of the month.</summary>
    public int Day => ToDateTime().Day;

    /// <summary>Gets the number of days since 0001-01-01, the ordering key of dates.</summary>
    public int DayNumber => _dayNumber;

    /// <summary>Creates a date from the date part of a <see cref="DateTime"/>; the time of day is ignored.</summary>
    /// <param name="value">The date and time.</param>
    /// <returns>The calendar date.</returns>
    public static CalendarDate FromDateTime(DateTime value) => new(DayNumberOf(value.Date));

    /// <summary>Creates a date from its day number (days since 0001-01-01).</summary>
    /// <param name="dayNumber">The day number, 0 to 3,652,058.</param>
    /// <returns>The calendar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dayNumber"/> is outside 0001-01-01 to 9999-12-31.</exception>
    public static CalendarDate FromDayNumber(int dayNumber)
    {
        if (dayNumber < 0 || dayNumber > MaxDayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(dayNumber), dayNumber, "The day number must be between 0 (0001-01-01) and 3652058 (9999-12-31).");
        }

        return new CalendarDate(dayNumber);
    }

    /// <summary>Returns this date as a <see cref="DateTime"/> at midnight with an unspecified kind.</summary>
    /// <returns>The date at midnight.</returns>
    public DateTime ToDateTime() => new(_dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

#if NET6_0_OR_GREATER
    /// <summary>Creates a date from a <see cref="DateOnly"/>.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The calendar date.</returns>
    public static CalendarDate FromDateOnly(DateOnly value) => new(value.DayNumber);

    /// <summary>Returns this date as a <see cref="DateOnly"/>.</summary>
    /// <returns>The date.</returns>
    public DateOnly ToDateOnly() => DateOnly.FromDayNumber(_dayNumber);

    /// <summary>Converts a <see cref="DateOnly"/> to a <see cref="CalendarDate"/>.</summary>
    /// <param name="value">The date.</param>
    public static implicit operator CalendarDate(DateOnly value) => FromDateOnly(value);
#endif

    /// <summary>Returns the date a number of days later (or earlier, for a negative number).</summary>
    /// <param name="days">The number of days to add.</param>
    /// <returns>The new date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the result is outside 0001-01-01 to 9999-12-31.</exception>
    public CalendarDate AddDays(int days) => FromDayNumber(checked(_dayNumber + days));

    /// <summary>Returns the number of whole days from <paramref name="earlier"/> to this date (negative when it is later).</summary>
    /// <param name="earlier">The start date.</param>
    /// <returns>The number of days.</returns>
    public int DaysSince(CalendarDate earlier) => _dayNumber - earlier._dayNumber;

    /// <summary>Returns the number of completed years from <paramref name="earlier"/> to this date, as an age is counted.</summary>
    /// <param name="earlier">The start date, such as a date of birth.</param>
    /// <returns>Completed years; negative when <paramref name="earlier"/> is after this date.</returns>
    /// <remarks>A year is completed when the same month and day is reached; someone born on 29 February completes a
    /// year on 1 March in years that are not leap years.</remarks>
    public int CompletedYearsSince(CalendarDate earlier)
    {
        var start = earlier.ToDateTime();
        var end = ToDateTime();
        var years = end.Year - start.Year;
        if (end.Month < start.Month || (end.Month == start.Month && end.Day < start.Day))
        {
            years--;
        }

        return years;
    }

    /// <summary>Parses an ISO 8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The date, when parsing succeeds.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid date in that exact form.</returns>
    public static bool TryParse(string? text, out CalendarDate value)
    {
        if (text is null)
        {
            value = default;
            return false;
        }

        return TryParse(text.AsSpan(), out value);
    }

    // The exact form yyyy-MM-dd with ASCII digits, as DateTime.TryParseExact with that format and the invariant culture
    // reads it, without its general format machinery: every presentation has dates, and that parser was a third of
    // the time of reading one.
    internal static bool TryParse(ReadOnlySpan<char> text, out CalendarDate value)
    {
        value = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.Slice(0, 4), out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new CalendarDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int number)
    {
        number = 0;
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Parses an ISO 8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">Thrown when <paramref name="text"/> is not a valid date in that exact form.</exception>
    public static CalendarDate Parse(string text)
    {
        Internal.Guard.NotNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a calendar date in the form yyyy-MM-dd.");
    }

    /// <summary>Returns the date in ISO 8601 form, <c>yyyy-MM-dd</c>.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString()
    {
        var date = ToDateTime();
        return string.Concat(date.Year.ToString("D4", CultureInfo.InvariantCulture), "-", date.Month.ToString("D2", CultureInfo.InvariantCulture), "-", date.Day.ToString("D2", CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public bool Equals(CalendarDate other) => _dayNumber == other._dayNumber;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _dayNumber;

    /// <inheritdoc/>
    public int CompareTo(CalendarDate other) => _dayNumber.CompareTo(other._dayNumber);

    /// <summary>Compares two dates for equality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when both are the same day.</returns>
    public static bool operator ==(CalendarDate left, CalendarDate right) => left.Equals(right);

    /// <summary>Compares two dates for inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when they are different days.</returns>
    public static bool operator !=(CalendarDate left, CalendarDate right) => !left.Equals(right);

    /// <summary>Whether the first date is before the second.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is earlier.</returns>
    public static bool operator <(CalendarDate left, CalendarDate right) => left._dayNumber < right._dayNumber;

    /// <summary>Whether the first date is after the second.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is later.</returns>
    public static bool operator >(CalendarDate left, CalendarDate right) => left._dayNumber > right._dayNumber;

    /// <summary>Whether the first date is on or before the second.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not later.</returns>
    public static bool operator <=(CalendarDate left, CalendarDate right) => left._dayNumber <= right._dayNumber;

    /// <summary>Whether the first date is on or after the second.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(CalendarDate left, CalendarDate right) => left._dayNumber >= right._dayNumber;

    private const int MaxDayNumber = 3_652_058;

    private static int DayNumberOf(DateTime date) => (int)(date.Ticks / TimeSpan.TicksPerDay);
}
