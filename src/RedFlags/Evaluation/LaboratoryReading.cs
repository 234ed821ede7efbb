using System;
using System.Globalization;

namespace RedFlags.Evaluation;

/// <summary>Reads the laboratory numbers of a presentation into their findings (brief §13.1): the laboratory's flag
/// when given, else its reference range, else the rule set's default limit; a number with none of these leaves its
/// finding unknown, and the reading keeps the value so that the question can name it.</summary>
/// <remarks>Pure: the presentation is not changed; a copy with the findings read is returned. Immutable.</remarks>
internal sealed class LaboratoryReading
{
    private const string DefaultSource = "default limit, not the laboratory's";

    // Per finding, in Lab order: how the finding was read from the number (null when it was not), and the number that
    // could not be read (null when there is none).
    private readonly string?[] _basis = new string?[Count];
    private readonly string?[] _unread = new string?[Count];

    private const int Count = 5;

    private LaboratoryReading()
    {
    }

    /// <summary>Reads the numbers; returns the presentation itself and no reading when there is nothing to read.</summary>
    public static PatientPresentation Apply(PatientPresentation presentation, LaboratoryLimits limits, out LaboratoryReading? reading)
    {
        reading = null;
        var labs = presentation.Labs;
        if (labs.AdjustedCalciumMillimolesPerLitre is null && labs.HaemoglobinGramsPerLitre is null && labs.WhiteCellCountBillionsPerLitre is null
            && labs.CrpMilligramsPerLitre is null && labs.PlasmaViscosityMillipascalSeconds is null)
        {
            return presentation;
        }

        var r = new LaboratoryReading();
        var read = labs with
        {
            Hypercalcaemia = r.Above(0, labs.Hypercalcaemia, labs.AdjustedCalciumMillimolesPerLitre, labs.AdjustedCalciumRange, limits.AdjustedCalciumAboveMillimolesPerLitre, LaboratoryLimits.Default.AdjustedCalciumAboveMillimolesPerLitre, "mmol/L", "UK Pathology Harmony range 2.20-2.60 mmol/L [V], brief §13.1"),
            Anaemia = r.Haemoglobin(labs, presentation.Sex, limits),
            Leukopenia = r.Below(2, labs.Leukopenia, labs.WhiteCellCountBillionsPerLitre, labs.WhiteCellCountRange, limits.WhiteCellCountBelowBillionsPerLitre, LaboratoryLimits.Default.WhiteCellCountBelowBillionsPerLitre, "x10^9/L", "lower limit printed by NHS laboratories [S], brief §13.1"),
            RaisedCrp = r.Above(3, labs.RaisedCrp, labs.CrpMilligramsPerLitre, labs.CrpRange, limits.CrpAboveMilligramsPerLitre, null, "mg/L", null),
            RaisedPlasmaViscosity = r.Above(4, labs.RaisedPlasmaViscosity, labs.PlasmaViscosityMillipascalSeconds, labs.PlasmaViscosityRange, limits.PlasmaViscosityAboveMillipascalSeconds, null, "mPa·s", null),
        };
        reading = r;
        return presentation with { Labs = read };
    }

    /// <summary>How a laboratory finding was read from its number, for example "adjusted calcium 2.85 mmol/L, above
    /// 2.6 mmol/L (default limit, not the laboratory's: ...)"; <see langword="null"/> when it was not read from one.</summary>
    public string? BasisOf(Finding finding) => Index(finding) is var i and >= 0 ? _basis[i] : null;

    /// <summary>The number that could not be read into the finding, for the question; <see langword="null"/> when none.</summary>
    public string? UnreadValueOf(Finding finding) => Index(finding) is var i and >= 0 ? _unread[i] : null;

    /// <summary>Whether any number could not be read, so that a question may have to name it.</summary>
    public bool HasUnreadValues => Array.Exists(_unread, static value => value is not null);

    private static int Index(Finding finding) => finding switch
    {
        Finding.Hypercalcaemia => 0,
        Finding.Anaemia => 1,
        Finding.Leukopenia => 2,
        Finding.RaisedCrp => 3,
        Finding.RaisedPlasmaViscosity => 4,
        _ => -1,
    };

