using System.Collections.Generic;
using RedFlags.Rules;

namespace RedFlags;

/// <summary>The default rule catalogue: the red flags of the RedFlags evidence brief (§9) and its urgency pathways (§10).</summary>
/// <remarks>
/// <para>Every rule cites its sources with the brief's evidence tags ([V] verified, [C] computed from 2×2 counts,
/// [S] secondary, [U] unverified). Figures the brief does not give are left empty, never invented. Timeframes and
/// groupings that are design choices of the brief are tagged as such.</para>
/// <para>Rule priorities follow the brief's pathway numbers (pathway 1 = priority 10, pathway 2 = 20, ...): among
/// fired rules of the same urgency the lowest priority names the overall action ("first match wins").</para>
/// <para>The catalogue is built once and is immutable; <c>docs/rule-catalogue.md</c> is generated from it.</para>
/// </remarks>
public static partial class DefaultCatalogue
{
    /// <summary>The id of the default rule set.</summary>
    public const string Id = "redflags-lbp-default";

    /// <summary>The version of the default rule set (Semantic Versioning; separate from the package version).</summary>
    public const string Version = "0.1.0";

    /// <summary>Gets the default rule set.</summary>
    public static RuleSet RuleSet { get; } = Build();

    private static RuleSet Build()
    {
        var rules = new List<RedFlagRule>();
        rules.AddRange(MalignancyRules());
        rules.AddRange(CompressionRules());
        rules.AddRange(CaudaEquinaRules());
        rules.AddRange(FractureRules());
        rules.AddRange(InfectionRules());
        return RuleSet.Create(Id, Version, rules, PreTestProbabilities(), NoRedFlags.Recommendation);
    }

    private static RedFlagRule Rule(
        string id,
        SuspectedCondition condition,
        string title,
        string clinicianText,
        string patientText,
        Criterion criterion,
        Pathway pathway,
        params EvidenceSource[] evidence) => new()
        {
            Id = id,
            Condition = condition,
            Title = title,
            ClinicianText = clinicianText,
            PatientText = patientText,
            Criterion = criterion,
            Recommendation = pathway.Recommendation,
            Evidence = evidence,
            Priority = pathway.Priority,
            ContributesOnly = pathway.ContributesOnly,
        };

    private static EvidenceSource Source(
        string citation,
        EvidenceTag tag,
        string? studySetting = null,
        Estimate? sensitivity = null,
        Estimate? specificity = null,
        Estimate? positiveLikelihoodRatio = null,
        Estimate? negativeLikelihoodRatio = null,
        string? note = null) => new()
        {
            Citation = citation,
            Tag = tag,
            StudySetting = studySetting,
            Sensitivity = sensitivity,
            Specificity = specificity,
            PositiveLikelihoodRatio = positiveLikelihoodRatio,
            NegativeLikelihoodRatio = negativeLikelihoodRatio,
            Note = note,
        };

    private static Estimate Figure(double value, double? lower = null, double? upper = null) => new(value, lower, upper);

    private static PreTestProbability Prior(SuspectedCondition condition, CareSetting setting, double low, double high, string citation, EvidenceTag tag) => new()
    {
        Condition = condition,
        Setting = setting,
        Low = low,
        High = high,
        Citation = citation,
        Tag = tag,
    };

    // Brief §6.1. Where the brief gives a range, the prior is that range; where it gives nothing, there is no prior.
    private static IEnumerable<PreTestProbability> PreTestProbabilities() =>
    [
        Prior(SuspectedCondition.Malignancy, CareSetting.PrimaryCare, 0.003, 0.003, Sources.Henschke2013 + ": 21 tumours among >6,600 primary-care patients (0.3%)", EvidenceTag.Verified),
        Prior(SuspectedCondition.Malignancy, CareSetting.EmergencyDepartment, 0.015, 0.015, "A&E cohort of the Cochrane malignancy review (7 cancers among 462 analysed), " + Sources.Henschke2013, EvidenceTag.Computed),
        Prior(SuspectedCondition.Malignancy, CareSetting.SpecialistSpineService, 0.07, 0.07, "Secondary-care spine clinic of the Cochrane malignancy review (18/257), " + Sources.Henschke2013, EvidenceTag.Computed),
        Prior(SuspectedCondition.Malignancy, CareSetting.Oncology, 0.03, 0.05, "Spinal metastases occur in 3-5% of people with cancer: " + Sources.Nice2023Summary, EvidenceTag.Verified),
        Prior(SuspectedCondition.VertebralFracture, CareSetting.PrimaryCare, 0.007, 0.045, "Primary-care fracture prevalence 0.7-4.5%: " + Sources.Williams2013, EvidenceTag.Verified),
        Prior(SuspectedCondition.VertebralFracture, CareSetting.EmergencyDepartment, 0.065, 0.11, "A&E fracture prevalence 6.5-11%: " + Sources.Williams2013, EvidenceTag.Verified),
        Prior(SuspectedCondition.VertebralFracture, CareSetting.SpecialistSpineService, 0.056, 0.056, "Fracture in 5.6% of 9,940 academic spine-centre patients: " + Sources.Premkumar2018, EvidenceTag.Verified),
        Prior(SuspectedCondition.CaudaEquinaSyndrome, CareSetting.PrimaryCare, 0.0004, 0.0004, "CES 0.04% in primary-care low back pain: " + Sources.Verhagen2016, EvidenceTag.Verified),
        Prior(SuspectedCondition.CaudaEquinaSyndrome, CareSetting.EmergencyDepartment, 0.001, 0.019, "Cord or cauda equina compression 0.1-1.9% in the emergency department: " + Sources.Galliker2020, EvidenceTag.Verified),
        Prior(SuspectedCondition.SpinalInfection, CareSetting.PrimaryCare, 0.0001, 0.0001, "Infection 0.01% in primary-care low back pain: " + Sources.Verhagen2016, EvidenceTag.Verified),
        Prior(SuspectedCondition.SpinalInfection, CareSetting.EmergencyDepartment, 0, 0.019, "Infection 0-1.9% in the emergency department: " + Sources.Galliker2020, EvidenceTag.Verified),
    ];
}
