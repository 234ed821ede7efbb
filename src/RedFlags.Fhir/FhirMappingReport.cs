using System;
using System.Collections.Generic;

namespace RedFlags.Fhir;

/// <summary>What the reader did with each FHIR resource: the findings it mapped, the data it could not use, and the issues it met.</summary>
public sealed record FhirMappingReport
{
    /// <summary>Gets the findings set in the presentation, each with the resource it came from.</summary>
    public IReadOnlyList<MappedFinding> Mapped { get; init; } = Array.Empty<MappedFinding>();

    /// <summary>Gets the resources, codes or values that were read but not used, each with the reason.</summary>
    public IReadOnlyList<UnusedFhirData> NotUsed { get; init; } = Array.Empty<UnusedFhirData>();

    /// <summary>Gets the problems met while parsing (tolerant mode: reported, not thrown).</summary>
    public IReadOnlyList<FhirReadIssue> Issues { get; init; } = Array.Empty<FhirReadIssue>();

    /// <summary>Gets the reference of the Patient resource used (for example <c>Patient/example</c>), if any.</summary>
    public string? PatientReference { get; init; }

    /// <summary>Gets the distinct references of the resources that gave at least one finding, in the order first used.</summary>
    public IReadOnlyList<string> SourceReferences { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Gets the facts the data could not supply: the link ids of the red-flag questionnaire (<see cref="RedFlagsQuestionnaire"/>;
    /// finding and quantity names, and <c>sex</c>) whose value stayed unknown, in questionnaire order.
    /// </summary>
    public IReadOnlyList<string> NotSupplied { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Gets the decisive facts the data could not supply: the questions of <paramref name="assessment"/> (those that could
    /// raise its urgency, most urgent first) about a fact in <see cref="NotSupplied"/>, for a completeness statement
    /// or a CDS card to ask for exactly those, for example with the questionnaire's items of the same link ids.
    /// </summary>
    /// <param name="assessment">The assessment of the presentation read.</param>
    /// <returns>The questions.</returns>
    public IReadOnlyList<Question> DecisiveNotSupplied(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var missing = new HashSet<string>(NotSupplied, StringComparer.Ordinal);
        var questions = new List<Question>();
        foreach (var question in assessment.Questions)
        {
            if (missing.Contains(question.Name))
            {
                questions.Add(question);
            }
        }

        return questions;
    }
}

/// <summary>A finding set in the presentation and where it came from.</summary>
public sealed record MappedFinding
{
    /// <summary>Gets the presentation field, as a JSON path of the RedFlags input format (for example <c>systemic.temperatureCelsius</c>).</summary>
    public string Field { get; init; } = string.Empty;

    /// <summary>Gets the value set, as text (for example <c>present</c>, <c>38.2</c>, <c>Lung</c>).</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>Gets the numeric value after unit conversion, for quantities.</summary>
    public double? Number { get; init; }

    /// <summary>Gets the UCUM unit of <see cref="Number"/>, for quantities.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the reference of the source resource (for example <c>Observation/body-temperature</c>).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Gets the code that was matched, as <c>system|code</c>, when a code was matched.</summary>
    public string? Code { get; init; }

    /// <summary>Gets how the value was derived (status, unit conversion, table row).</summary>
    public string? Note { get; init; }
}

/// <summary>Data that was read but not used, and why.</summary>
public sealed record UnusedFhirData
{
    /// <summary>Gets the reference of the resource.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Gets the code concerned, as <c>system|code</c>, if any.</summary>
    public string? Code { get; init; }

    /// <summary>Gets the value concerned (after unit conversion when it was possible), as text, if any.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the numeric value after unit conversion, if any.</summary>
    public double? Number { get; init; }

    /// <summary>Gets the UCUM unit of <see cref="Number"/>, if any.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets why it was not used.</summary>
    public string Reason { get; init; } = string.Empty;
}

/// <summary>The severity of a <see cref="FhirReadIssue"/>.</summary>
public enum FhirIssueSeverity
{
    /// <summary>Information.</summary>
    Information = 0,

    /// <summary>The data is not fully valid FHIR R4 but was read.</summary>
    Warning = 1,

    /// <summary>The data, or part of it, could not be read.</summary>
    Error = 2,
}

/// <summary>A problem met while reading FHIR data.</summary>
public sealed record FhirReadIssue
{
    /// <summary>Gets the severity.</summary>
    public FhirIssueSeverity Severity { get; init; }

    /// <summary>Gets the reference of the resource concerned, if known.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the message (from the Firely SDK for parse issues).</summary>
    public string Message { get; init; } = string.Empty;
}

/// <summary>The result of reading FHIR data: the presentation and the mapping report.</summary>
public sealed record FhirReadResult
{
    /// <summary>Initialises a result.</summary>
    /// <param name="presentation">The presentation read.</param>
    /// <param name="report">The mapping report.</param>
    public FhirReadResult(PatientPresentation presentation, FhirMappingReport report)
    {
        Presentation = presentation ?? throw new ArgumentNullException(nameof(presentation));
        Report = report ?? throw new ArgumentNullException(nameof(report));
    }

    /// <summary>Gets the presentation: every finding not found in the data stays unknown.</summary>
    public PatientPresentation Presentation { get; }

    /// <summary>Gets the mapping report.</summary>
    public FhirMappingReport Report { get; }
}
