using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Hl7.Fhir.Model;

namespace RedFlags.Fhir.Internal;

/// <summary>Coded symptoms and signs (Condition or Observation): dates decide whether they belong to this episode and whether they are new.</summary>
internal sealed partial class PresentationMapper
{
    private readonly List<CodedSymptom> _symptoms = [];

    /// <param name="Meaning">The symptom.</param>
    /// <param name="Source">The resource reference.</param>
    /// <param name="Code">The code that matched (system|code).</param>
    /// <param name="Display">The row's label.</param>
    /// <param name="Type">The resource type, as the report names it (Condition, Observation).</param>
    /// <param name="Status">The status the entry was used with, for the report ("clinical status 'active'", "status 'final'").</param>
    /// <param name="Onset">When it began (onset[x], effective[x]).</param>
    /// <param name="Recorded">When it was recorded (recordedDate, issued), used when there is no onset.</param>
    /// <param name="Abatement">When it resolved (abatement[x], the end of an effective period).</param>
    private sealed record CodedSymptom(CodedMeaning Meaning, string Source, string Code, string Display, string Type, string Status, CalendarDate? Onset, CalendarDate? Recorded, CalendarDate? Abatement);

    /// <summary>Whether the meaning is a symptom or sign whose dates decide (versus a history such as a cancer).</summary>
    internal static bool IsSymptom(CodedMeaning meaning) => meaning is CodedMeaning.UrinaryRetention or CodedMeaning.UrinaryIncontinence
        or CodedMeaning.FaecalIncontinence or CodedMeaning.GaitDisturbance or CodedMeaning.SaddleNumbness or CodedMeaning.LegWeakness
        or CodedMeaning.NightPain or CodedMeaning.Fever;

    /// <summary>Whether a recent symptom also makes the neurological symptoms new (began or worsened within 14 days).</summary>
    private static bool IsNeurological(CodedMeaning meaning) => IsSymptom(meaning) && meaning is not (CodedMeaning.NightPain or CodedMeaning.Fever);

    // The start of the episode of back pain, when the data give it: the duration of pain answered in a
    // QuestionnaireResponse. Without it, only symptoms that began within RecentSymptomDays are known to be this episode's.
    private CalendarDate? EpisodeStart()
    {
        foreach (var (quantity, value) in _answeredQuantities)
        {
            if (quantity == Quantity.PainDurationDays)
            {
                return _assessmentDate.AddDays(-(int)Math.Round(value, MidpointRounding.AwayFromZero));
            }
        }

        return null;
    }

    /// <summary>
    /// Reads an Observation that codes a symptom or sign: its <c>code</c> is a symptom row of the condition table, or its
    /// code is LOINC 75325-1 "Symptom" and its <c>valueCodeableConcept</c> is one (HL7 FHIR Symptoms IG). Returns false
    /// when the observation is neither, so that it is reported as not in the tables.
    /// </summary>
    private bool MapSymptomObservation(Observation observation, string reference)
    {
        var (row, coding) = Match(observation.Code, FindSymptom);
        var valueNamesTheSymptom = false;
        if (row is null
            && FhirValues.Codings(observation.Code).Any(c => string.Equals(c.System, FhirCodeSystems.Loinc, StringComparison.Ordinal) && string.Equals(c.Code, FhirMappingTables.SymptomObservationLoinc, StringComparison.Ordinal))
            && observation.Value is CodeableConcept named)
        {
            (row, coding) = Match(named, FindSymptom);
            valueNamesTheSymptom = true;
        }

        if (row is not CodeRow match || coding is null)
        {
            return false;
        }

        var code = FhirValues.Text(coding);
        var status = FhirValues.Literal(observation.StatusElement);
        if (status is not ("final" or "amended" or "corrected" or "preliminary"))
        {
            NotUsed(reference, code, "Observation.status is '" + status + "'.");
            return true;
        }

        if (!valueNamesTheSymptom && AbsentValue(observation) is string absent)
        {
            // Recorded absent: the finding stays unknown (the reader never sets a red flag absent from coded data), so its question is still asked.
            NotUsed(reference, code, match.Display + " recorded as absent (" + absent + "); the finding stays unknown: ask.");
            return true;
        }

        var effectiveEnd = observation.Effective is Period period && period.End is not null ? FhirValues.Date(period.End) : null;
        var issued = observation.Issued is DateTimeOffset when ? CalendarDate.FromDateTime(when.DateTime) : (CalendarDate?)null;
        _symptoms.Add(new CodedSymptom(match.Meaning, reference, code, match.Display, "Observation", "status '" + status + "'", FhirValues.EarliestDate(observation.Effective), issued, effectiveEnd));
        return true;
    }

