using RedFlags.Internal;
using RedFlags.Rules;

namespace RedFlags;

/// <summary>Labels for people: one wording per value of every public enum, shared by reports, the CLI and FHIR.</summary>
/// <remarks>
/// Labels are in sentence case (for example "Primary care", "Few concerning features"), as a heading or a list item
/// shows them; inside a sentence, lower-case the labels of urgencies, concern levels, care settings and evidence tags
/// (they contain no abbreviations). An undefined value's label is its number.
/// </remarks>
public static partial class Vocabulary
{
    /// <summary>Gets a label for an urgency, for people.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <returns>The label, for example "Emergency".</returns>
    public static string Label(Urgency urgency) => urgency switch
    {
        Urgency.Routine => "Routine",
        Urgency.Soon => "Soon",
        Urgency.Urgent => "Urgent",
        Urgency.Emergency => "Emergency",
        _ => urgency.ToString(),
    };

    /// <summary>Gets a label for a level of concern, for people, after the International Framework for Red Flags.</summary>
    /// <param name="concern">The level of concern.</param>
    /// <returns>The label, for example "Few concerning features".</returns>
    public static string Label(ConcernLevel concern) => concern switch
    {
        ConcernLevel.None => "No concern",
        ConcernLevel.Few => "Few concerning features",
        ConcernLevel.Some => "Some concern",
        ConcernLevel.High => "High concern",
        _ => concern.ToString(),
    };

    /// <summary>Gets a label for a care setting, for people.</summary>
    /// <param name="setting">The care setting.</param>
    /// <returns>The label, for example "Primary care".</returns>
    public static string Label(CareSetting setting) => setting switch
    {
        CareSetting.Unspecified => "Care setting not given",
        CareSetting.PrimaryCare => "Primary care",
        CareSetting.EmergencyDepartment => "Emergency department",
        CareSetting.SpecialistSpineService => "Specialist spine service",
        CareSetting.Oncology => "Oncology service",
        _ => setting.ToString(),
    };

    /// <summary>Gets a label for an evidence tag, for people.</summary>
    /// <param name="tag">The evidence tag.</param>
    /// <returns>The label, for example "Secondary source".</returns>
    /// <seealso cref="Marker(EvidenceTag)"/>
    public static string Label(EvidenceTag tag) => tag switch
    {
        EvidenceTag.Verified => "Verified",
        EvidenceTag.Computed => "Computed",
        EvidenceTag.Secondary => "Secondary source",
        EvidenceTag.Unverified => "Unverified",
        EvidenceTag.Design => "Design choice",
        _ => tag.ToString(),
    };

    /// <summary>Gets the marker of an evidence tag, as the evidence brief, assessments and the rule catalogue write it in
    /// brackets after a citation.</summary>
    /// <param name="tag">The evidence tag.</param>
    /// <returns>The marker: <c>V</c>, <c>C</c>, <c>S</c>, <c>U</c> or <c>design</c>.</returns>
    public static string Marker(EvidenceTag tag) => tag switch
    {
        EvidenceTag.Verified => "V",
        EvidenceTag.Computed => "C",
        EvidenceTag.Secondary => "S",
        EvidenceTag.Unverified => "U",
        EvidenceTag.Design => "design",
        _ => tag.ToString(),
    };

    /// <summary>Gets a label for a decisive question, for people.</summary>
    /// <param name="question">The decisive question.</param>
    /// <returns>The label, for example "Leg weakness and its course".</returns>
    public static string Label(DecisiveQuestion question) => question switch
    {
        DecisiveQuestion.Bladder => "Bladder (retention, incontinence, hesitancy or poor stream, sensation)",
        DecisiveQuestion.Bowel => "Bowel (incontinence, rectal sensation)",
        DecisiveQuestion.SaddleSensation => "Saddle sensation",
        DecisiveQuestion.LegWeakness => "Leg weakness and its course",
        DecisiveQuestion.Gait => "Gait",
        DecisiveQuestion.CancerHistory => "History of cancer",
        DecisiveQuestion.Fever => "Fever",
        DecisiveQuestion.Trauma => "Recent injury",
        _ => question.ToString(),
    };

