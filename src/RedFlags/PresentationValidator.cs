using System;
using System.Collections.Generic;
using System.Globalization;
using RedFlags.Facts;
using RedFlags.Internal;

namespace RedFlags;

/// <summary>Checks a <see cref="PatientPresentation"/> for impossible or contradictory values and reports every problem at once.</summary>
/// <remarks>
/// <para>Validation never throws for bad data: it returns a <see cref="ValidationResult"/>. Call
/// <see cref="ValidationResult.ThrowIfInvalid"/> to throw instead. A sparse presentation, with almost everything
/// unknown, is valid: only the assessment date is required.</para>
/// <para><see cref="RedFlagEvaluator"/> runs this validator on every call. When the presentation is valid, validation
/// allocates nothing. This type has no state and is thread-safe.</para>
/// </remarks>
public static class PresentationValidator
{
    /// <summary>The oldest age accepted, in years.</summary>
    public const int MaximumAgeYears = 130;

    /// <summary>The longest presentation id accepted, in characters.</summary>
    public const int MaximumIdLength = 64;

    /// <summary>Validates a presentation.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>Every problem found, in field order; <see cref="ValidationResult.Valid"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    public static ValidationResult Validate(PatientPresentation presentation)
    {
        Guard.NotNull(presentation);

        var errors = new Collector();
        Check(presentation, ref errors);
        return errors.List is null ? ValidationResult.Valid : new ValidationResult(errors.List);
    }

    /// <summary>Whether the presentation is valid, without building the list of problems.</summary>
    internal static bool IsValid(PatientPresentation presentation)
    {
        if (IsPlainlyValid(presentation))
        {
            return true;
        }

        var errors = new Collector();
        Check(presentation, ref errors);
        return errors.List is null;
    }

    // Ranges read once from the vocabulary, so that the fast check can never be laxer than the full one.
    private static readonly double s_maxPainDays = Vocabulary.Range(Quantity.PainDurationDays).Maximum;
    private static readonly double s_maxSteroidDays = Vocabulary.Range(Quantity.CorticosteroidDurationDays).Maximum;
    private static readonly double s_maxWeightLossWeeks = Vocabulary.Range(Quantity.WeightLossPeriodWeeks).Maximum;
    private static readonly (double Minimum, double Maximum) s_weightLoss = Vocabulary.Range(Quantity.WeightLossKilograms);
    private static readonly (double Minimum, double Maximum) s_postVoid = Vocabulary.Range(Quantity.PostVoidResidualMillilitres);
    private static readonly (double Minimum, double Maximum) s_esr = Vocabulary.Range(Quantity.EsrMillimetresPerHour);
    private static readonly (double Minimum, double Maximum) s_crp = Vocabulary.Range(Quantity.CrpMilligramsPerLitre);
    private static readonly (double Minimum, double Maximum) s_haemoglobin = Vocabulary.Range(Quantity.HaemoglobinGramsPerLitre);
    private static readonly (double Minimum, double Maximum) s_calcium = Vocabulary.Range(Quantity.AdjustedCalciumMillimolesPerLitre);
    private static readonly (double Minimum, double Maximum) s_whiteCells = Vocabulary.Range(Quantity.WhiteCellCountBillionsPerLitre);
    private static readonly (double Minimum, double Maximum) s_viscosity = Vocabulary.Range(Quantity.PlasmaViscosityMillipascalSeconds);

    // 130 years of 365 days: a date of birth no earlier than this many days before the assessment gives an age of at
    // most 130 completed years.
    private const int SafeAgeDays = MaximumAgeYears * 365;

