using System;
using System.Collections.Generic;

namespace RedFlags.Evaluation;

/// <summary>Which decisive questions (<see cref="DecisiveQuestion"/>) a presentation leaves open, and the statement that
/// says so: an assessment with decisive questions open is provisional, whatever its urgency.</summary>
/// <remarks>Brief §9 conventions ("do not treat unknown as absent") and §10 rows 1-4: the answers that can decide an
/// emergency. Immutable; shared by every thread.</remarks>
internal static class Completeness
{
    /// <summary>The statement of an assessment whose decisive questions are all answered.</summary>
    public const string CompleteText = "Every decisive question is answered (bladder, bowel, saddle sensation, leg weakness and its course, gait, history of cancer, fever, trauma).";

    private const string IncompletePrefix = "Incomplete: ask these first: ";
    private const string IncompleteSuffix = ". Until they are answered the urgency above is provisional: it is computed from what was recorded, and unanswered questions are not read as absent.";

    // The findings each question covers, in DecisiveQuestion order.
    private static readonly (DecisiveQuestion Question, Finding[] Findings)[] s_questions =
    [
        (DecisiveQuestion.Bladder, [Finding.UrinaryRetention, Finding.UrinaryIncontinence, Finding.UrinaryHesitancy, Finding.AlteredBladderSensation]),
        (DecisiveQuestion.Bowel, [Finding.FaecalIncontinence, Finding.AlteredRectalSensation]),
        (DecisiveQuestion.SaddleSensation, [Finding.SaddleNumbness]),
        (DecisiveQuestion.LegWeakness, [Finding.LegWeakness]),
        (DecisiveQuestion.Gait, [Finding.GaitDisturbance]),
        (DecisiveQuestion.CancerHistory, [Finding.PersonalHistoryOfCancer]),
        (DecisiveQuestion.Fever, [Finding.Fever]),
        (DecisiveQuestion.Trauma, [Finding.HighEnergyTrauma, Finding.LowEnergyTrauma]),
    ];

    // Brief §9.4 INF-FEVER: a measured temperature of 38.0 °C or more is a fever, so it answers the question.
    private const double FeverCelsius = 38.0;

    /// <summary>The decisive questions the presentation leaves open, in <see cref="DecisiveQuestion"/> order.</summary>
    public static DecisiveQuestion[] Open(in FactReader facts)
    {
        List<DecisiveQuestion>? open = null;
        foreach (var (question, findings) in s_questions)
        {
            if (!IsAnswered(facts, question, findings))
            {
                (open ??= new List<DecisiveQuestion>(s_questions.Length)).Add(question);
            }
        }

        return open is null ? Array.Empty<DecisiveQuestion>() : open.ToArray();
    }

    /// <summary>The completeness statement for the open questions: complete, or "incomplete: ask these first" with their labels.</summary>
    public static string Statement(IReadOnlyList<DecisiveQuestion> open)
    {
        if (open.Count == 0)
        {
            return CompleteText;
        }

        var labels = new string[open.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = Vocabulary.Label(open[i]).ToLowerInvariant();
        }

        return string.Concat(IncompletePrefix, string.Join("; ", labels), IncompleteSuffix);
    }

    // Answered when a finding it covers is present, or when every one is known: "no" to one bladder symptom does not
    // answer the others.
    private static bool IsAnswered(in FactReader facts, DecisiveQuestion question, Finding[] findings)
    {
        if (question == DecisiveQuestion.Fever && facts.Read(Quantity.TemperatureCelsius) >= FeverCelsius)
        {
            return true;
        }

        var allKnown = true;
        foreach (var finding in findings)
        {
            var presence = facts.Read(finding);
            if (presence == Presence.Present)
            {
                return true;
            }

            allKnown &= presence == Presence.Absent;
        }

        return allKnown;
    }
}
