using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Hl7.Fhir.Model;
using FhirQuantity = Hl7.Fhir.Model.Quantity;

namespace RedFlags.Fhir.Internal;

/// <summary>Reading a QuestionnaireResponse to the red-flag questionnaire (<see cref="RedFlagsQuestionnaire"/>).</summary>
internal sealed partial class PresentationMapper
{
    private readonly List<(Finding Finding, Presence Presence, string Source, string Note)> _answeredFindings = [];
    private readonly List<(Quantity Quantity, double Value)> _answeredQuantities = [];
    private Sex? _answeredSex;

    private void MapQuestionnaireResponse(QuestionnaireResponse response, string reference)
    {
        var canonical = response.Questionnaire;
        if (string.IsNullOrEmpty(canonical))
        {
            Reject(reference, "QuestionnaireResponse.questionnaire is missing; only responses to " + RedFlagsQuestionnaire.Url + "|" + RedFlagsQuestionnaire.Version + " are read.");
            return;
        }

        var bar = canonical.IndexOf('|', StringComparison.Ordinal);
        var url = bar < 0 ? canonical : canonical.Substring(0, bar);
        var version = bar < 0 ? null : canonical.Substring(bar + 1);
        if (!string.Equals(url, RedFlagsQuestionnaire.Url, StringComparison.Ordinal))
        {
            Reject(reference, "QuestionnaireResponse.questionnaire '" + canonical + "' is not the red-flag questionnaire " + RedFlagsQuestionnaire.Url + ".");
            return;
        }

        if (version is not null && !string.Equals(version, RedFlagsQuestionnaire.Version, StringComparison.Ordinal))
        {
            Reject(reference, "QuestionnaireResponse.questionnaire version '" + version + "' is not " + RedFlagsQuestionnaire.Version + ", the version this reader knows.");
            return;
        }

        var status = FhirValues.Literal(response.StatusElement);
        if (status is not ("completed" or "amended" or "in-progress"))
        {
            NotUsed(reference, null, "QuestionnaireResponse.status is '" + (status ?? "missing") + "'; only completed, amended and in-progress responses are read.");
            return;
        }

        var authoredLiteral = FhirValues.Literal(response.AuthoredElement);
        var authored = FhirValues.Date(authoredLiteral);
        if (authored is CalendarDate date && date > _assessmentDate)
        {
            NotUsed(reference, null, "QuestionnaireResponse.authored " + date + " is after the assessment date " + _assessmentDate + "; the response is not used.", authoredLiteral);
            return;
        }

        if (authored is CalendarDate answered && _assessmentDate.DaysSince(answered) > FhirMappingTables.RecentSymptomDays)
        {
            NotUsed(reference, null, "QuestionnaireResponse.authored " + answered + " is more than " + FhirMappingTables.RecentSymptomDays.ToString(CultureInfo.InvariantCulture)
                + " days before the assessment date " + _assessmentDate + ": answers of an earlier episode are not used; ask again.", authoredLiteral);
            return;
        }

        if (version is null)
        {
            _issues.Add(new FhirReadIssue { Severity = FhirIssueSeverity.Information, Source = reference, Message = "QuestionnaireResponse.questionnaire has no version; read as version " + RedFlagsQuestionnaire.Version + "." });
        }

        var when = authored is CalendarDate on ? "answered " + on : "no authored date";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Flatten(response.Item))
        {
            MapAnswer(item, reference, when, seen);
        }
    }

    private static IEnumerable<QuestionnaireResponse.ItemComponent> Flatten(IEnumerable<QuestionnaireResponse.ItemComponent>? items)
    {
        foreach (var item in items ?? [])
        {
            if (item is null)
            {
                continue;
            }

            yield return item;
            foreach (var child in Flatten(item.Item))
            {
                yield return child;
            }

            foreach (var answer in item.Answer ?? [])
            {
                foreach (var child in Flatten(answer?.Item))
                {
                    yield return child;
                }
            }
        }
    }

    private void MapAnswer(QuestionnaireResponse.ItemComponent item, string reference, string when, HashSet<string> seen)
    {
        var linkId = item.LinkId ?? string.Empty;
        var answers = (item.Answer ?? []).Where(a => a?.Value is not null).ToList();
        if (!QuestionnaireItems.ByLinkId.TryGetValue(linkId, out var entry))
        {
            if (answers.Count > 0 || !QuestionnaireItems.Sections.Any(s => s.LinkId == linkId))
            {
                NotUsed(reference, null, "QuestionnaireResponse item linkId '" + linkId + "' is not an item of the red-flag questionnaire.", AnswerText(answers));
            }

            return;
        }

        var where = "QuestionnaireResponse item '" + linkId + "'";
        if (answers.Count == 0)
        {
            return;
        }

        if (!seen.Add(linkId))
        {
            NotUsed(reference, null, where + " is answered twice; the first answer was used.", AnswerText(answers));
            return;
        }

        if (answers.Count > 1)
        {
            NotUsed(reference, null, where + " has " + answers.Count.ToString(CultureInfo.InvariantCulture) + " answers; it takes one.", AnswerText(answers));
            return;
        }

        var value = answers[0].Value!;
        if (entry.Finding is Finding finding)
        {
            MapPresenceAnswer(finding, value, reference, where, when);
        }
        else if (entry.Quantity is Quantity quantity)
        {
            MapQuantityAnswer(quantity, value, reference, where, when);
        }
        else
        {
            MapSexAnswer(value, reference, where, when);
        }
    }

    private void MapPresenceAnswer(Finding finding, DataType value, string reference, string where, string when)
    {
        var coding = value as Coding;
        Presence? presence = coding is not null && string.Equals(coding.System, RedFlagsQuestionnaire.PresenceSystem, StringComparison.Ordinal)
            ? coding.Code switch { "present" => Presence.Present, "absent" => Presence.Absent, "unknown" => Presence.Unknown, _ => null }
            : null;
        if (presence is not Presence read)
        {
            NotUsed(reference, null, where + ": the answer " + Describe(value) + " is not a Coding of " + RedFlagsQuestionnaire.PresenceSystem + " (present, absent, unknown).", Plain(value));
            return;
        }

        if (read == Presence.Unknown)
        {
            NotUsed(reference, RedFlagsQuestionnaire.PresenceSystem + "|unknown", where + " answered unknown; " + Vocabulary.Path(finding) + " stays unknown.");
            return;
        }

        // Reported when applied (ApplyAnswers): an answer that contradicts another one is reported as not used.
        _answeredFindings.Add((finding, read, reference, where + " (" + Vocabulary.Name(finding) + "), " + when + "."));
    }

    private void MapQuantityAnswer(Quantity quantity, DataType value, string reference, string where, string when)
    {
        var unit = RedFlagsQuestionnaire.UcumUnit(quantity);
        double? number = value switch
        {
            FhirDecimal { Value: decimal d } => (double)d,
            Integer { Value: int i } => i,
            FhirQuantity { Value: decimal q } fq when string.Equals(fq.Code, unit, StringComparison.Ordinal) && (fq.System is null || fq.System == FhirCodeSystems.Ucum) => (double)q,
            _ => null,
        };
        if (number is not double n)
        {
            NotUsed(reference, null, where + ": the answer " + Describe(value) + " is not a decimal or integer (or a Quantity in UCUM '" + unit + "').", Plain(value));
            return;
        }

        var (minimum, maximum) = Vocabulary.Range(quantity);
        if (n < minimum || n > maximum)
        {
            NotUsed(reference, null, where + ": " + FhirValues.Number(n) + " " + unit + " is outside " + FhirValues.Number(minimum) + " to " + FhirValues.Number(maximum) + ".", n, unit);
            return;
        }

        _answeredQuantities.Add((quantity, n));
        Mapped(Vocabulary.Path(quantity), FhirValues.Number(n), reference, null, where + " (" + Vocabulary.Name(quantity) + "), " + when + ".", Math.Round(n, 2), unit);
    }

    private void MapSexAnswer(DataType value, string reference, string where, string when)
    {
        Sex? sex = value is Coding { System: RedFlagsQuestionnaire.AdministrativeGenderSystem } coding
            ? coding.Code switch { "female" => Sex.Female, "male" => Sex.Male, "other" => Sex.Other, "unknown" => Sex.Unknown, _ => null }
            : null;
        if (sex is not Sex read)
        {
            NotUsed(reference, null, where + ": the answer " + Describe(value) + " is not a Coding of " + RedFlagsQuestionnaire.AdministrativeGenderSystem + ".", Plain(value));
            return;
        }

        if (read == Sex.Unknown)
        {
            NotUsed(reference, RedFlagsQuestionnaire.AdministrativeGenderSystem + "|unknown", where + " answered unknown; sex is not changed.");
            return;
        }

        _answeredSex = read;
        Mapped("sex", FhirValues.Lower(read), reference, RedFlagsQuestionnaire.AdministrativeGenderSystem + "|" + FhirValues.Lower(read), where + ", " + when + ".");
    }

    // Answers are applied after the coded data, so a clinician's answer wins. Present answers first, then absent ones
    // that the presentation does not already read: a finding derived from a shared field (the side of leg symptoms,
    // the energy of an injury, the course of leg weakness) must not undo its sibling's present answer. An answer that
    // would change an answer already applied (metastatic cancer absent clears the list of cancers, and with it a history
    // of cancer answered present) is not applied and is reported as not used.
    private PatientPresentation ApplyAnswers(PatientPresentation presentation)
    {
        if (_answeredSex is Sex sex)
        {
            presentation = presentation with { Sex = sex };
        }

        var applied = new List<(Finding Finding, Presence Presence)>();
        foreach (var answer in _answeredFindings.Where(a => a.Presence == Presence.Present).Concat(_answeredFindings.Where(a => a.Presence == Presence.Absent)))
        {
            var (finding, presence, source, note) = answer;
            var changed = presentation.Read(finding) == presence ? presentation : presentation.With(finding, presence);
            var index = applied.FindIndex(a => changed.Read(a.Finding) != a.Presence);
            if (index >= 0)
            {
                var broken = applied[index];
                NotUsed(source, RedFlagsQuestionnaire.PresenceSystem + "|" + FhirValues.Lower(presence), note + " The answer " + FhirValues.Lower(presence) + " cannot be recorded without changing "
                    + Vocabulary.Name(broken.Finding) + " (answered " + FhirValues.Lower(broken.Presence) + "); " + Vocabulary.Name(finding) + " stays " + FhirValues.Lower(presentation.Read(finding)) + ".");
                continue;
            }

            presentation = changed;
            applied.Add((finding, presence));
            Mapped(Vocabulary.Path(finding), FhirValues.Lower(presence), source, RedFlagsQuestionnaire.PresenceSystem + "|" + FhirValues.Lower(presence), note);
        }

        foreach (var (quantity, value) in _answeredQuantities)
        {
            presentation = presentation.With(quantity, value);
        }

        return presentation;
    }

    private void Reject(string reference, string message)
    {
        _issues.Add(new FhirReadIssue { Severity = FhirIssueSeverity.Error, Source = reference, Message = message });
        NotUsed(reference, null, message);
    }

    private static string Describe(DataType value) => "value" + value.TypeName.Substring(0, 1).ToUpperInvariant() + value.TypeName.Substring(1) + " '" + Plain(value) + "'";

    private static string? AnswerText(List<QuestionnaireResponse.AnswerComponent> answers) =>
        answers.Count == 0 ? null : string.Join(", ", answers.Select(a => Plain(a.Value)));

    private static string Plain(DataType? value) => value switch
    {
        Coding coding => FhirValues.Text(coding),
        FhirQuantity quantity => quantity.Value?.ToString(CultureInfo.InvariantCulture) + " " + quantity.Code,
        PrimitiveType primitive => FhirValues.Literal(primitive) ?? string.Empty,
        null => string.Empty,
        _ => value.TypeName,
    };
}
