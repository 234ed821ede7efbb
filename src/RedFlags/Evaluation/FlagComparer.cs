using System.Collections.Generic;

namespace RedFlags.Evaluation;

/// <summary>Most urgent first, then flags that stand for their condition before those that only contribute (issue #18
/// item 8), then the lowest priority number (brief §10: first match wins), then id.</summary>
internal sealed class FlagComparer : IComparer<int>
{
    private readonly GraphRule[] _rules;

    public FlagComparer(GraphRule[] rules) => _rules = rules;

    public int Compare(int x, int y)
    {
        ref readonly var a = ref _rules[x];
        ref readonly var b = ref _rules[y];
        var byUrgency = ((int)b.Urgency).CompareTo((int)a.Urgency); // as numbers: Enum.CompareTo(object) boxes
        if (byUrgency != 0)
        {
            return byUrgency;
        }

        if (a.Rule.ContributesOnly != b.Rule.ContributesOnly)
        {
            return a.Rule.ContributesOnly ? 1 : -1;
        }

        var byPriority = a.Priority.CompareTo(b.Priority);
        return byPriority != 0 ? byPriority : string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
    }
}