    /// <summary>
    /// A branch-light check that returns true only when every rule of <see cref="Check"/> passes; it may return false
    /// for an unusual valid presentation (a date of birth together with an age, for example), which then takes the full
    /// check. It builds no path or message, so it costs a few nanoseconds.
    /// </summary>
    /// <remarks>Internal so that tests can pin that it accepts every ordinary valid presentation (the fast path).</remarks>
    internal static bool IsPlainlyValid(PatientPresentation p)
    {
        var assessed = p.AssessmentDate;
        if (assessed == default
            || (p.AgeYears is int age && (uint)age > MaximumAgeYears)
            || (p.DateOfBirth is CalendarDate born && (p.AgeYears is not null || born > assessed || assessed.DayNumber - born.DayNumber > SafeAgeDays))
            || (uint)p.Sex > (uint)Sex.Other
            || (uint)p.CareSetting > (uint)CareSetting.Oncology
            || (p.Id is not null && !IsValidId(p.Id))
            || !FactTable.OwnFieldsArePlainlyValid(p))
        {
            return false;
        }

        var pain = p.Pain;
        if (pain.OnsetDate is CalendarDate onset && (onset > assessed || pain.DurationDays is not null))
        {
            return false;
        }

        if (pain.DurationDays is int painDays && (painDays < 0 || painDays > s_maxPainDays))
        {
            return false;
        }

        var history = p.History;
        if ((uint)history.Trauma > (uint)TraumaSeverity.HighEnergy)
        {
            return false;
        }

        if (history.CorticosteroidDurationDays is int steroidDays
            && (steroidDays < 0 || steroidDays > s_maxSteroidDays || (steroidDays > 0 && history.CorticosteroidUse == Presence.Absent)))
        {
            return false;
        }

        var cancers = history.Cancers;
        for (var i = 0; i < cancers.Count; i++)
        {
            var cancer = cancers[i];
            if ((uint)cancer.PrimarySite > (uint)CancerSite.Other || Bad(cancer.Metastatic) || Bad(cancer.UnderTreatment)
                || (cancer.DiagnosisDate is CalendarDate diagnosed && diagnosed > assessed)
                || (cancer.PrimarySite != CancerSite.NonMelanomaSkin && history.PersonalHistoryOfCancer == Presence.Absent))
            {
                return false;
            }
        }

        var systemic = p.Systemic;
        if (Outside(systemic.WeightLossKilograms, s_weightLoss)
            || (systemic.WeightLossPeriodWeeks is int weeks && (weeks < 0 || weeks > s_maxWeightLossWeeks))
            || Outside(systemic.TemperatureCelsius, (25, 45)))
        {
            return false;
        }

        var n = p.Neurology;
        if ((uint)n.LegWeakness > (uint)LegWeakness.Progressive || (uint)n.LegSymptoms > (uint)LegSymptomSide.BothLegs)
        {
            return false;
        }

        var e = p.Examination;
        var labs = p.Labs;
        return !(Outside(e.PostVoidResidualMillilitres, s_postVoid)
            || Outside(labs.EsrMillimetresPerHour, s_esr)
            || Outside(labs.CrpMilligramsPerLitre, s_crp)
            || Outside(labs.HaemoglobinGramsPerLitre, s_haemoglobin)
            || Outside(labs.AdjustedCalciumMillimolesPerLitre, s_calcium)
            || Outside(labs.WhiteCellCountBillionsPerLitre, s_whiteCells)
            || Outside(labs.PlasmaViscosityMillipascalSeconds, s_viscosity)
            || BadRange(labs.CrpRange)
            || BadRange(labs.HaemoglobinRange)
            || BadRange(labs.AdjustedCalciumRange)
            || BadRange(labs.WhiteCellCountRange)
            || BadRange(labs.PlasmaViscosityRange));
    }

    // Brief §13: a reference range is read in place of a default limit, so it must make sense: finite ends, not
    // negative, low below high, at least one end.
    private static bool BadRange(ReferenceRange? range)
        => range is not null && RangeProblem(range) is not null;

    private static string? RangeProblem(ReferenceRange range)
    {
        if (range.Low is null && range.High is null)
        {
            return "The reference range must give a low end, a high end or both.";
        }

        if (range.Low is double low && (double.IsNaN(low) || double.IsInfinity(low) || low < 0))
        {
            return "The low end must be a finite number, 0 or more.";
        }

        if (range.High is double high && (double.IsNaN(high) || double.IsInfinity(high) || high < 0))
        {
            return "The high end must be a finite number, 0 or more.";
        }

        return range.Low is double l && range.High is double h && !(l < h) ? "The low end must be below the high end." : null;
    }

    private static bool Bad(Presence value) => (uint)value > (uint)Presence.Present;

    // True for a given number that is not inside the range; NaN fails both comparisons, so it is outside too.
    private static bool Outside(double? value, (double Minimum, double Maximum) range)
        => value is double number && !(number >= range.Minimum && number <= range.Maximum);

    // An opaque key that is safe in a file name, a CSV cell, a log line and a URL path: nothing to escape or misread.
    private static bool IsValidId(string id)
    {
        if (id.Length is 0 or > MaximumIdLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.' or '_' or ':' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    // The id as it may be shown in a message: at most the maximum length, control characters written as \uXXXX so that
    // one problem stays one line.
    private static string IdExcerpt(string id)
    {
        var excerpt = new System.Text.StringBuilder();
        foreach (var c in id.Length > MaximumIdLength ? id.Substring(0, MaximumIdLength) : id)
        {
            _ = char.IsControl(c) ? excerpt.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)) : excerpt.Append(c);
        }

        return id.Length > MaximumIdLength ? excerpt.Append("...").ToString() : excerpt.ToString();
    }

