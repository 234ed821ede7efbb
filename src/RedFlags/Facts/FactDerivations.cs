using System;
using System.Collections.Generic;

namespace RedFlags.Facts;

/// <summary>
/// How the derived facts of <see cref="FactTable"/> are read from, and written to, a presentation: one method pair per
/// derived fact, named after it (<c>HighEnergyTrauma</c> reads, <c>WithHighEnergyTrauma</c> writes). The generated
/// reader, snapshot and compiled reads all call these, so each derivation is written once.
/// </summary>
/// <remarks>A write sets the fields so that the fact then reads the value given, and keeps the presentation valid.</remarks>
internal static class FactDerivations
{
    // ---- Findings ----

    /// <summary>Present when a listed cancer is not a non-melanoma skin cancer; otherwise the recorded history. Never set by family history.</summary>
    public static Presence PersonalHistoryOfCancer(PatientPresentation p)
    {
        var cancers = p.History.Cancers;
        for (var i = 0; i < cancers.Count; i++)
        {
            if (cancers[i].PrimarySite != CancerSite.NonMelanomaSkin)
            {
                return Presence.Present;
            }
        }

        return p.History.PersonalHistoryOfCancer;
    }

    // A listed cancer makes the history present, so any other value clears the list.
    public static PatientPresentation WithPersonalHistoryOfCancer(PatientPresentation p, Presence value)
        => p with { History = p.History with { PersonalHistoryOfCancer = value, Cancers = value == Presence.Present ? p.History.Cancers : [] } };

    /// <summary>Present when a listed cancer has a primary site that often spreads to the spine.</summary>
    public static Presence HighRiskPrimaryCancer(PatientPresentation p)
    {
        var cancers = p.History.Cancers;
        for (var i = 0; i < cancers.Count; i++)
        {
            if (cancers[i].PrimarySite is CancerSite.Breast or CancerSite.Lung or CancerSite.Prostate or CancerSite.Kidney
                or CancerSite.Thyroid or CancerSite.Myeloma or CancerSite.Lymphoma)
            {
                return Presence.Present;
            }
        }

        return FromCountedCancers(p, static cancer => cancer.PrimarySite == CancerSite.Unknown);
    }

    public static PatientPresentation WithHighRiskPrimaryCancer(PatientPresentation p, Presence value)
        => WithCancer(p, value, new CancerHistory { PrimarySite = CancerSite.Lung });

    /// <summary>Present when a listed cancer is known to be metastatic.</summary>
    public static Presence MetastaticCancer(PatientPresentation p)
    {
        var cancers = p.History.Cancers;
        for (var i = 0; i < cancers.Count; i++)
        {
            if (cancers[i].Metastatic == Presence.Present)
            {
                return Presence.Present;
            }
        }

        return FromCountedCancers(p, static cancer => cancer.Metastatic == Presence.Unknown);
    }

    public static PatientPresentation WithMetastaticCancer(PatientPresentation p, Presence value)
        => WithCancer(p, value, new CancerHistory { PrimarySite = CancerSite.Other, Metastatic = Presence.Present });

    // Stored in its own field; writing "absent" also clears a duration, which would otherwise contradict it.
    public static PatientPresentation WithCorticosteroidUse(PatientPresentation p, Presence value)
        => p with { History = p.History with { CorticosteroidUse = value, CorticosteroidDurationDays = value == Presence.Absent ? null : p.History.CorticosteroidDurationDays } };

    public static Presence HighEnergyTrauma(PatientPresentation p) => Is(p.History.Trauma, TraumaSeverity.HighEnergy, TraumaSeverity.Unknown);

    public static PatientPresentation WithHighEnergyTrauma(PatientPresentation p, Presence value)
        => p with { History = p.History with { Trauma = Pick(value, TraumaSeverity.HighEnergy, TraumaSeverity.None, TraumaSeverity.Unknown) } };

    public static Presence LowEnergyTrauma(PatientPresentation p) => Is(p.History.Trauma, TraumaSeverity.LowEnergy, TraumaSeverity.Unknown);

    public static PatientPresentation WithLowEnergyTrauma(PatientPresentation p, Presence value)
        => p with { History = p.History with { Trauma = Pick(value, TraumaSeverity.LowEnergy, TraumaSeverity.None, TraumaSeverity.Unknown) } };

    /// <summary>Any leg weakness, stable or progressive.</summary>
    public static Presence LegWeakness(PatientPresentation p) => p.Neurology.LegWeakness switch
    {
        RedFlags.LegWeakness.None => Presence.Absent,
        RedFlags.LegWeakness.Stable or RedFlags.LegWeakness.Progressive => Presence.Present,
        _ => Presence.Unknown,
    };

    public static PatientPresentation WithLegWeakness(PatientPresentation p, Presence value)
        => p with { Neurology = p.Neurology with { LegWeakness = Pick(value, RedFlags.LegWeakness.Stable, RedFlags.LegWeakness.None, RedFlags.LegWeakness.Unknown) } };

    public static Presence ProgressiveLegWeakness(PatientPresentation p) => p.Neurology.LegWeakness switch
    {
        RedFlags.LegWeakness.None or RedFlags.LegWeakness.Stable => Presence.Absent,
        RedFlags.LegWeakness.Progressive => Presence.Present,
        _ => Presence.Unknown,
    };

    public static PatientPresentation WithProgressiveLegWeakness(PatientPresentation p, Presence value)
        => p with { Neurology = p.Neurology with { LegWeakness = Pick(value, RedFlags.LegWeakness.Progressive, RedFlags.LegWeakness.None, RedFlags.LegWeakness.Unknown) } };

