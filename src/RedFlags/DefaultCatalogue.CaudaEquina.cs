using System.Collections.Generic;
using RedFlags.Rules;
using static RedFlags.Rules.Criterion;

namespace RedFlags;

// Brief §9.2 (cauda equina syndrome) and pathway 1. "Recent" (onset or worsening within 14 days) counts as present
// when unknown: a missing onset date must never lower an emergency.
public static partial class DefaultCatalogue
{
    private const string DionneNote = "Pooled sensitivity 0.19-0.43 and specificity 0.62-0.88 across CES red flags (7 studies, n=569): more specific than sensitive.";

    private static FindingCriterion RecentOrUnknownOnset => PresentOrUnknown(Finding.NeurologicalSymptomsRecent);

    // The bladder and bowel changes of cauda equina or cord compression (brief §4, §9.1 MAL-MSCC-NEURO, §9.2), one
    // list for every rule that names them all, in the same order.
    private static Criterion[] BladderOrBowelChange =>
    [
        Present(Finding.UrinaryRetention),
        Present(Finding.UrinaryIncontinence),
        Present(Finding.UrinaryHesitancy),
        Present(Finding.AlteredBladderSensation),
        Present(Finding.FaecalIncontinence),
        Present(Finding.AlteredRectalSensation),
    ];

