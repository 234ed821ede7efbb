using System.Collections.Generic;
using RedFlags.Rules;
using static RedFlags.Rules.Criterion;

namespace RedFlags;

// Brief §9.4 (spinal infection) and pathway 3. The brief found too little data for likelihood ratios of infection
// flags (Yusuf 2019), so these rules carry descriptive figures only.
public static partial class DefaultCatalogue
{
    private static AnyOfCriterion InfectionRiskFactor => AnyOf(
        Flag("INF-IVDU"),
        Flag("INF-RECENT-INFECTION"),
        Flag("INF-IMMUNOSUPPRESSION"),
        Flag("INF-SPINAL-PROCEDURE"),
        Flag("INF-VASCULAR-CATHETER"));

    private static IEnumerable<RedFlagRule> InfectionRules() =>
    [
        Rule(
            "INF-FEVER",
            SuspectedCondition.SpinalInfection,
            "Fever",
            "Measured temperature of 38.0 °C or more, or reported fevers or rigors during this episode. With an infection risk factor or a neurological deficit: same-day pathway.",
            "A fever with back pain needs blood tests to look for infection.",
            AnyOf(Present(Finding.Fever), AtLeast(Quantity.TemperatureCelsius, 38.0)),
            InfectionWorkUp,
            Source(Sources.Yusuf2019, EvidenceTag.Verified, "40 papers, 2,224 cases", note: "Fever in 55% of spinal infection cases; diagnostic accuracy could not be assessed."),
            Source(Sources.Ajem2019, EvidenceTag.Verified, "Community emergency department, 223 analysed", note: "Fever: odds ratio 2.8 (1.3-6.0); an odds ratio, not a likelihood ratio.")),
        Rule(
            "INF-IVDU",
            SuspectedCondition.SpinalInfection,
            "Injecting drug use",
            "Current or recent injecting drug use: low threshold for ESR and CRP and same-day assessment.",
            "Injecting drugs can let infection reach the spine; back pain should be checked today.",
            Present(Finding.InjectingDrugUse),
            InfectionRiskAssessment,
            Source(Sources.Yusuf2019, EvidenceTag.Verified, note: "Injecting drug use in 9% of cases."),
            Source(Sources.Ajem2019, EvidenceTag.Verified, note: "13.1% of spinal epidural abscess cases."),
            Source(Sources.Galliker2020, EvidenceTag.Verified, note: "Raises the likelihood of epidural abscess.")),
        Rule(
            "INF-RECENT-INFECTION",
            SuspectedCondition.SpinalInfection,
            "Recent infection or bacteraemia",
            "Skin or soft-tissue infection, another infection site or a positive blood culture recently (the brief's ~3-month window is unverified [U]; the clinician judges 'recent').",
            "A recent infection can occasionally spread to the spine; back pain should be checked today.",
            Present(Finding.RecentInfectionOrBacteraemia),
            InfectionRiskAssessment,
            Source(Sources.Ajem2019, EvidenceTag.Verified, "Community emergency department, 223 analysed", note: "Odds ratio 13.5 (3.6-50.7); an odds ratio, not a likelihood ratio.")),
        Rule(
            "INF-IMMUNOSUPPRESSION",
            SuspectedCondition.SpinalInfection,
            "Weak immune system",
            "Diabetes, HIV, chemotherapy, transplant or immunosuppressant drugs, long-term steroids, chronic liver or kidney disease. Contributes.",
            "A weaker immune system makes infections a little more likely; tell your clinician if you get a fever.",
            Present(Finding.Immunosuppression),
            LowValueFlags,
            Source(Sources.Yusuf2019, EvidenceTag.Verified, note: "Diabetes in 18% of cases."),
            Source(Sources.Davis2011, EvidenceTag.Verified, note: "In the spinal epidural abscess risk-factor list.")),
        Rule(
            "INF-SPINAL-PROCEDURE",
            SuspectedCondition.SpinalInfection,
            "Recent spinal procedure or spinal hardware",
            "Spinal surgery or injection recently (the brief's ~3-month window is unverified [U]) or indwelling spinal hardware. Contributes.",
            "After spine surgery or an injection, tell your clinician straight away if you get a fever.",
            Present(Finding.RecentSpinalProcedureOrHardware),
            LowValueFlags,
            Source(Sources.Davis2004, EvidenceTag.Verified, note: "Risk factor for spinal epidural abscess."),
            Source(Sources.Davis2011, EvidenceTag.Verified, note: "Risk factor for spinal epidural abscess.")),
        Rule(
            "INF-VASCULAR-CATHETER",
            SuspectedCondition.SpinalInfection,
            "Indwelling vascular catheter",
            "A current indwelling vascular catheter (line). Contributes.",
            "Having a line in a vein makes infections a little more likely; tell your clinician if you get a fever.",
            Present(Finding.IndwellingVascularCatheter),
            LowValueFlags,
            Source(Sources.Galliker2020, EvidenceTag.Verified, note: "Raises the likelihood of epidural abscess.")),
        Rule(
            "INF-ESR-CRP",
            SuspectedCondition.SpinalInfection,
            "Raised inflammatory markers",
            "ESR over 20 mm/h or CRP above the laboratory's reference range. With an infection risk factor: same-day pathway.",
            "Blood tests show inflammation, which needs follow-up.",
            AnyOf(GreaterThan(Quantity.EsrMillimetresPerHour, 20), Present(Finding.RaisedCrp)),
            InfectionWorkUp,
            Source(Sources.Davis2004, EvidenceTag.Verified, "Emergency department", note: "ESR > 20 mm/h in 98% of spinal epidural abscess; white cells > 10,000/uL in only 60%.")),
        Rule(
            "INF-RISK-COMBINATION",
            SuspectedCondition.SpinalInfection,
            "Fever or raised markers with an infection risk factor",
            "Fever or raised ESR/CRP with at least one infection risk factor (injecting drug use, recent infection, immunosuppression, spinal procedure or hardware, vascular catheter).",
            "Together, your signs could mean an infection in the spine; you need to be seen today.",
            AllOf(AnyOf(Flag("INF-FEVER"), Flag("INF-ESR-CRP")), InfectionRiskFactor),
            InfectionEmergency,
            Source(Sources.Davis2011, EvidenceTag.Verified, "Emergency department, prospective", Figure(1.0), Figure(0.67), note: "ESR in patients with at least one risk factor; the guideline cut diagnostic delays from 84% to 10%.")),
        Rule(
            "INF-TRIAD",
            SuspectedCondition.SpinalInfection,
            "Fever, spinal pain and a neurological deficit",
            "The classic triad of spinal epidural abscess. Present in only 13% of cases at first visit: its absence does not exclude infection.",
            "Fever with back pain and weakness or numbness needs emergency assessment today.",
            AllOf(Flag("INF-FEVER"), NeurologicalDeficit),
            InfectionEmergency,
            Source(Sources.Davis2004, EvidenceTag.Verified, "Emergency department", note: "Triad in 13% of spinal epidural abscess vs 1% of controls; 98% of cases had at least one element.")),
        Rule(
            "INF-WITH-NEURO-DEFICIT",
            SuspectedCondition.SpinalInfection,
            "Infection flag with a neurological deficit",
            "Any infection flag with an objective neurological deficit: same-day emergency assessment.",
            "Signs of infection together with weakness or numbness need emergency assessment today.",
            AllOf(AnyOf(Flag("INF-FEVER"), Flag("INF-ESR-CRP"), Flag("INF-IVDU"), Flag("INF-RECENT-INFECTION"), Flag("INF-IMMUNOSUPPRESSION"), Flag("INF-SPINAL-PROCEDURE"), Flag("INF-VASCULAR-CATHETER")), NeurologicalDeficit),
            InfectionEmergency,
            Source(Sources.BriefPathways, EvidenceTag.Design, note: "Pathway 3; delays in spinal epidural abscess left residual weakness in 45% vs 13% without delay (" + Sources.Davis2004 + ") [V].")),
    ];
}
