using System;
using System.Collections.Generic;
using RedFlags.Internal;

namespace RedFlags;

/// <summary>The patient's own medical history and risk factors.</summary>
/// <remarks>
/// <para>A family history of cancer is kept in <see cref="FamilyHistoryOfCancer"/> and is never read as a personal history.</para>
/// <para>A personal history of cancer is present when <see cref="Cancers"/> lists at least one cancer other than
/// non-melanoma skin cancer, or when <see cref="PersonalHistoryOfCancer"/> says so.</para>
/// <para>This type is immutable and thread-safe, and compares by value (including the list of cancers).</para>
/// </remarks>
public sealed record MedicalHistory
{
    /// <summary>Nothing recorded: every finding unknown. Shared as the default section of a presentation (immutable, so one instance serves all).</summary>
    internal static readonly MedicalHistory Empty = new();

    private ValueList<CancerHistory> _cancers = ValueList<CancerHistory>.Empty;

    /// <summary>Gets whether the patient has a past or current cancer (the patient's own, not a relative's).</summary>
    /// <value>Defaults to <see cref="Presence.Unknown"/>. It must not be <see cref="Presence.Absent"/> while <see cref="Cancers"/> lists a cancer.</value>
    public Presence PersonalHistoryOfCancer { get; init; }

    /// <summary>Gets the details of each past or current cancer, in the order given.</summary>
    /// <value>Empty by default; never <see langword="null"/>.</value>
    /// <exception cref="ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<CancerHistory> Cancers
    {
        get => _cancers;
        init => _cancers = ValueList<CancerHistory>.From(value, nameof(Cancers));
    }

    /// <summary>Gets whether a close relative has had cancer. Never counted as the patient's own history.</summary>
    public Presence FamilyHistoryOfCancer { get; init; }

    /// <summary>Gets whether the clinician suspects cancer.</summary>
    public Presence ClinicianSuspectsCancer { get; init; }

    /// <summary>Gets whether the patient takes or has taken systemic corticosteroids (tablets, or inhaled).</summary>
    public Presence CorticosteroidUse { get; init; }

    /// <summary>Gets how long corticosteroids have been taken, in days.</summary>
    /// <value>0 or more; <see langword="null"/> when not given.</value>
    public int? CorticosteroidDurationDays { get; init; }

    /// <summary>Gets whether the patient is immunosuppressed (for example diabetes, HIV, chemotherapy, transplant drugs, chronic liver or kidney disease).</summary>
    public Presence Immunosuppression { get; init; }

    /// <summary>Gets whether the patient injects drugs now or did recently.</summary>
    public Presence InjectingDrugUse { get; init; }

    /// <summary>Gets whether the patient has known osteoporosis.</summary>
    public Presence Osteoporosis { get; init; }

    /// <summary>Gets whether the patient has had a previous fragility fracture.</summary>
    public Presence PreviousFragilityFracture { get; init; }

    /// <summary>Gets whether the patient has a fracture without an explanation (NICE NG12 myeloma wording).</summary>
    public Presence UnexplainedFracture { get; init; }

    /// <summary>Gets the recent injury, if any.</summary>
    /// <value>Defaults to <see cref="TraumaSeverity.Unknown"/>.</value>
    public TraumaSeverity Trauma { get; init; }

    /// <summary>Gets whether there was a recent infection (such as a skin or soft-tissue infection) or bacteraemia.</summary>
    public Presence RecentInfectionOrBacteraemia { get; init; }

    /// <summary>Gets whether there was a recent spinal procedure (surgery or injection) or there is spinal hardware.</summary>
    public Presence RecentSpinalProcedureOrHardware { get; init; }

    /// <summary>Gets whether there is an indwelling vascular catheter.</summary>
    public Presence IndwellingVascularCatheter { get; init; }
}
