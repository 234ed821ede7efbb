namespace RedFlags.Cli.Batch;

/// <summary>What a batch writes for each assessed input (<c>--output</c>).</summary>
internal enum ResultShape
{
    /// <summary>The screening shape (<see cref="AssessmentSummary"/>): under 1 KB per patient.</summary>
    Summary,

    /// <summary>The whole assessment JSON, with every explanation (about 19 KB per patient).</summary>
    Full,

    /// <summary>A FHIR R4 Bundle: a RiskAssessment and a DetectedIssue per emergency or urgent flag.</summary>
    Fhir,
}
