using System.Collections.Generic;

namespace RedFlags.Cli.Batch;

/// <summary>
/// The result of one batch input: the assessment, or every problem that stopped it. Either way it names the input line
/// (when the input was NDJSON) and the id the input gave, so that it can be joined back to its record.
/// </summary>
/// <param name="Line">The 1-based input line, or null for a patient of a FHIR bulk export.</param>
/// <param name="Id">The presentation's id or the patient key, when there is one.</param>
/// <param name="Assessment">The assessment, or null when the input failed.</param>
/// <param name="Errors">Every problem of a failed input; empty when it was assessed.</param>
internal sealed record BatchResult(long? Line, string? Id, Assessment? Assessment, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>The urgency, or null when the input failed.</summary>
    public Urgency? Urgency => Assessment?.Urgency;
}
