using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFlags.Testing;

/// <summary>Sets any finding or quantity of a presentation by its rule-language name, for tests.</summary>
/// <remarks>
/// A finding is set through the presentation field that the evaluator reads it from. Derived findings set their source
/// field: <see cref="Finding.Female"/> sets <see cref="PatientPresentation.Sex"/>, <see cref="Finding.HighEnergyTrauma"/>
/// sets <see cref="MedicalHistory.Trauma"/>, <see cref="Finding.HighRiskPrimaryCancer"/> lists a lung cancer, and so on;
/// those can change a sibling finding too (see <see cref="IndependentFindings"/>).
/// </remarks>
public static class PresentationExtensions
{
    private static readonly Finding[] s_sharedField =
    [
        Finding.HighRiskPrimaryCancer, Finding.MetastaticCancer, Finding.Female, Finding.Male,
        Finding.LegWeakness, Finding.ProgressiveLegWeakness, Finding.LegSymptomsInOneLeg, Finding.LegSymptomsInBothLegs,
        Finding.HighEnergyTrauma, Finding.LowEnergyTrauma,
    ];

    /// <summary>Gets the findings whose setter changes that finding and no other: safe for "change one finding" properties.</summary>
    public static IReadOnlyList<Finding> IndependentFindings { get; } = Vocabulary.AllFindings.ToArray().Except(s_sharedField).ToArray();

    /// <summary>Returns the presentation with the findings set to present.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="present">The findings to set present.</param>
    /// <returns>The changed presentation.</returns>
    public static PatientPresentation WithFindings(this PatientPresentation presentation, params Finding[] present)
    {
        ArgumentNullException.ThrowIfNull(present);
        foreach (var finding in present)
        {
            presentation = presentation.WithFinding(finding, Presence.Present);
        }

        return presentation;
    }

    /// <summary>Returns the presentation with the field behind <paramref name="finding"/> set so that it reads <paramref name="value"/>.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="finding">The finding.</param>
    /// <param name="value">The value to read.</param>
    /// <returns>The changed presentation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="finding"/> is not defined.</exception>
    public static PatientPresentation WithFinding(this PatientPresentation presentation, Finding finding, Presence value)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        return presentation.With(finding, value);
    }

    /// <summary>Returns the presentation with the field behind <paramref name="quantity"/> set (<see langword="null"/> = unknown).</summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="quantity">The quantity.</param>
    /// <param name="value">The value in the quantity's unit, or <see langword="null"/>.</param>
    /// <returns>The changed presentation. A corticosteroid duration above zero also records corticosteroid use as present.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="quantity"/> is not defined.</exception>
    public static PatientPresentation WithQuantity(this PatientPresentation presentation, Quantity quantity, double? value)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        return presentation.With(quantity, value);
    }
}
