using System.Collections.Generic;
using RedFlags.Rules;
using static RedFlags.Rules.Criterion;

namespace RedFlags;

// Brief §9.1 (MAL-MSCC-PAIN, MAL-MSCC-NEURO) and pathways 2 and 5: people with a past or current cancer; §13.2
// (MAL-MSCC-SUSPECTED): compression with known or suspected cancer.
public static partial class DefaultCatalogue
{
    private static IEnumerable<RedFlagRule> CompressionRules() =>
    [
        Rule(
            "MAL-MSCC-NEURO",
            SuspectedCondition.MetastaticSpinalCordCompression,
            "Possible spinal cord or cauda equina compression in a person with cancer",
            "Past or current cancer (or suspected cancer) with any neurological feature of compression: radicular or band-like pain, limb weakness, difficulty walking, numbness or sensory loss, bladder or bowel dysfunction, reduced anal tone. Oncological emergency, whatever the computed probability.",
            "Because you have had cancer, new numbness, weakness, walking difficulty or bladder or bowel problems can mean pressure on the spinal cord.",
            AllOf(
                AnyOf(Flag("MAL-HISTORY-OF-CANCER"), Present(Finding.ClinicianSuspectsCancer)),
                AnyOf(
                [
                    Present(Finding.RadicularOrBandLikePain),
                    Present(Finding.LegWeakness),
                    Present(Finding.GaitDisturbance),
                    Present(Finding.NumbnessInOneLeg),
                    Present(Finding.NumbnessInBothLegs),
                    Present(Finding.SaddleNumbness),
                    .. BladderOrBowelChange,
                    Present(Finding.ReducedAnalTone),
                ])),
            CompressionEmergency,
            Source(Sources.Nice2023Summary, EvidenceTag.Verified, note: "Immediately contact the MSCC coordinator if a person with a past or current cancer has symptoms or signs of cord compression. No likelihood ratio: a guideline trigger."),
            Source(Sources.Cg75, EvidenceTag.Verified, note: "Neurological symptoms (radicular pain, limb weakness, difficulty walking, sensory loss, bladder or bowel dysfunction) -> contact the MSCC coordinator immediately."),
            Source(Sources.Ng234, EvidenceTag.Secondary, note: "MRI as soon as possible and within 24 hours [S].")),
        Rule(
            "MAL-MSCC-SUSPECTED",
            SuspectedCondition.MetastaticSpinalCordCompression,
            "Cord or cauda equina compression with known or suspected cancer",
            "Features of cord or cauda equina compression (saddle, bladder or bowel change, reduced anal tone, progressive leg weakness, gait disturbance, numbness in both legs), new or of unknown onset, with a known cancer or features suggesting one (unexplained weight loss, progressive, night or thoracic pain, age 50 or over, clinician suspicion): raise metastatic spinal cord compression as well as cauda equina syndrome and follow both pathways.",
            "These symptoms can mean pressure on the spinal cord or nerves, and together with your other symptoms they need an emergency scan today.",
            AllOf(
                AnyOf(
                    Flag("MAL-HISTORY-OF-CANCER"),
                    Present(Finding.ClinicianSuspectsCancer),
                    Present(Finding.UnexplainedWeightLoss),
                    Present(Finding.ProgressivePain),
                    Present(Finding.NightPain),
                    Present(Finding.ThoracicPain),
                    AtLeast(Quantity.AgeYears, 50)),
                AnyOf(
                    Present(Finding.SaddleNumbness),
                    Present(Finding.UrinaryRetention),
                    Present(Finding.UrinaryIncontinence),
                    Present(Finding.AlteredBladderSensation),
                    Present(Finding.FaecalIncontinence),
                    Present(Finding.AlteredRectalSensation),
                    Present(Finding.ReducedAnalTone),
                    Present(Finding.ProgressiveLegWeakness),
                    Present(Finding.GaitDisturbance),
                    Present(Finding.NumbnessInBothLegs)),
                RecentOrUnknownOnset),
            SuspectedCancerCompressionEmergency,
            Source(Sources.BriefFurtherFlags, EvidenceTag.Secondary, note: "Suspected cord or cauda equina compression without a cancer diagnosis but with features suggesting cancer (weight loss, progressive night or thoracic pain, age >= 50): NG234 covers known or suspected cancer, so the MSCC pathway applies [S NG234 via BMJ 2023]."),
            Source(Sources.Girft2023, EvidenceTag.Verified, note: "The compression is an emergency whatever its cause (GIRFT symptom list)."),
            Source(Sources.Nice2023Summary, EvidenceTag.Verified, note: "Contact the MSCC coordinator immediately for symptoms or signs of cord compression. No likelihood ratio: a guideline trigger.")),
        Rule(
            "MAL-MSCC-PAIN",
            SuspectedCondition.MetastaticSpinalCordCompression,
            "Pain suggesting spinal metastases in a person with cancer",
            "Past or current cancer with any pain feature of spinal metastases: progressive or severe unremitting pain, pain worse on straining, localised spinal tenderness, night pain preventing sleep, thoracic or cervical pain, mechanical pain.",
            "Because you have had cancer, this kind of back pain needs a spine scan within a week.",
            AllOf(
                Flag("MAL-HISTORY-OF-CANCER"),
                AnyOf(
                    Present(Finding.ProgressivePain),
                    Present(Finding.ConstantUnremittingPain),
                    Present(Finding.PainWorseOnStraining),
                    Present(Finding.LocalisedSpinalTenderness),
                    Present(Finding.NightPain),
                    Present(Finding.ThoracicPain),
                    Present(Finding.CervicalPain),
                    Present(Finding.MechanicalPain))),
            CompressionUrgent,
            Source(Sources.Cg75, EvidenceTag.Verified, note: "Contact the MSCC coordinator within 24 hours for people with cancer and thoracic or cervical pain, progressive lumbar pain, severe unremitting pain, pain on straining, localised tenderness or nocturnal pain preventing sleep. No likelihood ratio: a guideline trigger."),
            Source(Sources.Ng234, EvidenceTag.Secondary, note: "Adds mechanical pain; whole-spine MRI within 1 week; no plain X-ray [S].")),
    ];
}
