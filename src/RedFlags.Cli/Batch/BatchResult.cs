using System.Collections.Generic;

namespace RedFlags.Cli.Batch;

/// <summary>
/// The result of one batch input: its summary (and the explained assessment when the output needs it), or every problem
/// that stopped it. Either way it names the input line (when the input was NDJSON) and the id the input gave, so that
/// it can be joined back to its record.
/// </summary>
/// <param name="Line">The 1-based input line, or null for a patient of a FHIR bulk export.</param>
/// <param name="Id">The presentation's id or the patient key, when there is one.</param>
/// <param name="Summary">The summary, or null when the input failed.</param>
/// <param name="Assessment">The explained assessment, only for the outputs that write it (full, FHIR); else null.</param>
/// <param name="Errors">Every problem of a failed input; empty when it was assessed.</param>
internal sealed record BatchResult(long? Line, string? Id, AssessmentSummary? Summary, Assessment? Assessment, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>The urgency, or null when the input failed.</summary>
    public Urgency? Urgency => Summary?.Urgency;

    /// <summary>The result of an assessed input: its summary, made without the explanation unless
    /// <paramref name="explain"/> asks for the explained assessment too (the same summary either way).</summary>
    public static BatchResult Assessed(long? line, string? id, RedFlagEvaluator evaluator, PatientPresentation presentation, bool explain)
    {
        if (!explain)
        {
            return new BatchResult(line, id, evaluator.Summarize(presentation), null, []);
        }

        var assessment = evaluator.Assess(presentation);
        return new BatchResult(line, id, AssessmentSummary.Of(assessment), assessment, []);
    }

    /// <summary>The result of an input that failed.</summary>
    public static BatchResult Failed(long? line, string? id, IReadOnlyList<ValidationError> errors) => new(line, id, null, null, errors);
}
