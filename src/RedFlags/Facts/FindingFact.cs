namespace RedFlags.Facts;

/// <summary>The one declaration of a <see cref="RedFlags.Finding"/>: where it is stored, how it is read and written, and its label.</summary>
/// <remarks>
/// <para>A <em>stored</em> finding is a <see cref="Presence"/> property of its own (<see cref="Section"/>.<see cref="Property"/>),
/// read and written as it is. A <em>derived</em> finding is computed from other fields (the list of cancers, the trauma
/// severity, the sex); its reading and writing are the methods of <see cref="FactDerivations"/> named after it
/// (<c>FactDerivations.HighEnergyTrauma</c>, <c>FactDerivations.WithHighEnergyTrauma</c>), and <see cref="Property"/>
/// names the field it is derived from.</para>
/// <para>Everything that maps findings to the presentation (the reader, the snapshot, the compiled reads, the
/// validator's checks and paths, <see cref="PatientPresentation.With(RedFlags.Finding, Presence)"/>) is generated from
/// these declarations into <c>FactTable.Generated.cs</c>; a test regenerates that file and fails when it is stale.</para>
/// </remarks>
/// <param name="Finding">The finding.</param>
/// <param name="Section">The section of the presentation that holds the field.</param>
/// <param name="Property">The C# name of the field in that section (for a derived finding, the field it is derived from).</param>
/// <param name="Label">The label for people, as reports and questions print it.</param>
internal sealed record FindingFact(Finding Finding, FactSection Section, string Property, string Label)
{
    /// <summary>Gets whether the finding is read through <see cref="FactDerivations"/> rather than from its own field.</summary>
    public bool ReadIsDerived { get; init; }

    /// <summary>Gets whether the finding is written through <see cref="FactDerivations"/> (a write that must keep other
    /// fields consistent, such as clearing the listed cancers when the history of cancer is set absent).</summary>
    public bool WriteIsDerived { get; init; }

    /// <summary>Gets whether <see cref="Property"/> is a <see cref="Presence"/> field that this finding is stored in, so
    /// the validator checks it under <see cref="Path"/>.</summary>
    public bool HasOwnField { get; init; }

    /// <summary>Gets the camelCase name rule files use, for example <c>saddleNumbness</c>.</summary>
    public string Name { get; } = FactNames.CamelCase(Finding.ToString());

    /// <summary>Gets the JSON path of the field, for example <c>neurology.saddleNumbnessOrTingling</c>.</summary>
    public string Path { get; } = FactNames.Path(Section, Property);
}
