using System.Text.Json;
using Bundle = Hl7.Fhir.Model.Bundle;
using RiskAssessment = Hl7.Fhir.Model.RiskAssessment;
using Hl7.Fhir.Serialization;
using Parquet.Serialization;
using RedFlags.Json;

namespace RedFlags.Cli.Tests;

/// <summary>Issue #21, item 2: the shapes (--output), the care setting (--setting) and the formats (--format) of batch.</summary>
public class BatchOutputTests
{
    private static readonly string[] s_cases = File.ReadAllLines(Path.Combine(Cli.Examples, "cases.ndjson"));

    [Fact]
    public void Batch_DefaultShape_IsTheSummaryOfEachLinesAssessment()
    {
        var input = WriteInput(s_cases.Take(40));
        try
        {
            var result = Cli.Run("batch", input);

            Assert.True(result.ExitCode == 0, result.ToString());
            var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
            var records = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(40, records.Length);
            foreach (var record in records)
            {
                var line = record.GetProperty("line").GetInt32();
                var expected = AssessmentSummary.Of(evaluator.Assess(RedFlagsJson.ParsePresentation(s_cases[line - 1])));
                Assert.Equal(expected, RedFlagsJson.ParseSummary(record.GetProperty("summary").GetRawText()));
                Assert.False(record.TryGetProperty("assessment", out _));
            }
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void Batch_FhirShape_WritesOneRiskAssessmentBundlePerLine()
    {
        var input = WriteInput(s_cases.Take(5));
        try
        {
            var result = Cli.Run("batch", input, "--output", "fhir");

            Assert.True(result.ExitCode == 0, result.ToString());
            var parser = new FhirJsonDeserializer();
            foreach (var line in result.OutputLines)
            {
                var fhir = JsonDocument.Parse(line).RootElement.GetProperty("fhir").GetRawText();
                var bundle = parser.Deserialize<Bundle>(fhir);
                Assert.IsType<RiskAssessment>(bundle.Entry[0].Resource);
            }
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void Batch_Setting_OverridesTheCareSettingOfEveryLine()
    {
        var input = WriteInput(s_cases.Take(10));
        try
        {
            var result = Cli.Run("batch", input, "-o", "full", "--setting", "oncology");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.All(result.OutputLines, line => Assert.Equal(
                "oncology",
                JsonDocument.Parse(line).RootElement.GetProperty("assessment").GetProperty("careSetting").GetString()));
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void Batch_OutputGivenAFileName_IsAUsageErrorPointingToOut()
    {
        var result = Cli.Run("batch", Path.Combine(Cli.Examples, "cases.ndjson"), "-o", "results.ndjson");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'results.ndjson' is not an output shape: use summary, full or fhir. To write the results to a file, use --out results.ndjson.", result.Error);
        Assert.False(File.Exists(Path.Combine(RepositoryFiles.Root, "results.ndjson")));
    }

    [Fact]
    public void Batch_ParquetWithoutOut_IsAUsageError()
    {
        var result = Cli.Run("batch", Path.Combine(Cli.Examples, "cases.ndjson"), "--format", "parquet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format parquet writes a file: give it with --out FILE.", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Batch_Parquet_OneRowPerLineEqualToTheFullNdjsonRecords()
    {
        var lines = s_cases.Select((line, i) => "{\"id\":\"p-" + i + "\"," + line[1..])
            .Append("{\"id\":\"bad-1\",\"ageYears\":300}")
            .Append("not json");
        var input = WriteInput(lines);
        var parquet = BatchInput.TemporaryPath("parquet");
        var ndjson = BatchInput.TemporaryPath("ndjson");
        try
        {
            var parquetRun = Cli.Run("batch", input, "--format", "parquet", "--out", parquet);
            var ndjsonRun = Cli.Run("batch", input, "--output", "full", "--out", ndjson);

            Assert.True(parquetRun.ExitCode == 1, parquetRun.ToString());
            Assert.True(ndjsonRun.ExitCode == 1, ndjsonRun.ToString());
            var rows = (await ParquetSerializer.DeserializeAsync<ParquetRow>(parquet)).Data;
            var records = File.ReadLines(ndjson).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(s_cases.Length + 2, rows.Count);
            Assert.Equal(records.Length, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                AssertRowEqualsRecord(records[i], rows[i]);
            }

            Assert.Equal("bad-1", rows[^2].Id);
            Assert.Contains("RF1002 ageYears: ", rows[^2].Error);
            Assert.Contains("RF3001", rows[^1].Error);
        }
        finally
        {
            File.Delete(input);
            File.Delete(parquet);
            File.Delete(ndjson);
        }
    }

    [Fact]
    public async Task Batch_ParquetLongerThanARowGroup_AppendsRowGroupsThatReadBackAsTheSummaries()
    {
        var count = RedFlags.Cli.ParquetOutput.ParquetSink.RowGroupRows + 100;
        var input = BatchInput.Write(count);
        var parquet = BatchInput.TemporaryPath("parquet");
        var ndjson = BatchInput.TemporaryPath("ndjson");
        try
        {
            var parquetRun = Cli.Run("batch", input, "--format", "parquet", "--out", parquet);
            var ndjsonRun = Cli.Run("batch", input, "--out", ndjson);

            Assert.True(parquetRun.ExitCode == 0, parquetRun.ToString());
            Assert.True(ndjsonRun.ExitCode == 0, ndjsonRun.ToString());
            await using (var stream = File.OpenRead(parquet))
            await using (var reader = await Parquet.ParquetReader.CreateAsync(stream))
            {
                Assert.Equal(2, reader.RowGroupCount);
            }

            var rows = (await ParquetSerializer.DeserializeAsync<ParquetRow>(parquet)).Data;
            var records = File.ReadLines(ndjson).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(count, rows.Count);
            Assert.Equal(records.Length, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var summary = RedFlagsJson.ParseSummary(records[i].GetProperty("summary").GetRawText());
                Assert.Equal(records[i].GetProperty("line").GetInt64(), rows[i].Line);
                Assert.Equal(summary.Id, rows[i].Id);
                Assert.Equal(records[i].GetProperty("urgency").GetString(), rows[i].Urgency);
                Assert.Equal(summary.DecidingRuleId, rows[i].DecidingRuleId);
                Assert.Equal(summary.Conditions.SelectMany(c => c.RuleIds), rows[i].FiredRuleIds ?? []);
                Assert.Equal(summary.RuleSet.Fingerprint, rows[i].RuleSetFingerprint);
            }
        }
        finally
        {
            File.Delete(input);
            File.Delete(parquet);
            File.Delete(ndjson);
        }
    }

    private static void AssertRowEqualsRecord(JsonElement record, ParquetRow row)
    {
        Assert.Equal(record.GetProperty("line").GetInt64(), row.Line);
        Assert.Equal(record.TryGetProperty("id", out var id) ? id.GetString() : null, row.Id);
        if (record.TryGetProperty("errors", out var errors))
        {
            Assert.Null(row.Urgency);
            Assert.NotNull(row.Error);
            var problems = row.Error!.Split('\n');
            Assert.Equal(errors.GetArrayLength(), problems.Length);
            Assert.All(errors.EnumerateArray().Zip(problems), pair => Assert.StartsWith(pair.First.GetProperty("code").GetString()!, pair.Second));
            return;
        }

        var assessment = record.GetProperty("assessment");
        Assert.Null(row.Error);
        Assert.Equal(record.GetProperty("urgency").GetString(), row.Urgency);
        Assert.Equal(assessment.TryGetProperty("decidingRuleId", out var deciding) ? deciding.GetString() : null, row.DecidingRuleId);
        // The full shape leaves empty lists out (docs/json-output.md).
        var conditions = Items(assessment, "conditions");
        Assert.Equal(conditions.Select(c => c.GetProperty("condition").GetString()), row.Conditions ?? []);
        Assert.Equal(
            conditions.SelectMany(c => Items(c, "flags")).Select(f => f.GetProperty("ruleId").GetString()),
            row.FiredRuleIds ?? []);
        Assert.Equal(Items(assessment, "openDecisiveQuestions").Select(q => q.GetString()), row.OpenDecisiveQuestions ?? []);
        Assert.Equal(assessment.GetProperty("ruleSet").GetProperty("fingerprint").GetString(), row.RuleSetFingerprint);
    }

    private static JsonElement[] Items(JsonElement element, string name)
        => element.TryGetProperty(name, out var items) ? items.EnumerateArray().ToArray() : [];

    private static string WriteInput(IEnumerable<string> lines)
    {
        var path = BatchInput.TemporaryPath("ndjson");
        File.WriteAllLines(path, lines);
        return path;
    }
}