    /// <summary>Gets a label for an investigation, for people.</summary>
    /// <param name="investigation">The investigation.</param>
    /// <returns>The label, for example "MRI of the whole spine".</returns>
    public static string Label(Investigation investigation) => investigation switch
    {
        Investigation.MriLumbosacralSpine => "MRI of the lumbosacral spine",
        Investigation.MriWholeSpine => "MRI of the whole spine",
        Investigation.MriSpineWithContrast => "MRI of the spine with contrast",
        Investigation.CtSpine => "CT of the spine",
        Investigation.SpinalImagingForFracture => "Spinal imaging for fracture",
        Investigation.CtAbdomen => "CT of the abdomen",
        Investigation.BladderScan => "Bladder scan (pre- and post-void)",
        Investigation.FullBloodCount => "Full blood count",
        Investigation.Esr => "ESR",
        Investigation.Crp => "CRP",
        Investigation.Calcium => "Calcium",
        Investigation.PlasmaViscosity => "Plasma viscosity",
        Investigation.SerumProteinElectrophoresis => "Serum protein electrophoresis",
        Investigation.SerumFreeLightChains => "Serum free light chains",
        Investigation.ProstateSpecificAntigen => "PSA (prostate-specific antigen)",
        Investigation.BloodCultures => "Blood cultures",
        Investigation.BoneHealthAssessment => "Bone health assessment",
        Investigation.BiopsyBySpecialistTeam => "Biopsy or diagnosis by the specialist team",
        _ => investigation.ToString(),
    };

    /// <summary>Gets a label for a recorded sex, for people.</summary>
    /// <param name="sex">The sex.</param>
    /// <returns>The label, for example "Female".</returns>
    public static string Label(Sex sex) => sex switch
    {
        Sex.Unknown => "Sex not recorded",
        Sex.Female => "Female",
        Sex.Male => "Male",
        Sex.Other => "Other",
        _ => sex.ToString(),
    };

    /// <summary>Gets a label for whether a finding is present, for people.</summary>
    /// <param name="presence">The presence.</param>
    /// <returns>The label, for example "Unknown".</returns>
    public static string Label(Presence presence) => presence switch
    {
        Presence.Unknown => "Unknown",
        Presence.Absent => "Absent",
        Presence.Present => "Present",
        _ => presence.ToString(),
    };

    /// <summary>Gets a label for the primary site of a cancer, for people.</summary>
    /// <param name="site">The primary site.</param>
    /// <returns>The label, for example "Kidney (renal cell)".</returns>
    public static string Label(CancerSite site) => site switch
    {
        CancerSite.Unknown => "Primary site not recorded",
        CancerSite.Breast => "Breast",
        CancerSite.Lung => "Lung",
        CancerSite.Prostate => "Prostate",
        CancerSite.Kidney => "Kidney (renal cell)",
        CancerSite.Thyroid => "Thyroid",
        CancerSite.Myeloma => "Myeloma or plasmacytoma",
        CancerSite.Lymphoma => "Lymphoma",
        CancerSite.Colorectal => "Colorectal (bowel)",
        CancerSite.NonMelanomaSkin => "Non-melanoma skin cancer",
        CancerSite.Other => "Other site",
        _ => site.ToString(),
    };

    /// <summary>Gets a label for weakness in the legs, for people.</summary>
    /// <param name="weakness">The leg weakness.</param>
    /// <returns>The label, for example "Progressive leg weakness".</returns>
    public static string Label(LegWeakness weakness) => weakness switch
    {
        LegWeakness.Unknown => "Leg weakness not recorded",
        LegWeakness.None => "No leg weakness",
        LegWeakness.Stable => "Stable leg weakness",
        LegWeakness.Progressive => "Progressive leg weakness",
        _ => weakness.ToString(),
    };

