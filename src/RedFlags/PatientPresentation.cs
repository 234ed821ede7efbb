using System.Text.Json.Serialization;
using System;

namespace RedFlags;

/// <summary>What is known about an adult with low back pain at one assessment: the input of every evaluation.</summary>
/// <remarks>
/// <para>Every finding is three-valued (<see cref="Presence"/>) and every number is optional, with its unit in its name;
/// anything not given is unknown, never absent. A sparse presentation (almost everything unknown) is valid.</para>
/// <para>The assessment date is required and explicit: RedFlags never reads a clock. Ages and durations are computed
/// at <see cref="AssessmentDate"/>.</para>
/// <para>Setting a section to <see langword="null"/> throws. Values that are clinically impossible (an age of 150,
/// a temperature of 50 °C, a date after the assessment) are reported by <see cref="PresentationValidator"/>, which
/// <see cref="RedFlagEvaluator"/> runs on every call, so a <c>with</c> expression cannot bypass it.</para>
/// <para>This type is immutable and thread-safe, and compares by value.</para>
/// </remarks>
public sealed partial record PatientPresentation
{
    private PainFeatures _pain = PainFeatures.Empty;
    private MedicalHistory _history = MedicalHistory.Empty;
    private SystemicFeatures _systemic = SystemicFeatures.Empty;
    private NeurologicalFeatures _neurology = NeurologicalFeatures.Empty;
    private ExaminationFindings _examination = ExaminationFindings.Empty;
    private LaboratoryResults _labs = LaboratoryResults.Empty;

    /// <summary>Gets an opaque key of the patient or encounter, passed through to the assessment and every output so that a
    /// result can be joined back to its record; RedFlags never reads it otherwise.</summary>
    /// <value>1 to <see cref="PresentationValidator.MaximumIdLength"/> characters: letters, digits and <c>- . _ : /</c>
    /// (a FHIR id or reference fits); <see langword="null"/> when not given.</value>
    public string? Id { get; init; }

    /// <summary>Gets the date of the assessment, at which ages and durations are computed. Required.</summary>
    [JsonRequired]
    public CalendarDate AssessmentDate { get; init; }

    /// <summary>Gets the age in completed years, when no date of birth is given.</summary>
    /// <value>The age, 0 to 130; <see langword="null"/> when not given.</value>
    public int? AgeYears { get; init; }

    /// <summary>Gets the date of birth; when given, the age is computed from it at <see cref="AssessmentDate"/>.</summary>
    /// <value>The date of birth; <see langword="null"/> when not given.</value>
    public CalendarDate? DateOfBirth { get; init; }

    /// <summary>Gets the patient's sex.</summary>
    /// <value>Defaults to <see cref="Sex.Unknown"/>.</value>
    public Sex Sex { get; init; }

    /// <summary>Gets the care setting of the assessment, which selects the pre-test probabilities.</summary>
    /// <value>Defaults to <see cref="CareSetting.Unspecified"/>: no numeric probability estimate.</value>
    public CareSetting CareSetting { get; init; }

    /// <summary>Gets the features of the pain.</summary>
    /// <value>Defaults to everything unknown.</value>
    /// <exception cref="ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public PainFeatures Pain
    {
        get => _pain;
        init => _pain = value ?? throw new ArgumentNullException(nameof(Pain));
    }

    /// <summary>Gets the patient's medical history.</summary>
    /// <value>Defaults to everything unknown.</value>
    /// <exception cref="ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public MedicalHistory History
    {
        get => _history;
        init => _history = value ?? throw new ArgumentNullException(nameof(History));
    }

    /// <summary>Gets the systemic features: weight loss, fever, night sweats, fatigue.</summary>
    /// <value>Defaults to everything unknown.</value>
    /// <exception cref="ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public SystemicFeatures Systemic
    {
        get => _systemic;
        init => _systemic = value ?? throw new ArgumentNullException(nameof(Systemic));
    }

    /// <summary>Gets the neurological symptoms and their onset.</summary>
    /// <value>Defaults to everything unknown.</value>
    /// <exception cref="ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public NeurologicalFeatures Neurology
    {
        get => _neurology;
        init => _neurology = value ?? throw new ArgumentNullException(nameof(Neurology));
    }

    /// <summary>Gets the examination findings.</summary>
    /// <value>Defaults to everything unknown.</value>
    /// <exception cref="ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public ExaminationFindings Examination
    {
        get => _examination;
        init => _examination = value ?? throw new ArgumentNullException(nameof(Examination));
    }

    /// <summary>Gets the laboratory results.</summary>
    /// <value>Defaults to everything unknown.</value>
    /// <exception cref="ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public LaboratoryResults Labs
    {
        get => _labs;
        init => _labs = value ?? throw new ArgumentNullException(nameof(Labs));
    }
}
