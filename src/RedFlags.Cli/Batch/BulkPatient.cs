using System.Collections.Generic;

namespace RedFlags.Cli.Batch;

/// <summary>The resources of one patient of a FHIR bulk export, each with where it came from (<c>file:line</c>).</summary>
/// <param name="Key">The patient's id.</param>
/// <param name="Resources">The resources, in export order.</param>
internal sealed record BulkPatient(string Key, IReadOnlyList<(string Source, string Json)> Resources);
