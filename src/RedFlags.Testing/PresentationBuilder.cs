using System;

namespace RedFlags.Testing;

/// <summary>Builds a <see cref="PatientPresentation"/> fluently for tests: start from an assessment date, add what is known.</summary>
/// <example>
/// <code>
/// var patient = PresentationBuilder.AssessedOn(new CalendarDate(2026, 11, 24))
///     .Aged(67).In(CareSetting.PrimaryCare)
///     .With(Finding.PersonalHistoryOfCancer, Finding.NightPain)
///     .Without(Finding.SaddleNumbness)
///     .Build();
/// </code>
/// </example>
/// <remarks>Each call returns a new builder; builders are immutable and can be shared as templates.</remarks>
public sealed class PresentationBuilder
{
    private readonly PatientPresentation _presentation;

    private PresentationBuilder(PatientPresentation presentation) => _presentation = presentation;

    /// <summary>Starts a presentation assessed on <paramref name="assessmentDate"/>, with everything else unknown.</summary>
    /// <param name="assessmentDate">The assessment date.</param>
    /// <returns>The builder.</returns>
    public static PresentationBuilder AssessedOn(CalendarDate assessmentDate) => new(new PatientPresentation { AssessmentDate = assessmentDate });

    /// <summary>Starts from an existing presentation.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>The builder.</returns>
    public static PresentationBuilder From(PatientPresentation presentation) => new(presentation ?? throw new ArgumentNullException(nameof(presentation)));

    /// <summary>Sets the age in years.</summary>
    /// <param name="years">The age.</param>
    /// <returns>A new builder.</returns>
    public PresentationBuilder Aged(int years) => new(_presentation with { AgeYears = years, DateOfBirth = null });

    /// <summary>Sets the date of birth.</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <returns>A new builder.</returns>
    public PresentationBuilder BornOn(CalendarDate dateOfBirth) => new(_presentation with { DateOfBirth = dateOfBirth, AgeYears = null });

    /// <summary>Sets the sex.</summary>
    /// <param name="sex">The sex.</param>
    /// <returns>A new builder.</returns>
    public PresentationBuilder OfSex(Sex sex) => new(_presentation with { Sex = sex });

    /// <summary>Sets the care setting.</summary>
    /// <param name="setting">The care setting.</param>
    /// <returns>A new builder.</returns>
    public PresentationBuilder In(CareSetting setting) => new(_presentation with { CareSetting = setting });

    /// <summary>Records findings as present.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>A new builder.</returns>
    public PresentationBuilder With(params Finding[] findings) => Set(Presence.Present, findings);

    /// <summary>Records findings as asked and absent.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>A new builder.</returns>
    public PresentationBuilder Without(params Finding[] findings) => Set(Presence.Absent, findings);

    /// <summary>Records a number.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="value">The value in the quantity's unit.</param>
    /// <returns>A new builder.</returns>
    public PresentationBuilder With(Quantity quantity, double value) => new(_presentation.WithQuantity(quantity, value));

    /// <summary>Adds a past or current cancer.</summary>
    /// <param name="site">The primary site.</param>
    /// <param name="diagnosed">The date of diagnosis, if known.</param>
    /// <returns>A new builder.</returns>
    public PresentationBuilder WithCancer(CancerSite site, CalendarDate? diagnosed = null)
    {
        var history = _presentation.History;
        return new(_presentation with
        {
            History = history with
            {
                PersonalHistoryOfCancer = history.PersonalHistoryOfCancer == Presence.Absent ? Presence.Present : history.PersonalHistoryOfCancer,
                Cancers = [.. history.Cancers, new CancerHistory { PrimarySite = site, DiagnosisDate = diagnosed }],
            },
        });
    }

    /// <summary>Applies any other change.</summary>
    /// <param name="change">The change, for example <c>p =&gt; p with { Labs = ... }</c>.</param>
    /// <returns>A new builder.</returns>
    public PresentationBuilder Then(Func<PatientPresentation, PatientPresentation> change)
        => new((change ?? throw new ArgumentNullException(nameof(change)))(_presentation));

    /// <summary>Returns the presentation.</summary>
    /// <returns>The presentation.</returns>
    public PatientPresentation Build() => _presentation;

    private PresentationBuilder Set(Presence value, Finding[] findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var p = _presentation;
        foreach (var finding in findings)
        {
            p = p.WithFinding(finding, value);
        }

        return new(p);
    }
}
