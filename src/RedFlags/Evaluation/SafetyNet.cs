using System.Collections.Generic;

namespace RedFlags.Evaluation;

/// <summary>The one safety-net every assessment below an emergency ends its patient advice with (issue #18 item 7).</summary>
/// <remarks>The warning signs of cauda equina or cord compression (brief §4 and §9.2 CES-SAFETY-NET: GIRFT 2023 symptom
/// list, Greenhalgh 2018 CES warning cards). A sign the patient already has is not one to watch for: it is left out,
/// and leg weakness already present becomes "your leg weakness getting worse".</remarks>
internal static class SafetyNet
{
    private static readonly (Finding[] Findings, string Words)[] s_signs =
    [
        ([Finding.SaddleNumbness], "numbness around your bottom or genitals"),
        ([Finding.UrinaryRetention, Finding.UrinaryHesitancy], "difficulty passing urine"),
        ([Finding.UrinaryIncontinence, Finding.FaecalIncontinence, Finding.AlteredBladderSensation, Finding.AlteredRectalSensation], "loss of bladder or bowel control"),
    ];

    /// <summary>The safety-net for what the presentation records.</summary>
    public static string Advice(in FactReader facts)
    {
        var signs = new List<string>(4);
        foreach (var (findings, words) in s_signs)
        {
            if (!AnyPresent(findings, facts))
            {
                signs.Add(words);
            }
        }

        signs.Add(facts.Read(Finding.LegWeakness) == Presence.Present ? "your leg weakness getting worse" : "weakness in your legs");
        return "Go to an emergency department straight away if you notice " + Join(signs) + ".";
    }

    private static bool AnyPresent(Finding[] findings, in FactReader facts)
    {
        foreach (var finding in findings)
        {
            if (facts.Read(finding) == Presence.Present)
            {
                return true;
            }
        }

        return false;
    }

    // "a, b, or c", as the catalogue's advice lists signs; "a or b" for two.
    private static string Join(List<string> signs) => signs.Count switch
    {
        1 => signs[0],
        2 => signs[0] + " or " + signs[1],
        _ => string.Join(", ", signs.GetRange(0, signs.Count - 1)) + ", or " + signs[signs.Count - 1],
    };
}