    private static IEnumerable<RedFlagRule> CaudaEquinaRules() =>
    [
        Rule(
            "CES-SADDLE-SENSORY",
            SuspectedCondition.CaudaEquinaSyndrome,
            "Saddle numbness or altered sensation",
            "New or worsening (within 14 days, or onset unknown) altered sensation in the perianal, perineal or genital skin.",
            "Numbness around your bottom or genitals can mean the nerves at the base of the spine are squeezed.",
            AllOf(Present(Finding.SaddleNumbness), RecentOrUnknownOnset),
            CaudaEquinaEmergency,
            Source(Sources.CesSingleCentre, EvidenceTag.Verified, "334 urgent MRIs, 25 CES", Figure(0.60), Figure(0.67), note: "Altered perianal sensation; LR+ about 1.8 [C]."),
            Source(Sources.Dionne2019, EvidenceTag.Verified, note: DionneNote)) with
        {
            // Among equally urgent cauda equina flags the most specific decides: altered saddle sensation (LR+ about
            // 1.8) before bladder disturbance (LR+ about 1.1), brief §9.2 (issue #18 item 9).
            Priority = CaudaEquinaEmergency.Priority - 1,
        },
        Rule(
            "CES-BLADDER",
            SuspectedCondition.CaudaEquinaSyndrome,
            "New bladder disturbance",
            "New or worsening (within 14 days, or onset unknown) urinary retention, incontinence, hesitancy or poor stream, or loss of bladder sensation.",
            "New problems passing or holding urine, or not feeling when your bladder is full, need checking today.",
            AllOf(
                AnyOf(Present(Finding.UrinaryRetention), Present(Finding.UrinaryIncontinence), Present(Finding.UrinaryHesitancy), Present(Finding.AlteredBladderSensation)),
                RecentOrUnknownOnset),
            CaudaEquinaEmergency,
            Source(Sources.CesSingleCentre, EvidenceTag.Verified, "334 urgent MRIs, 25 CES", Figure(0.72), Figure(0.36), note: "Bladder dysfunction; LR+ about 1.1 [C]."),
            Source(Sources.Dionne2019, EvidenceTag.Verified, note: DionneNote)),
        Rule(
            "CES-BOWEL",
            SuspectedCondition.CaudaEquinaSyndrome,
            "New bowel disturbance",
            "New or worsening (within 14 days, or onset unknown) faecal incontinence or loss of rectal sensation.",
            "New loss of bowel control or feeling needs checking today.",
            AllOf(AnyOf(Present(Finding.FaecalIncontinence), Present(Finding.AlteredRectalSensation)), RecentOrUnknownOnset),
            CaudaEquinaEmergency,
            Source(Sources.Dionne2019, EvidenceTag.Verified, note: DionneNote)),
        Rule(
            "CES-SEXUAL",
            SuspectedCondition.CaudaEquinaSyndrome,
            "New sexual dysfunction",
            "New (within 14 days, or onset unknown) erectile or ejaculatory dysfunction or loss of genital sensation.",
            "New loss of sexual function or genital feeling with back pain needs checking today.",
            AllOf(Present(Finding.SexualDysfunction), RecentOrUnknownOnset),
            CaudaEquinaEmergency,
            Source(Sources.Girft2023, EvidenceTag.Verified, note: "In the GIRFT symptom list. No accuracy figures.")),
        Rule(
            "CES-PVR-200",
            SuspectedCondition.CaudaEquinaSyndrome,
            "Large bladder residual",
            "Post-void residual of 200 mL or more on bladder scan: strengthens the emergency. A residual under 200 mL must not cancel MRI.",
            "Your bladder is not emptying properly, which needs urgent checking.",
            AtLeast(Quantity.PostVoidResidualMillilitres, 200),
            CaudaEquinaEmergency,
            Source(Sources.PvrMetaAnalysis2022, EvidenceTag.Verified, "7 studies, 938 patients, 73 CES", Figure(0.83), Figure(0.94), note: "For PVR > 200 mL; LR+ about 13 and LR- about 0.18 are computed by the brief [C]; PVR > 100 mL: sensitivity 0.64, specificity 0.59."),
            Source(Sources.Girft2023, EvidenceTag.Verified, note: "PVR >= 200 mL makes CES considerably more likely; < 200 mL does not exclude it.")),
        Rule(
            "CES-ANAL-TONE",
            SuspectedCondition.CaudaEquinaSyndrome,
            "Reduced anal tone",
            "Examiner-recorded reduced voluntary anal squeeze. A rectal examination is not required to trigger MRI.",
            "The examination found a sign that the nerves at the base of the spine may be squeezed.",
            Present(Finding.ReducedAnalTone),
            CaudaEquinaEmergency,
            Source(Sources.Dionne2019, EvidenceTag.Verified, note: DionneNote),
            Source(Sources.Girft2023, EvidenceTag.Verified, note: "Digital rectal examination is not required to justify emergency MRI.")),
        Rule(
            "CES-PROGRESSIVE-NEURO",
            SuspectedCondition.CaudaEquinaSyndrome,
            "Worsening leg weakness",
            "Motor deficit in the legs increasing over hours or days.",
            "Leg weakness that is getting worse needs checking today.",
            Present(Finding.ProgressiveLegWeakness),
            CaudaEquinaEmergency,
            Source(Sources.CesSingleCentre, EvidenceTag.Verified, "334 urgent MRIs, 25 CES", Figure(0.68), Figure(0.72), note: "Leg weakness; LR+ about 2.4 [C]."),
            Source(Sources.Girft2023, EvidenceTag.Verified, note: "Bilateral leg motor weakness or neurological deficit is in the GIRFT symptom list.")),
        Rule(
            "CES-BILATERAL-LEG",
            SuspectedCondition.CaudaEquinaSyndrome,
            "Symptoms in both legs",
            "Radicular pain, numbness or deficit in both legs that began or worsened within 14 days, or with progressive leg weakness, or with bladder, bowel, saddle or sexual change. With any other CES flag the emergency rules apply; alone, a same-day specialist discussion (brief design). Long-standing bilateral symptoms with none of these (for example neurogenic claudication) get the cauda equina safety-net (CES-SAFETY-NET), not this pathway; an unknown onset is asked, not assumed (brief §13.2).",
            "Symptoms in both legs need a doctor to speak to a spinal specialist today.",
            AllOf(
                AnyOf(Present(Finding.LegSymptomsInBothLegs), Present(Finding.NumbnessInBothLegs)),
                AnyOf(
                [
                    Present(Finding.NeurologicalSymptomsRecent),
                    Present(Finding.ProgressiveLegWeakness),
                    Present(Finding.SaddleNumbness),
                    .. BladderOrBowelChange,
                    Present(Finding.SexualDysfunction),
                ])),
            CaudaEquinaSameDayDiscussion,
            Source(Sources.CesSingleCentre, EvidenceTag.Verified, "334 urgent MRIs, 25 CES", Figure(0.60), Figure(0.70), note: "Bilateral leg pain; LR+ about 2.0 [C]."),
            Source(Sources.Girft2023, EvidenceTag.Verified, note: "Bilateral leg symptoms are an emergency feature when new (within 14 days) or worsening, or with bladder, bowel, saddle or sexual change (brief §13.2)."),
            Source(Sources.MercerFinucaneGreenhalgh2019, EvidenceTag.Secondary, note: "Long-standing bilateral leg pain or neurogenic claudication with normal neurology: treat the symptoms and safety-net with a CES card, no emergency scan (brief §13.2).")),
        Rule(
            "CES-SAFETY-NET",
            SuspectedCondition.CaudaEquinaSyndrome,
            "Leg symptoms: cauda equina safety-net",
            "Radicular pain, numbness or tingling, or weakness in the legs: give written cauda equina warning advice. Fires alongside any more urgent CES flag.",
            "Pain, numbness or weakness in a leg is common with back pain, but know the warning signs that need urgent help.",
            AnyOf(
                Present(Finding.LegSymptomsInOneLeg),
                Present(Finding.LegSymptomsInBothLegs),
                Present(Finding.NumbnessInOneLeg),
                Present(Finding.NumbnessInBothLegs),
                Present(Finding.RadicularOrBandLikePain),
                Present(Finding.LegWeakness)),
            CaudaEquinaSafetyNet,
            Source(Sources.Greenhalgh2018, EvidenceTag.Verified, note: "Consistent questioning and safety-netting with CES warning cards."),
            Source(Sources.Girft2023, EvidenceTag.Verified)),
    ];
}