    private CodeRow? FindSymptom(string? system, string? code) =>
        _tables.Find(FhirCodeKind.Condition, system, code) is CodeRow row && IsSymptom(row.Meaning) ? row : null;

    /// <summary>Why an observation of a symptom says it is absent (a false boolean, the SNOMED CT qualifier Absent, a data-absent reason), or null.</summary>
    private static string? AbsentValue(Observation observation) => observation.Value switch
    {
        FhirBoolean { Value: false } => "valueBoolean false",
        CodeableConcept value when FhirValues.Codings(value).Any(c => string.Equals(c.System, FhirCodeSystems.Snomed, StringComparison.Ordinal) && c.Code == FhirMappingTables.AbsentQualifier)
            => "SNOMED CT " + FhirMappingTables.AbsentQualifier + " Absent",
        null when observation.DataAbsentReason is not null => "dataAbsentReason",
        _ => null,
    };

    private void DecideSymptoms()
    {
        var episode = EpisodeStart();
        foreach (var symptom in _symptoms)
        {
            if (symptom.Abatement is CalendarDate abated && abated <= _assessmentDate)
            {
                NotUsed(symptom.Source, symptom.Code, symptom.Type + (symptom.Type == "Condition" ? ".abatement " : " effective period ended ") + abated + ": resolved before the assessment date " + _assessmentDate + ".", abated.ToString());
                continue;
            }

            var (date, element) = symptom.Onset is CalendarDate onset ? (onset, "onset") : symptom.Recorded is CalendarDate recorded ? (recorded, "recorded") : ((CalendarDate?)null, "undated");
            if (date is not CalendarDate when)
            {
                // No date: kept as present (as before dates were read), but whether it is new stays unknown.
                SetHistory(symptom.Meaning, symptom.Source, symptom.Code, symptom.Display + "; " + symptom.Status + "; no onset or recorded date, so whether it is new is unknown.");
                continue;
            }

            if (when > _assessmentDate)
            {
                NotUsed(symptom.Source, symptom.Code, symptom.Type + " " + element + " " + when + " is after the assessment date " + _assessmentDate + ".", when.ToString());
                continue;
            }

            // A fever is current within the window of a body temperature; a symptom of the back or the nerves within 14
            // days, or since the start of the episode of pain when the data give it.
            var fever = symptom.Meaning == CodedMeaning.Fever;
            var windowDays = fever ? FhirMappingTables.FeverWindowDays : FhirMappingTables.RecentSymptomDays;
            var window = windowDays.ToString(CultureInfo.InvariantCulture);
            var days = _assessmentDate.DaysSince(when);
            if (days <= windowDays)
            {
                var note = symptom.Display + "; " + symptom.Status + "; " + element + " " + when + ", within " + window + " days.";
                SetHistory(symptom.Meaning, symptom.Source, symptom.Code, note);
                if (IsNeurological(symptom.Meaning))
                {
                    Present(Finding.NeurologicalSymptomsRecent, symptom.Source, symptom.Code, note);
                }
            }
            else if (!fever && episode is CalendarDate start && when >= start)
            {
                SetHistory(symptom.Meaning, symptom.Source, symptom.Code, symptom.Display + "; " + symptom.Status + "; " + element + " " + when + ", within the episode of pain (since " + start + ").");
            }
            else
            {
                var why = fever
                    ? "more than " + window + " days before the assessment: not a current fever"
                    : episode is CalendarDate began
                        ? "before the episode (the episode of pain began " + began + ")"
                        : "before the episode (more than " + window + " days before the assessment, and no duration of pain was given; ask whether it is new)";
                NotUsed(symptom.Source, symptom.Code, element + " " + when + ", " + why + ".", when.ToString());
            }
        }
    }
}
