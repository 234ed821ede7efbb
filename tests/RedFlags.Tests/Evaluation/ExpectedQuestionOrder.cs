using System;
using System.Collections.Generic;
using System.Linq;
using RedFlags.Facts;

namespace RedFlags.Tests.Evaluation;

/// <summary>The documented order of an assessment's questions, written independently of the explainer (issue #18
/// item 6): items to record (age and sex) last; otherwise the highest urgency the answer could raise, then the most rules it feeds, then the clinical order
/// (neurology, examination, history, systemic, pain, laboratory, age and sex; within a section the fact table's order),
/// then findings before numbers, then the name.</summary>
internal static class ExpectedQuestionOrder
{
    private static readonly FactSection[] s_clinical =
        [FactSection.Neurology, FactSection.Examination, FactSection.History, FactSection.Systemic, FactSection.Pain, FactSection.Labs, FactSection.Presentation];

    public static IEnumerable<T> Sort<T>(IEnumerable<T> questions, Func<T, (FactKind Kind, string Name, Urgency Urgency, int RuleCount)> key)
        => questions
            .OrderBy(q => ClinicalRank(key(q).Kind, key(q).Name).Section == Array.IndexOf(s_clinical, FactSection.Presentation))
            .ThenByDescending(q => key(q).Urgency)
            .ThenByDescending(q => key(q).RuleCount)
            .ThenBy(q => ClinicalRank(key(q).Kind, key(q).Name))
            .ThenBy(q => key(q).Kind)
            .ThenBy(q => key(q).Name, StringComparer.Ordinal);

    public static IEnumerable<Question> Sort(IEnumerable<Question> questions)
        => Sort(questions, q => (q.Kind, q.Name, q.CouldRaiseUrgencyTo, q.RuleIds.Count));

    private static (int Section, int Slot) ClinicalRank(FactKind kind, string name)
    {
        if (kind == FactKind.Finding)
        {
            Assert.True(Vocabulary.TryParseFinding(name, out var finding));
            return (Array.IndexOf(s_clinical, FactTable.Of(finding).Section), FactTable.SlotOf(finding));
        }

        Assert.True(Vocabulary.TryParseQuantity(name, out var quantity));
        return (Array.IndexOf(s_clinical, FactTable.Of(quantity).Section), FactTable.SlotOf(quantity));
    }
}
