using System.Text;
using System.Text.Json;

namespace RedFlags.Cli.Tests;

/// <summary>
/// Issue #23, item 5, "NDJSON batches": a batch of mutated lines (the library fuzz tests' mutator, which also writes
/// LFs, CRs, NBSP, U+2028, NUL and invalid UTF-8 into them) gives exactly one record per non-blank line, in order and
/// with its line number, and each record is what `assess` makes of that line alone: the same urgency, or the same
/// documented error codes at the same positions.
/// </summary>
public class BatchFuzzTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet, EvaluationMode.Interpreted);

    [Fact]
    public void Batch_3000MutatedLines_OneRecordPerLineInOrderAndEachAsTheLibraryReadsThatLine()
    {
        var seeds = File.ReadLines(Path.Combine(Cli.Examples, "cases.ndjson")).Take(40).Select(Encoding.UTF8.GetBytes).ToList();
        var mutator = new JsonMutator(FuzzRun.Seed + 6);
        using var file = new MemoryStream();

        // The first line stays valid: a byte-order mark at the start of a file is the file's, not the line's.
        file.Write(seeds[0]);
        for (var i = 0; i < FuzzRun.Inputs(3_000); i++)
        {
            file.WriteByte((byte)'\n');
            file.Write(mutator.Mutate(seeds[i % seeds.Count]));
        }

        var bytes = file.ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"redflags-fuzz-{Guid.NewGuid():N}.ndjson");
        File.WriteAllBytes(path, bytes);
        try
        {
            var result = Cli.Run("batch", path, "--allow-errors");

            Assert.True(result.ExitCode == 0, result.ToString());
            var records = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
            var lines = Lines(bytes);
            var expected = lines.Select((line, i) => (line, number: i + 1)).Where(l => !IsBlank(l.line)).ToList();
            Assert.Equal(expected.Select(l => l.number), records.Select(r => r.GetProperty("line").GetInt32()));
            for (var i = 0; i < records.Count; i++)
            {
                AssertAsTheLibrary(expected[i].line, records[i], expected[i].number);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Batch_LineWithoutAssessmentDate_ErrorPositionPointsIntoTheUsersLine()
    {
        // The tool adds today's date to a line without one; the error must still point at "bogus" in the user's text.
        const string Line = "{\"ageYears\":40,\"bogus\":1}";
        var expected = Assert.Single(Assert.Throws<RedFlagsValidationException>(() => RedFlags.Json.RedFlagsJson.ParsePresentation("{\"ageYears\":40,\"bogus\":1,\"assessmentDate\":\"2026-01-01\"}")).Errors);
        var path = Path.Combine(Path.GetTempPath(), $"redflags-position-{Guid.NewGuid():N}.ndjson");
        File.WriteAllText(path, Line + "\n");
        try
        {
            var record = JsonDocument.Parse(Assert.Single(Cli.Run("batch", path).OutputLines)).RootElement;

            var error = Assert.Single(record.GetProperty("errors").EnumerateArray().ToArray());
            Assert.Equal((expected.Code, expected.Position), (error.GetProperty("code").GetString(), Position(error)));
            Assert.InRange(expected.Position!.Value, Line.IndexOf("bogus", StringComparison.Ordinal), Line.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The lines of a batch: split on LF only; a CR before the LF belongs to the line ending.</summary>
    private static List<byte[]> Lines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                var end = i > start && bytes[i - 1] == (byte)'\r' ? i - 1 : i;
                lines.Add(bytes[start..end]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static long? Position(JsonElement error) => error.TryGetProperty("position", out var position) ? position.GetInt64() : null;

    // Blank means JSON white space only (space, tab, CR); NBSP, VT, U+2028 and NUL are not, and give an error record.
    private static bool IsBlank(byte[] line) => line.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r');

    private static void AssertAsTheLibrary(byte[] line, JsonElement record, int number)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(line);
        }
        catch (DecoderFallbackException)
        {
            // Invalid UTF-8 is refused before the library sees a string.
            Assert.True(record.TryGetProperty("errors", out _), $"line {number}: {record}");
            return;
        }

        try
        {
            // As `assess` reads a file holding that line alone: a missing assessment date is today's.
            var urgency = s_evaluator.AssessUrgency(PresentationInput.Parse(text, null, PresentationInput.Today));
            Assert.True(record.TryGetProperty("urgency", out var written), $"line {number}: {record}");
            Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(urgency.ToString()), written.GetString());
        }
        catch (RedFlagsValidationException rejected)
        {
            Assert.True(record.TryGetProperty("errors", out var errors), $"line {number}: {record}");
            // The same codes at the same places: a position in an error record points into the user's own line.
            var written = errors.EnumerateArray().Select(e => (e.GetProperty("code").GetString()!, Position(e))).ToList();
            Assert.True(
                rejected.Errors.Select(e => (e.Code, e.Position)).SequenceEqual(written),
                $"line {number}: library {string.Join(" | ", rejected.Errors)} but batch {errors}");
        }
    }
}
