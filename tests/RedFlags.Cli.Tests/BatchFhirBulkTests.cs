using System.Text.Json;
using RedFlags.Fhir;
using RedFlags.Json;

namespace RedFlags.Cli.Tests;

/// <summary>Issue #21, item 3: batch --fhir-bulk reads a FHIR bulk export, grouped by patient.</summary>
public class BatchFhirBulkTests
{
    private static readonly BulkExport s_export = BulkExport.Generate(40);

    [Fact]
    public void Batch_FhirBulkInBothLayouts_GivesEachPatientTheResultOfItsResourcesAsABundle()
    {
        var byType = s_export.WriteByType();
        var byPatient = s_export.WriteByPatient();
        try
        {
            var typeRun = Cli.Run("batch", "--fhir-bulk", byType);
            var patientRun = Cli.Run("batch", "--fhir-bulk", byPatient);

            Assert.True(typeRun.ExitCode == 0, typeRun.ToString());
            Assert.True(patientRun.ExitCode == 1, patientRun.ToString());
            var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
            var expected = s_export.Patients.ToDictionary(
                p => p.Key,
                p => AssessmentSummary.Of(evaluator.Assess(FhirPresentationReader.ReadBundle(BulkExport.Bundle(p.Resources), BulkExport.Date, CareSetting.Unspecified).Presentation with { Id = p.Key })));
            Assert.Equal(expected, Summaries(typeRun));
            var byPatientRecords = patientRun.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(expected, Summaries(new CliResult(0, string.Join('\n', byPatientRecords.Where(r => r.TryGetProperty("summary", out _)).Select(r => r.GetRawText())), string.Empty)));

            var broken = Assert.Single(byPatientRecords, r => r.TryGetProperty("errors", out _));
            Assert.Equal("broken-1", broken.GetProperty("id").GetString());
            var error = Assert.Single(broken.GetProperty("errors").EnumerateArray());
            Assert.Equal("RFCLI02", error.GetProperty("code").GetString());
            // The second file holds the second half of the patients (header and three resources each), then broken-1's header,
            // Patient and the line that is not JSON.
            var brokenLine = ((s_export.Patients.Count - (s_export.Patients.Count / 2)) * 4) + 3;
            Assert.Equal($"output-2.ndjson:{brokenLine}", error.GetProperty("path").GetString());

            Assert.Contains("resource types not used (counted, not read): Encounter 40.", typeRun.Error);
            Assert.Contains("1 resources name no patient", typeRun.Error);
            Assert.Contains("Condition.ndjson:1", typeRun.Error);
            Assert.Contains("40 patients: 40 assessed", typeRun.Error);
        }
        finally
        {
            Directory.Delete(byType, recursive: true);
            Directory.Delete(byPatient, recursive: true);
        }
    }

    [Fact]
    public void Batch_FhirBulkShards_CoverEveryPatientOnce()
    {
        var export = s_export.WriteByType();
        try
        {
            var whole = Cli.Run("batch", "--fhir-bulk", export, "--date", "2026-11-24");
            var shards = Enumerable.Range(0, 3).Select(i => Cli.Run("batch", "--fhir-bulk", export, "--date", "2026-11-24", "--shard", $"{i}/3")).ToArray();

            Assert.True(whole.ExitCode == 0, whole.ToString());
            var union = shards.SelectMany(s => s.OutputLines).ToArray();
            Assert.Equal(whole.OutputLines.Order(StringComparer.Ordinal), union.Order(StringComparer.Ordinal));
            Assert.All(shards, s => Assert.NotEmpty(s.OutputLines));
        }
        finally
        {
            Directory.Delete(export, recursive: true);
        }
    }

    [Fact]
    public void Batch_FhirBulkWithoutDateOrManifest_IsAUsageErrorAskingForTheDate()
    {
        var export = s_export.WriteByType();
        File.Delete(Path.Combine(export, "manifest.json"));
        try
        {
            var result = Cli.Run("batch", "--fhir-bulk", export);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("give the assessment date with --date yyyy-MM-dd", result.Error);
        }
        finally
        {
            Directory.Delete(export, recursive: true);
        }
    }

    private static Dictionary<string, AssessmentSummary> Summaries(CliResult run) =>
        run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => RedFlagsJson.ParseSummary(r.GetProperty("summary").GetRawText()));
}