    private static void Check(PatientPresentation p, ref Collector errors)
    {
        if (p.Id is not null && !IsValidId(p.Id))
        {
            errors.Add(ErrorCodes.IdInvalid, "id", IdExcerpt(p.Id), $"The id must be 1 to {MaximumIdLength} characters: letters, digits and - . _ : / only.");
        }

        var assessed = p.AssessmentDate;
        var hasDate = assessed != default;
        if (!hasDate)
        {
            errors.Add(ErrorCodes.AssessmentDateMissing, "assessmentDate", null, "The assessment date is required; RedFlags never reads the clock.");
        }

        if (p.AgeYears is int age && (age < 0 || age > MaximumAgeYears))
        {
            errors.Add(ErrorCodes.AgeOutOfRange, "ageYears", Text(age), $"The age must be 0 to {MaximumAgeYears} years.");
        }

        if (p.DateOfBirth is CalendarDate born && hasDate)
        {
            if (born > assessed)
            {
                errors.Add(ErrorCodes.DateAfterAssessment, "dateOfBirth", born.ToString(), $"The date of birth is after the assessment date {assessed}.");
            }
            else
            {
                var computed = assessed.CompletedYearsSince(born);
                if (computed > MaximumAgeYears)
                {
                    errors.Add(ErrorCodes.AgeOutOfRange, "dateOfBirth", born.ToString(), $"The date of birth gives an age of {Text(computed)} years at {assessed}; the age must be 0 to {MaximumAgeYears} years.");
                }
                else if (p.AgeYears is int given && given != computed)
                {
                    errors.Add(ErrorCodes.AgeContradictsDateOfBirth, "ageYears", Text(given), $"The age given disagrees with the date of birth {born}, which gives {Text(computed)} years at {assessed}.");
                }
            }
        }

        Defined(p.Sex, "sex", ref errors);
        Defined(p.CareSetting, "careSetting", ref errors);
        OwnFields(p, FactSection.Pain, ref errors);
        CheckPain(p.Pain, assessed, hasDate, ref errors);
        OwnFields(p, FactSection.History, ref errors);
        CheckHistory(p.History, assessed, hasDate, ref errors);
        OwnFields(p, FactSection.Systemic, ref errors);
        CheckSystemic(p.Systemic, ref errors);
        OwnFields(p, FactSection.Neurology, ref errors);
        CheckNeurology(p.Neurology, ref errors);
        OwnFields(p, FactSection.Examination, ref errors);
        CheckExamination(p.Examination, ref errors);
        OwnFields(p, FactSection.Labs, ref errors);
        CheckLabs(p.Labs, ref errors);
    }

    private static void CheckPain(PainFeatures pain, CalendarDate assessed, bool hasDate, ref Collector errors)
    {
        if (pain.OnsetDate is CalendarDate onset && hasDate && onset > assessed)
        {
            errors.Add(ErrorCodes.DateAfterAssessment, "pain.onsetDate", onset.ToString(), $"The onset of pain is after the assessment date {assessed}.");
        }

        if (pain.DurationDays is int days && (days < 0 || days > Vocabulary.Range(Quantity.PainDurationDays).Maximum))
        {
            errors.Add(ErrorCodes.ValueOutOfRange, "pain.durationDays", Text(days), "The duration of pain must be 0 to 36500 days.");
        }

        if (pain.OnsetDate is not null && pain.DurationDays is not null)
        {
            errors.Add(ErrorCodes.OnsetAndDurationBothGiven, "pain.durationDays", Text(pain.DurationDays.Value), "Give either the onset date or the duration of pain, not both.");
        }

    }

