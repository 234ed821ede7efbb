using RedFlags.Facts;

namespace RedFlags;

public sealed partial record PatientPresentation
{
    /// <summary>Returns a copy with the field behind <paramref name="finding"/> set so that the finding reads <paramref name="value"/>.</summary>
    /// <remarks>
    /// <para>A finding stored in a field of its own sets that field. A derived finding sets the field it is derived
    /// from: <see cref="Finding.Female"/> sets <see cref="Sex"/>, <see cref="Finding.HighEnergyTrauma"/> sets
    /// <see cref="MedicalHistory.Trauma"/>, <see cref="Finding.HighRiskPrimaryCancer"/> present adds a lung cancer to
    /// <see cref="MedicalHistory.Cancers"/>, <see cref="Finding.ProgressiveLegWeakness"/> absent records no leg weakness.
    /// Setting a history of cancer or corticosteroid use absent also clears the listed cancers or the duration, so that
    /// the copy stays valid.</para>
    /// <para>This is the one mapping of findings to fields that adapters (the test kit, the FHIR reader) use.</para>
    /// </remarks>
    /// <param name="finding">The finding.</param>
    /// <param name="value">The presence the finding is to read.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">Thrown when <paramref name="finding"/> is not defined.</exception>
    public PatientPresentation With(Finding finding, Presence value) => FactTable.With(this, finding, value);

    /// <summary>Returns a copy with the field behind <paramref name="quantity"/> set to <paramref name="value"/> (<see langword="null"/> = unknown).</summary>
    /// <remarks>Whole-number fields (ages, days, weeks) are rounded. An age replaces the date of birth, a duration of
    /// pain replaces the onset date, and a corticosteroid duration above zero also records corticosteroid use as present.</remarks>
    /// <param name="quantity">The quantity.</param>
    /// <param name="value">The value in the quantity's unit (see <see cref="Vocabulary.Unit(Quantity)"/>), or <see langword="null"/>.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">Thrown when <paramref name="quantity"/> is not defined.</exception>
    public PatientPresentation With(Quantity quantity, double? value) => FactTable.With(this, quantity, value);

    /// <summary>Gets the presence that <paramref name="finding"/> reads in this presentation, as the evaluator reads it.</summary>
    /// <remarks>The read counterpart of <see cref="With(Finding, Presence)"/>: adapters that write a presentation out (for
    /// example as a FHIR QuestionnaireResponse) read every finding through it, so they keep no copy of the core's mapping.</remarks>
    /// <param name="finding">The finding.</param>
    /// <returns>The presence; <see cref="Presence.Unknown"/> for a value that is not a defined finding.</returns>
    public Presence Read(Finding finding) => FactTable.Read(this, finding);

    /// <summary>Gets the value of <paramref name="quantity"/> in its unit (see <see cref="Vocabulary.Unit(Quantity)"/>), as the evaluator reads it.</summary>
    /// <remarks>The read counterpart of <see cref="With(Quantity, double?)"/>; an age is counted from the date of birth
    /// to <see cref="AssessmentDate"/> when the date of birth is given.</remarks>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The value, or <see langword="null"/> when it is unknown.</returns>
    public double? Read(Quantity quantity) => FactTable.Read(this, quantity) is var value && !double.IsNaN(value) ? value : null;
}
