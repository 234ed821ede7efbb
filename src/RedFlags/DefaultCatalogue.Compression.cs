using System.Collections.Generic;
using RedFlags.Rules;
using static RedFlags.Rules.Criterion;

namespace RedFlags;

// Brief §9.1 (MAL-MSCC-PAIN, MAL-MSCC-NEURO) and pathways 2 and 5: people with a past or current cancer.
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
                    Present(Finding.RadicularOrBandLikePain),
                    Present(Finding.LegWeakness),
                    Present(Finding.GaitDisturbance),
                    Present(Finding.NumbnessInOneLeg),
                    Present(Finding.NumbnessInBothLegs),
                    Present(Finding.SaddleNumbness),
                    Present(Finding.UrinaryRetention),
                    Present(Finding.UrinaryIncontinence),
                    Present(Finding.UrinaryHesitancy),
                    Present(Finding.AlteredBladderSensation),
                    Present(Finding.FaecalIncontinence),
                    Present(Finding.AlteredRectalSensation),
                    Present(Finding.ReducedAnalTone))),
            CompressionEmergency,
            Source(Sources.Nice2023Summary, EvidenceTag.Verified, note: "Immediately contact the MSCC coordinator if a person with a past or current cancer has symptoms or signs of cord compression. No likelihood ratio: a guideline trigger."),
            Source(Sources.Cg75, EvidenceTag.Verified, note: "Neurological symptoms (radicular pain, limb weakness, difficulty walking, sensory loss, bladder or bowel dysfunction) -> contact the MSCC coordinator immediately."),
            Source(Sources.Ng234, EvidenceTag.Secondary, note: "MRI as soon as possible and within 24 hours [S].")),
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