    private static void CheckHistory(MedicalHistory history, CalendarDate assessed, bool hasDate, ref Collector errors)
    {
        var listsCountingCancer = false;
        for (var i = 0; i < history.Cancers.Count; i++)
        {
            var cancer = history.Cancers[i];
            // Paths are built only when a value is wrong, so a valid presentation costs no allocation.
            if (cancer.PrimarySite is < CancerSite.Unknown or > CancerSite.Other)
            {
                Defined(cancer.PrimarySite, $"history.cancers[{Text(i)}].primarySite", ref errors);
            }

            if (cancer.Metastatic is < Presence.Unknown or > Presence.Present)
            {
                Defined(cancer.Metastatic, $"history.cancers[{Text(i)}].metastatic", ref errors);
            }

            if (cancer.UnderTreatment is < Presence.Unknown or > Presence.Present)
            {
                Defined(cancer.UnderTreatment, $"history.cancers[{Text(i)}].underTreatment", ref errors);
            }
            if (cancer.DiagnosisDate is CalendarDate diagnosed && hasDate && diagnosed > assessed)
            {
                errors.Add(ErrorCodes.DateAfterAssessment, $"history.cancers[{Text(i)}].diagnosisDate", diagnosed.ToString(), $"The date of diagnosis is after the assessment date {assessed}.");
            }

            listsCountingCancer |= cancer.PrimarySite != CancerSite.NonMelanomaSkin;
        }

        if (listsCountingCancer && history.PersonalHistoryOfCancer == Presence.Absent)
        {
            errors.Add(ErrorCodes.CancerHistoryContradiction, "history.personalHistoryOfCancer", "absent", "A cancer is listed in history.cancers, so the personal history of cancer cannot be absent.");
        }

        if (history.CorticosteroidDurationDays is int steroidDays)
        {
            if (steroidDays < 0 || steroidDays > Vocabulary.Range(Quantity.CorticosteroidDurationDays).Maximum)
            {
                errors.Add(ErrorCodes.ValueOutOfRange, "history.corticosteroidDurationDays", Text(steroidDays), "The duration of corticosteroid use must be 0 to 36500 days.");
            }
            else if (steroidDays > 0 && history.CorticosteroidUse == Presence.Absent)
            {
                errors.Add(ErrorCodes.CorticosteroidContradiction, "history.corticosteroidDurationDays", Text(steroidDays), "A duration of corticosteroid use is given while corticosteroid use is recorded as absent.");
            }
        }

        Defined(history.Trauma, "history.trauma", ref errors);
    }

    private static void CheckSystemic(SystemicFeatures systemic, ref Collector errors)
    {
        Number(systemic.WeightLossKilograms, Quantity.WeightLossKilograms, "systemic.weightLossKilograms", ref errors);
        if (systemic.WeightLossPeriodWeeks is int weeks && (weeks < 0 || weeks > Vocabulary.Range(Quantity.WeightLossPeriodWeeks).Maximum))
        {
            errors.Add(ErrorCodes.ValueOutOfRange, "systemic.weightLossPeriodWeeks", Text(weeks), "The period of weight loss must be 0 to 520 weeks.");
        }

        if (systemic.TemperatureCelsius is double temperature)
        {
            if (double.IsNaN(temperature) || double.IsInfinity(temperature))
            {
                errors.Add(ErrorCodes.NumberNotFinite, "systemic.temperatureCelsius", Text(temperature), "The temperature must be a finite number.");
            }
            else if (temperature < 25 || temperature > 45)
            {
                errors.Add(ErrorCodes.TemperatureOutOfRange, "systemic.temperatureCelsius", Text(temperature), "The temperature must be 25 to 45 °C; check the unit (Fahrenheit?).");
            }
        }

    }

    private static void CheckNeurology(NeurologicalFeatures n, ref Collector errors)
    {
        Defined(n.LegWeakness, "neurology.legWeakness", ref errors);
        Defined(n.LegSymptoms, "neurology.legSymptoms", ref errors);
    }

    private static void CheckExamination(ExaminationFindings e, ref Collector errors)
    {
        Number(e.PostVoidResidualMillilitres, Quantity.PostVoidResidualMillilitres, "examination.postVoidResidualMillilitres", ref errors);
    }

    private static void CheckLabs(LaboratoryResults labs, ref Collector errors)
    {
        Number(labs.EsrMillimetresPerHour, Quantity.EsrMillimetresPerHour, "labs.esrMillimetresPerHour", ref errors);
        Number(labs.CrpMilligramsPerLitre, Quantity.CrpMilligramsPerLitre, "labs.crpMilligramsPerLitre", ref errors);
        Number(labs.HaemoglobinGramsPerLitre, Quantity.HaemoglobinGramsPerLitre, "labs.haemoglobinGramsPerLitre", ref errors);
        Number(labs.AdjustedCalciumMillimolesPerLitre, Quantity.AdjustedCalciumMillimolesPerLitre, "labs.adjustedCalciumMillimolesPerLitre", ref errors);
        Number(labs.WhiteCellCountBillionsPerLitre, Quantity.WhiteCellCountBillionsPerLitre, "labs.whiteCellCountBillionsPerLitre", ref errors);
        Number(labs.PlasmaViscosityMillipascalSeconds, Quantity.PlasmaViscosityMillipascalSeconds, "labs.plasmaViscosityMillipascalSeconds", ref errors);
        Range(labs.CrpRange, "labs.crpRange", ref errors);
        Range(labs.HaemoglobinRange, "labs.haemoglobinRange", ref errors);
        Range(labs.AdjustedCalciumRange, "labs.adjustedCalciumRange", ref errors);
        Range(labs.WhiteCellCountRange, "labs.whiteCellCountRange", ref errors);
        Range(labs.PlasmaViscosityRange, "labs.plasmaViscosityRange", ref errors);
    }

