namespace RedFlags.Facts;

/// <summary>The part of a <see cref="PatientPresentation"/> a fact is stored in; its name is the presentation's property.</summary>
internal enum FactSection
{
    /// <summary>A property of the presentation itself (age, sex).</summary>
    Presentation,

    /// <summary><see cref="PatientPresentation.Pain"/>.</summary>
    Pain,

    /// <summary><see cref="PatientPresentation.History"/>.</summary>
    History,

    /// <summary><see cref="PatientPresentation.Systemic"/>.</summary>
    Systemic,

    /// <summary><see cref="PatientPresentation.Neurology"/>.</summary>
    Neurology,

    /// <summary><see cref="PatientPresentation.Examination"/>.</summary>
    Examination,

    /// <summary><see cref="PatientPresentation.Labs"/>.</summary>
    Labs,
}
