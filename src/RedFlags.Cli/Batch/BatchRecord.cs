namespace RedFlags.Cli.Batch;

/// <summary>A result on its way to the output: the result, and its NDJSON record when the output is NDJSON (rendered on
/// a worker, because writing a full assessment costs more than assessing it).</summary>
/// <param name="Result">The result.</param>
/// <param name="Json">The NDJSON record, or null when the output does not need one.</param>
internal sealed record BatchRecord(BatchResult Result, string? Json);