    private static readonly string[] s_names = ["adjusted calcium", "haemoglobin", "white cell count", "CRP", "plasma viscosity"];

    private Presence Haemoglobin(LaboratoryResults labs, Sex sex, LaboratoryLimits limits)
    {
        const string Who = "WHO haemoglobin cutoffs 2024 [V], brief §13.1";
        var men = limits.HaemoglobinBelowInMenGramsPerLitre;
        var women = limits.HaemoglobinBelowInWomenGramsPerLitre;
        if (sex == Sex.Male)
        {
            return Below(1, labs.Anaemia, labs.HaemoglobinGramsPerLitre, labs.HaemoglobinRange, men, LaboratoryLimits.Default.HaemoglobinBelowInMenGramsPerLitre, "g/L", Who + ", men");
        }

        if (sex == Sex.Female)
        {
            return Below(1, labs.Anaemia, labs.HaemoglobinGramsPerLitre, labs.HaemoglobinRange, women, LaboratoryLimits.Default.HaemoglobinBelowInWomenGramsPerLitre, "g/L", Who + ", women");
        }

        // Sex not known (or neither limit applies): only a value below both limits is anaemia, and only one at or
        // above both is not; in between it stays unknown.
        if (labs.Anaemia != Presence.Unknown || labs.HaemoglobinGramsPerLitre is null || labs.HaemoglobinRange?.Low is not null || men is null || women is null)
        {
            return Below(1, labs.Anaemia, labs.HaemoglobinGramsPerLitre, labs.HaemoglobinRange, null, null, "g/L", null);
        }

        var low = men.Value < women.Value ? men : women;
        var high = men.Value < women.Value ? women : men;
        var value = labs.HaemoglobinGramsPerLitre.Value;
        if (value < low.Value)
        {
            return Below(1, Presence.Unknown, value, null, low, LaboratoryLimits.Default.HaemoglobinBelowInWomenGramsPerLitre, "g/L", Who + ", below the limits for men and for women");
        }

        if (value >= high.Value)
        {
            return Below(1, Presence.Unknown, value, null, high, LaboratoryLimits.Default.HaemoglobinBelowInMenGramsPerLitre, "g/L", Who + ", at or above the limits for men and for women");
        }

        _unread[1] = string.Concat(Number(value), " g/L, between the default limits for women and men, with sex not recorded");
        return Presence.Unknown;
    }

    private Presence Above(int index, Presence flag, double? value, ReferenceRange? range, double? limit, double? defaultLimit, string unit, string? citation)
        => Read(index, flag, value, range?.High, true, limit, defaultLimit, unit, citation);

    private Presence Below(int index, Presence flag, double? value, ReferenceRange? range, double? limit, double? defaultLimit, string unit, string? citation)
        => Read(index, flag, value, range?.Low, false, limit, defaultLimit, unit, citation);

    private Presence Read(int index, Presence flag, double? value, double? rangeEnd, bool above, double? limit, double? defaultLimit, string unit, string? citation)
    {
        if (flag != Presence.Unknown || value is not double number)
        {
            // The laboratory's flag always wins; no number, nothing to read.
            return flag;
        }

        string source;
        double end;
        if (rangeEnd is double fromRange)
        {
            end = fromRange;
            source = "laboratory range";
        }
        else if (limit is double fromLimit)
        {
            end = fromLimit;
            source = limit == defaultLimit && citation is not null ? string.Concat(DefaultSource, ": ", citation) : string.Concat(DefaultSource, ": the rule set's own limit");
        }
        else
        {
            _unread[index] = string.Concat(Number(number), " ", unit, " given without the laboratory's flag or range");
            return Presence.Unknown;
        }

        var outside = above ? number > end : number < end;
        _basis[index] = string.Concat(
            s_names[index], " ", Number(number), " ", unit, outside ? (above ? ", above " : ", below ") : (above ? ", not above " : ", not below "), Number(end), " ", unit, " (", source, ")");
        return outside ? Presence.Present : Presence.Absent;
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
