using System.Collections.Generic;
using System.Globalization;

namespace RedFlags.Fhir.Internal;

/// <summary>Coded symptoms and signs (Condition): dates decide whether they belong to this episode and whether they are new.</summary>
internal sealed partial class PresentationMapper
{
    private readonly List<CodedSymptom> _symptoms = [];

    private sealed record CodedSymptom(CodedMeaning Meaning, string Source, string Code, string Display, string? Clinical, CalendarDate? Onset, CalendarDate? Recorded, CalendarDate? Abatement);

    // The start of the episode of back pain, when the data give it: the duration of pain answered in a
    // QuestionnaireResponse. Without it, only symptoms that began within RecentSymptomDays are known to be this episode's.
    private CalendarDate? EpisodeStart()
    {
        foreach (var (quantity, value) in _answeredQuantities)
        {
            if (quantity == Quantity.PainDurationDays)
            {
                return _assessmentDate.AddDays(-(int)System.Math.Round(value, System.MidpointRounding.AwayFromZero));
            }
        }

        return null;
    }

    private void DecideSymptoms()
    {
        var episode = EpisodeStart();
        var window = FhirMappingTables.RecentSymptomDays.ToString(CultureInfo.InvariantCulture);
        foreach (var symptom in _symptoms)
        {
            var status = "clinical status '" + (symptom.Clinical ?? "none") + "'";
            if (symptom.Abatement is CalendarDate abated && abated <= _assessmentDate)
            {
                NotUsed(symptom.Source, symptom.Code, "Condition.abatement " + abated + ": resolved before the assessment date " + _assessmentDate + ".", abated.ToString());
                continue;
            }

            var (date, element) = symptom.Onset is CalendarDate onset ? (onset, "onset") : symptom.Recorded is CalendarDate recorded ? (recorded, "recorded") : ((CalendarDate?)null, "undated");
            if (date is not CalendarDate when)
            {
                // No date: kept as present (as before dates were read), but whether it is new stays unknown.
                SetHistory(symptom.Meaning, symptom.Source, symptom.Code, symptom.Display + "; " + status + "; no onset or recorded date, so whether it is new is unknown.");
                continue;
            }

            if (when > _assessmentDate)
            {
                NotUsed(symptom.Source, symptom.Code, "Condition " + element + " " + when + " is after the assessment date " + _assessmentDate + ".", when.ToString());
                continue;
            }

            var days = _assessmentDate.DaysSince(when);
            if (days <= FhirMappingTables.RecentSymptomDays)
            {
                var note = symptom.Display + "; " + status + "; " + element + " " + when + ", within " + window + " days.";
                SetHistory(symptom.Meaning, symptom.Source, symptom.Code, note);
                Present(Finding.NeurologicalSymptomsRecent, symptom.Source, symptom.Code, note);
            }
            else if (episode is CalendarDate start && when >= start)
            {
                SetHistory(symptom.Meaning, symptom.Source, symptom.Code, symptom.Display + "; " + status + "; " + element + " " + when + ", within the episode of pain (since " + start + ").");
            }
            else
            {
                var why = episode is CalendarDate began
                    ? "the episode of pain began " + began
                    : "more than " + window + " days before the assessment, and no duration of pain was given; ask whether it is new";
                NotUsed(symptom.Source, symptom.Code, element + " " + when + ", before the episode (" + why + ").", when.ToString());
            }
        }
    }
}
