using System.Collections.Generic;
using RedFlags.Rules;
using static RedFlags.Rules.Criterion;

namespace RedFlags;

// Brief §9.3 (vertebral fracture) and pathways 4 and 11.
public static partial class DefaultCatalogue
{
    private const string Henschke2009Setting = "Australian primary care, acute low back pain, 1,172 patients, 8 fractures";

    // An objective neurological deficit, for the "+ neuro deficit" pathways 3 and 4. One-leg dermatomal numbness alone
    // is left out on purpose: it is the commonest finding in sciatica and would send most of those patients to the
    // emergency pathway.
    private static AnyOfCriterion NeurologicalDeficit => AnyOf(
        Present(Finding.LegWeakness),
        Present(Finding.GaitDisturbance),
        Present(Finding.NumbnessInBothLegs),
        Present(Finding.SaddleNumbness),
        Present(Finding.UrinaryRetention),
        Present(Finding.FaecalIncontinence),
        Present(Finding.ReducedAnalTone));

    private static EvidenceSource TraumaEvidence(string note) => Source(Sources.Henschke2009, EvidenceTag.Verified, Henschke2009Setting, positiveLikelihoodRatio: Figure(10.0), note: note);

    private static IEnumerable<RedFlagRule> FractureRules() =>
    [
        Rule(
            "FRX-CORTICOSTEROID",
            SuspectedCondition.VertebralFracture,
            "Long-term corticosteroids",
            "Systemic (or inhaled) corticosteroid use for more than 90 days (Enthoven's operational definition; Henschke's is unverified [U]).",
            "Long-term steroid medicine can weaken the bones, so your back should be scanned for a fracture.",
            GreaterThan(Quantity.CorticosteroidDurationDays, 90),
            FractureImaging,
            Source(Sources.Henschke2009, EvidenceTag.Verified, Henschke2009Setting, positiveLikelihoodRatio: Figure(48.5)),
            Source(Sources.Downie2013, EvidenceTag.Verified, note: "Post-test probability 33% (10-67%)."),
            Source(Sources.Enthoven2016, EvidenceTag.Verified, note: "Prolonged corticosteroid use defined as oral or inhaled use for more than 90 days."),
            Source(Sources.Williams2013, EvidenceTag.Verified, note: "Corticosteroid LR+ 4-48 across primary-care studies.")),
        Rule(
            "FRX-SUDDEN-ONSET",
            SuspectedCondition.VertebralFracture,
            "Sudden severe central spinal pain in fragile bones",
            "Sudden onset of severe central spinal pain, even without a fall (a cough, a lift, bending), with osteoporosis, a previous fragility fracture, corticosteroids for more than 90 days, or age 70 or over: image for a fracture.",
            "Sudden severe back pain can be a broken bone in the spine when bones are fragile, even without a fall, so your back should be scanned.",
            AllOf(
                Present(Finding.SuddenSevereOnset),
                AnyOf(
                    Present(Finding.Osteoporosis),
                    Present(Finding.PreviousFragilityFracture),
                    GreaterThan(Quantity.CorticosteroidDurationDays, 90),
                    AtLeast(Quantity.AgeYears, 70))),
            FractureImaging,
            Source(Sources.CksBackPainViaNhsPathways, EvidenceTag.Secondary, note: "Brief §13.2. No likelihood ratio retrieved."),
            Source(Sources.Nogg, EvidenceTag.Verified, note: "Brief §13.2 (title and gist verified)."),
            Source(Sources.BriefFurtherFlags, EvidenceTag.Design, note: "Age 70 or over and corticosteroids for more than 90 days as the brief's §9.3 fracture flags use them (Enthoven's definition); §13.2 says only 'older age', and the age cut-off of 70 or over is the one issue #18 item 2 names.")),
        Rule(
            "FRX-AGE-70",
            SuspectedCondition.VertebralFracture,
            "Age over 70",
            "Age at the assessment date over 70 years. Contributes; with trauma or steroids see FRX-SIGNIFICANT-TRAUMA and FRX-MULTI-3OF4.",
            "Bones become thinner with age, so a fall or strain is more likely to cause a fracture.",
            GreaterThan(Quantity.AgeYears, 70),
            LowValueFlags,
            Source(Sources.Henschke2009, EvidenceTag.Verified, Henschke2009Setting, positiveLikelihoodRatio: Figure(11.0)),
            Source(Sources.Downie2013, EvidenceTag.Verified, note: "Older age (cut-off varies): post-test probability 9% (3-25%).")),
        Rule(
            "FRX-HIGH-ENERGY-TRAUMA",
            SuspectedCondition.VertebralFracture,
            "High-energy injury",
            "High-energy trauma (road collision, fall from a height) at any age: emergency trauma pathway.",
            "A major injury like this needs checking for a broken bone in the spine today.",
            Present(Finding.HighEnergyTrauma),
            FractureEmergency,
            TraumaEvidence("Significant trauma; post-test probability 11% (8-16%) in Downie 2013 [V]; LR+ range 3-13 across studies (Williams 2013) [V].")),
        Rule(
            "FRX-SIGNIFICANT-TRAUMA",
            SuspectedCondition.VertebralFracture,
            "Minor injury with fragile bones",
            "Low-energy trauma (fall from standing, heavy lift) in a person aged 50 or over, or with osteoporosis, a previous fragility fracture or more than 90 days of corticosteroids: significant relative to bone health.",
            "Even a small fall or strain can break a bone in the spine when bones are fragile, so your back should be scanned.",
            AllOf(
                Present(Finding.LowEnergyTrauma),
                AnyOf(
                    AtLeast(Quantity.AgeYears, 50),
                    Present(Finding.Osteoporosis),
                    Present(Finding.PreviousFragilityFracture),
                    GreaterThan(Quantity.CorticosteroidDurationDays, 90))),
            FractureImaging,
            TraumaEvidence("Trauma thresholds relative to bone health follow the AHCPR-derived panel wording [V]; the age and bone-health qualifiers are a design choice of the brief.")),
        Rule(
            "FRX-CONTUSION-ABRASION",
            SuspectedCondition.VertebralFracture,
            "Bruise or graze over the spine",
            "Examiner-recorded contusion or abrasion at the painful level.",
            "A bruise or graze over the painful part of your spine means it should be scanned for a fracture.",
            Present(Finding.SpinalBruiseOrGraze),
            FractureImaging,
            Source(Sources.Downie2013, EvidenceTag.Verified, note: "Post-test probability 62% (49-74%); no likelihood ratio retrieved."),
            Source(Sources.Han2023, EvidenceTag.Verified, note: "One of the four most useful fracture flags.")),
        Rule(
            "FRX-FEMALE",
            SuspectedCondition.VertebralFracture,
            "Female sex",
            "Female sex: one item of Henschke's four-item fracture rule; no single-flag likelihood ratio. Contributes only.",
            "Women are more likely to have thin bones after the menopause; on its own this is not a reason for tests.",
            Present(Finding.Female),
            LowValueFlags,
            Source(Sources.Henschke2009, EvidenceTag.Verified, Henschke2009Setting, note: "Part of the four-item rule (AUC 0.834); single-flag LR unverified [U].")),
        Rule(
            "FRX-OSTEOPOROSIS",
            SuspectedCondition.VertebralFracture,
            "Known osteoporosis or fragility fracture",
            "Coded osteoporosis or a previous fragility fracture. No likelihood ratio retrieved; in Enthoven's model. Contributes.",
            "Thin bones make a fracture more likely after a fall or strain.",
            AnyOf(Present(Finding.Osteoporosis), Present(Finding.PreviousFragilityFracture)),
            LowValueFlags,
            Source(Sources.Enthoven2016, EvidenceTag.Verified, "Older adults (>55) in general practice, 669 patients", note: "Osteoporosis is in the prediction model (AUC 0.78); no single-flag LR.")),
        Rule(
            "FRX-MULTI-3OF4",
            SuspectedCondition.VertebralFracture,
            "Several fracture flags",
            "At least three of: female sex, age over 70, significant trauma, more than 90 days of corticosteroids.",
            "Several things together make a fracture in the spine likely, so your back should be scanned.",
            AtLeastOf(
                3,
                Present(Finding.Female),
                GreaterThan(Quantity.AgeYears, 70),
                AnyOf(Flag("FRX-HIGH-ENERGY-TRAUMA"), Flag("FRX-SIGNIFICANT-TRAUMA")),
                GreaterThan(Quantity.CorticosteroidDurationDays, 90)),
            FractureImaging,
            Source(Sources.Henschke2009, EvidenceTag.Verified, Henschke2009Setting, positiveLikelihoodRatio: Figure(218.3), note: "Very wide confidence interval (8 fractures)."),
            Source(Sources.Downie2013, EvidenceTag.Verified, note: "Multiple red flags: post-test probability 90% (34-99%).")),
        Rule(
            "FRX-NEURO-DEFICIT",
            SuspectedCondition.VertebralFracture,
            "Fracture flag with a neurological deficit",
            "Any fracture flag (steroids, significant or high-energy trauma, contusion, several flags) with an objective neurological deficit: emergency trauma or spinal pathway.",
            "A possible spine fracture with weakness or numbness needs checking at hospital today.",
            AllOf(
                AnyOf(Flag("FRX-CORTICOSTEROID"), Flag("FRX-HIGH-ENERGY-TRAUMA"), Flag("FRX-SIGNIFICANT-TRAUMA"), Flag("FRX-CONTUSION-ABRASION"), Flag("FRX-MULTI-3OF4"), Flag("FRX-SUDDEN-ONSET")),
                NeurologicalDeficit),
            FractureEmergency,
            Source(Sources.BriefPathways, EvidenceTag.Design, note: "Pathway 4; flags from " + Sources.Henschke2009 + " and " + Sources.Downie2013 + " [V].")),
    ];
}
