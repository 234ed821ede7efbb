using RedFlags.Facts;

namespace RedFlags.Evaluation;

/// <summary>How a question is answered and where it stands in the clinical order of questions (issue #18 item 6).</summary>
internal static class QuestionOrder
{
    // A clinician asks about cauda equina and cord symptoms first (brief §9.2, §10 pathways 1-2), then examines, then
    // takes the history of cancer, fracture and infection risk, then systemic and pain features; laboratory items come
    // after the bedside ones, and age and sex, which only feed combinations, last.
    private static readonly FactSection[] s_sections =
    [
        FactSection.Neurology,
        FactSection.Examination,
        FactSection.History,
        FactSection.Systemic,
        FactSection.Pain,
        FactSection.Labs,
        FactSection.Presentation,
    ];

    /// <summary>The clinical rank of a fact: its section in clinical order, then its place in the fact table.</summary>
    public static int Rank(FactSection section, int slot) => (System.Array.IndexOf(s_sections, section) * 1_000) + slot;

    /// <summary>What answers a question about a fact of this section.</summary>
    public static QuestionAction Action(FactSection section) => section switch
    {
        FactSection.Examination => QuestionAction.Examine,
        FactSection.Labs => QuestionAction.RequestTest,
        FactSection.Presentation => QuestionAction.Record,
        _ => QuestionAction.Ask,
    };
}