    public static Presence LegSymptomsInOneLeg(PatientPresentation p) => Is(p.Neurology.LegSymptoms, LegSymptomSide.OneLeg, LegSymptomSide.Unknown);

    public static PatientPresentation WithLegSymptomsInOneLeg(PatientPresentation p, Presence value)
        => p with { Neurology = p.Neurology with { LegSymptoms = Pick(value, LegSymptomSide.OneLeg, LegSymptomSide.None, LegSymptomSide.Unknown) } };

    public static Presence LegSymptomsInBothLegs(PatientPresentation p) => Is(p.Neurology.LegSymptoms, LegSymptomSide.BothLegs, LegSymptomSide.Unknown);

    public static PatientPresentation WithLegSymptomsInBothLegs(PatientPresentation p, Presence value)
        => p with { Neurology = p.Neurology with { LegSymptoms = Pick(value, LegSymptomSide.BothLegs, LegSymptomSide.None, LegSymptomSide.Unknown) } };

    /// <summary>Present for female; absent for male or other sex.</summary>
    public static Presence Female(PatientPresentation p) => Is(p.Sex, Sex.Female, Sex.Unknown);

    public static PatientPresentation WithFemale(PatientPresentation p, Presence value) => p with { Sex = Pick(value, Sex.Female, Sex.Male, Sex.Unknown) };

    /// <summary>Present for male; absent for female or other sex.</summary>
    public static Presence Male(PatientPresentation p) => Is(p.Sex, Sex.Male, Sex.Unknown);

    public static PatientPresentation WithMale(PatientPresentation p, Presence value) => p with { Sex = Pick(value, Sex.Male, Sex.Female, Sex.Unknown) };

    // ---- Quantities (NaN when unknown) ----

    /// <summary>The age in completed years at the assessment date, from the date of birth when given.</summary>
    public static double AgeYears(PatientPresentation p) => p.DateOfBirth is CalendarDate born
        ? p.AssessmentDate.CompletedYearsSince(born)
        : p.AgeYears ?? double.NaN;

    public static PatientPresentation WithAgeYears(PatientPresentation p, double? value) => p with { AgeYears = Whole(value), DateOfBirth = null };

    /// <summary>The days from the onset of pain to the assessment date, or the duration given.</summary>
    public static double PainDurationDays(PatientPresentation p) => p.Pain.OnsetDate is CalendarDate onset
        ? p.AssessmentDate.DaysSince(onset)
        : p.Pain.DurationDays ?? double.NaN;

    public static PatientPresentation WithPainDurationDays(PatientPresentation p, double? value)
        => p with { Pain = p.Pain with { DurationDays = Whole(value), OnsetDate = null } };

    /// <summary>The days of corticosteroid use; 0 when use is known to be absent, NaN when unknown.</summary>
    public static double CorticosteroidDurationDays(PatientPresentation p) => p.History.CorticosteroidDurationDays is int days
        ? days
        : p.History.CorticosteroidUse == Presence.Absent ? 0 : double.NaN;

    // A duration above zero also records the use as present, so that the two never contradict each other.
    public static PatientPresentation WithCorticosteroidDurationDays(PatientPresentation p, double? value)
        => p with { History = p.History with { CorticosteroidUse = Whole(value) > 0 ? Presence.Present : p.History.CorticosteroidUse, CorticosteroidDurationDays = Whole(value) } };

    /// <summary>A number written to a whole-number field: rounded, or null when unknown.</summary>
    public static int? Whole(double? value) => value is double number ? (int)Math.Round(number) : null;

    // ---- Helpers ----

    // For a property of "a cancer" that no listed cancer has: absent when there is no cancer; unknown when the
    // history itself is unknown, when a cancer is counted without details, or when a listed cancer leaves it unknown.
    private static Presence FromCountedCancers(PatientPresentation p, Func<CancerHistory, bool> leavesItUnknown)
    {
        var history = PersonalHistoryOfCancer(p);
        if (history != Presence.Present)
        {
            return history;
        }

        var cancers = p.History.Cancers;
        var counted = 0;
        for (var i = 0; i < cancers.Count; i++)
        {
            if (cancers[i].PrimarySite == CancerSite.NonMelanomaSkin)
            {
                continue;
            }

            counted++;
            if (leavesItUnknown(cancers[i]))
            {
                return Presence.Unknown;
            }
        }

        return counted == 0 ? Presence.Unknown : Presence.Absent;
    }

    private static PatientPresentation WithCancer(PatientPresentation p, Presence value, CancerHistory cancer) => value == Presence.Present
        ? p with { History = p.History with { PersonalHistoryOfCancer = p.History.PersonalHistoryOfCancer == Presence.Absent ? Presence.Present : p.History.PersonalHistoryOfCancer, Cancers = [.. p.History.Cancers, cancer] } }
        : p with { History = p.History with { PersonalHistoryOfCancer = value, Cancers = [] } };

    // A choice recorded as an enum, read as one finding: unknown when the choice is unknown.
    private static Presence Is<T>(T recorded, T wanted, T unknown)
        where T : struct, Enum
        => EqualityComparer<T>.Default.Equals(recorded, unknown) ? Presence.Unknown
            : EqualityComparer<T>.Default.Equals(recorded, wanted) ? Presence.Present
            : Presence.Absent;

    private static T Pick<T>(Presence value, T present, T absent, T unknown) => value switch
    {
        Presence.Present => present,
        Presence.Absent => absent,
        _ => unknown,
    };
}