    private static void Range(ReferenceRange? range, string path, ref Collector errors)
    {
        if (range is not null && RangeProblem(range) is string problem)
        {
            errors.Add(ErrorCodes.ReferenceRangeInvalid, path, $"{Text(range.Low)}-{Text(range.High)}", problem);
        }
    }

    private static string Text(double? value) => value is double number ? Text(number) : "none";

    // The fields findings of one section are stored in, each a presence, checked under the path the table gives.
    private static void OwnFields(PatientPresentation p, FactSection section, ref Collector errors)
    {
        foreach (var fact in FactTable.Findings)
        {
            if (fact.HasOwnField && fact.Section == section)
            {
                Defined(FactTable.OwnField(p, fact.Finding), fact.Path, ref errors);
            }
        }
    }

    private static void Number(double? value, Quantity quantity, string path, ref Collector errors)
    {
        if (value is not double number)
        {
            return;
        }

        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            errors.Add(ErrorCodes.NumberNotFinite, path, Text(number), "The value must be a finite number.");
            return;
        }

        var (minimum, maximum) = Vocabulary.Range(quantity);
        if (number < minimum || number > maximum)
        {
            errors.Add(ErrorCodes.ValueOutOfRange, path, Text(number), $"The value must be {Text(minimum)} to {Text(maximum)} {Vocabulary.Unit(quantity)}.");
        }
    }

    private static void Defined(Presence value, string path, ref Collector errors)
    {
        if (value is not (Presence.Unknown or Presence.Absent or Presence.Present))
        {
            errors.Add(ErrorCodes.UndefinedValue, path, Text((int)value), "The value must be unknown, absent or present.");
        }
    }

    private static void Defined(Sex value, string path, ref Collector errors)
    {
        if (value is < Sex.Unknown or > Sex.Other)
        {
            errors.Add(ErrorCodes.UndefinedValue, path, Text((int)value), "The value is not a defined sex.");
        }
    }

    private static void Defined(CareSetting value, string path, ref Collector errors)
    {
        if (value is < CareSetting.Unspecified or > CareSetting.Oncology)
        {
            errors.Add(ErrorCodes.UndefinedValue, path, Text((int)value), "The value is not a defined care setting.");
        }
    }

    private static void Defined(TraumaSeverity value, string path, ref Collector errors)
    {
        if (value is < TraumaSeverity.Unknown or > TraumaSeverity.HighEnergy)
        {
            errors.Add(ErrorCodes.UndefinedValue, path, Text((int)value), "The value is not a defined trauma severity.");
        }
    }

    private static void Defined(LegWeakness value, string path, ref Collector errors)
    {
        if (value is < LegWeakness.Unknown or > LegWeakness.Progressive)
        {
            errors.Add(ErrorCodes.UndefinedValue, path, Text((int)value), "The value is not a defined leg weakness.");
        }
    }

    private static void Defined(LegSymptomSide value, string path, ref Collector errors)
    {
        if (value is < LegSymptomSide.Unknown or > LegSymptomSide.BothLegs)
        {
            errors.Add(ErrorCodes.UndefinedValue, path, Text((int)value), "The value is not a defined side of leg symptoms.");
        }
    }

    private static void Defined(CancerSite value, string path, ref Collector errors)
    {
        if (value is < CancerSite.Unknown or > CancerSite.Other)
        {
            errors.Add(ErrorCodes.UndefinedValue, path, Text((int)value), "The value is not a defined cancer site.");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // Collects errors without allocating until the first one, so that validating a valid presentation is free.
    private struct Collector
    {
        public List<ValidationError>? List;

        public void Add(string code, string path, string? value, string message)
            => (List ??= new List<ValidationError>()).Add(new ValidationError(code, path, value, message));
    }
}