    /// <summary>Gets a label for the side of leg symptoms, for people.</summary>
    /// <param name="side">The side.</param>
    /// <returns>The label, for example "Both legs".</returns>
    public static string Label(LegSymptomSide side) => side switch
    {
        LegSymptomSide.Unknown => "Leg symptoms not recorded",
        LegSymptomSide.None => "No leg symptoms",
        LegSymptomSide.OneLeg => "One leg",
        LegSymptomSide.BothLegs => "Both legs",
        _ => side.ToString(),
    };

    /// <summary>Gets a label for a recent injury, for people.</summary>
    /// <param name="trauma">The injury.</param>
    /// <returns>The label, for example "High-energy injury".</returns>
    public static string Label(TraumaSeverity trauma) => trauma switch
    {
        TraumaSeverity.Unknown => "Injury not recorded",
        TraumaSeverity.None => "No recent injury",
        TraumaSeverity.LowEnergy => "Low-energy injury",
        TraumaSeverity.HighEnergy => "High-energy injury",
        _ => trauma.ToString(),
    };

    /// <summary>Gets a label for a region of the spine, for people.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The label, for example "Thoracic spine".</returns>
    public static string Label(SpinalRegion region) => region switch
    {
        SpinalRegion.Lumbar => "Lumbar spine",
        SpinalRegion.Thoracic => "Thoracic spine",
        SpinalRegion.Cervical => "Cervical spine",
        _ => region.ToString(),
    };

    /// <summary>Gets a label for what a triggering fact is about, for people.</summary>
    /// <param name="kind">The kind of fact.</param>
    /// <returns>The label, for example "Finding".</returns>
    public static string Label(FactKind kind) => kind switch
    {
        FactKind.Finding => "Finding",
        FactKind.Quantity => "Quantity",
        _ => kind.ToString(),
    };

    /// <summary>Gets a label for a comparison with a threshold, for people.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The label, for example "At least".</returns>
    public static string Label(Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => "At least",
        Comparison.GreaterThan => "Greater than",
        Comparison.AtMost => "At most",
        Comparison.LessThan => "Less than",
        _ => comparison.ToString(),
    };

    /// <summary>Gets a label for an evaluation mode, for people.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The label, for example "Compiled to code".</returns>
    public static string Label(EvaluationMode mode) => mode switch
    {
        EvaluationMode.Automatic => "Compiled where possible, otherwise interpreted",
        EvaluationMode.Interpreted => "Interpreted",
        EvaluationMode.Compiled => "Compiled to code",
        _ => mode.ToString(),
    };

    /// <summary>Gets a label for a kind of local change to a rule set, for people.</summary>
    /// <param name="kind">The kind of change.</param>
    /// <returns>The label, for example "Disabled".</returns>
    public static string Label(RuleCustomisationKind kind) => kind switch
    {
        RuleCustomisationKind.Overridden => "Overridden",
        RuleCustomisationKind.Disabled => "Disabled",
        RuleCustomisationKind.Added => "Added",
        _ => kind.ToString(),
    };

    /// <summary>Gets the words that start a question of this kind in a report, for people.</summary>
    /// <param name="action">What answers the question.</param>
    /// <returns>The label, for example "Request the test or enter its result".</returns>
    public static string Label(QuestionAction action) => action switch
    {
        QuestionAction.Ask => "Ask",
        QuestionAction.Examine => "Examine",
        QuestionAction.RequestTest => "Request the test or enter its result",
        QuestionAction.EnterResult => "Complete the result",
        QuestionAction.Record => "Record",
        _ => action.ToString(),
    };

    /// <summary>Gets a question as a report lists it: what to do, then what about, for example "Ask: Urinary retention"
    /// or "Request the test or enter its result: Hypercalcaemia".</summary>
    /// <param name="question">The question.</param>
    /// <returns>The prompt.</returns>
    /// <exception cref="System.ArgumentNullException">Thrown when <paramref name="question"/> is <see langword="null"/>.</exception>
    public static string Prompt(Question question)
    {
        Guard.NotNull(question);
        return Label(question.Action) + ": " + question.Label;
    }
}
