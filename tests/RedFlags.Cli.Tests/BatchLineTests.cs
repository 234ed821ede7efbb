using System.Text;
using System.Text.Json;
using RedFlags.Json;

namespace RedFlags.Cli.Tests;

/// <summary>Issue #23, item 4: a batch line is what lies between two LFs, so no result lands on another line.</summary>
public class BatchLineTests
{
    private static readonly string s_valid = File.ReadLines(Path.Combine(Cli.Examples, "cases.ndjson")).First();

    [Fact]
    public void Batch_CrCrLfNbspLineSeparatorAndNul_EveryRecordEqualsAssessOfThatLineAlone()
    {
        // Each entry is one input line (without its ending) and the ending that follows it.
        var withId = s_valid.Replace("{\"assessmentDate\"", "{\"id\":\"patient-7\",\"assessmentDate\"", StringComparison.Ordinal);
        string[] lines =
        [
            s_valid,                                                         // 1 ends in CRLF
            "\r" + withId.Replace(",", ",\r", StringComparison.Ordinal),     // 2 bare CRs inside: JSON whitespace
            "\u00a0",                                                         // 3 NBSP alone: an error, not blank
            " \t\r ",                                                        // 4 JSON whitespace only: blank, skipped
            "\v",                                                             // 5 VT alone
            "\u2028",                                                         // 6 LINE SEPARATOR alone
            "\0",                                                             // 7 NUL alone
            s_valid.Replace(",", ",\u00a0", StringComparison.Ordinal),       // 8 NBSP between members
            withId.Replace("{", "{\u2028", StringComparison.Ordinal),        // 9 U+2028 after the brace, with an id
            s_valid[..40] + "\0" + s_valid[40..],                             // 10 NUL inside
            string.Empty,                                                     // 11 empty: blank
            withId.Replace("patient-7", "patient-8\u2028", StringComparison.Ordinal), // 12 U+2028 inside the id: RF1013
            s_valid + "\r",                                                   // 13 last line, no LF, ends in CR
        ];
        string[] endings = ["\r\n", "\n", "\r\n", "\n", "\n", "\r\n", "\n", "\n", "\r\n", "\n", "\r\n", "\n", string.Empty];
        var input = WriteTemporary(string.Concat(lines.Zip(endings, (line, ending) => line + ending)));
        try
        {
            var result = Cli.Run("batch", input, "--output", "full");

            var records = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToArray();
            var expectedLines = Enumerable.Range(1, lines.Length).Where(n => n is not (4 or 11)).ToArray();
            Assert.Equal(expectedLines, records.Select(r => r.GetProperty("line").GetInt32()));
            Assert.Contains("2 blank skipped", result.Error);
            foreach (var record in records)
            {
                var number = record.GetProperty("line").GetInt32();
                AssertSameAsAssess(lines[number - 1], record, number);
            }

            Assert.Equal("patient-7", records.Single(r => r.GetProperty("line").GetInt32() == 2).GetProperty("id").GetString());
            // Malformed JSON gives no id to read; a line whose id is invalid (RF1013) still carries the id it gave.
            Assert.False(records.Single(r => r.GetProperty("line").GetInt32() == 9).TryGetProperty("id", out _));
            Assert.Equal("patient-8\u2028", records.Single(r => r.GetProperty("line").GetInt32() == 12).GetProperty("id").GetString());
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void Assess_NonJsonWhiteSpaceOnly_IsMalformedJsonNotAnEmptyFile()
    {
        var input = WriteTemporary("\u00a0\u2028");
        try
        {
            var result = Cli.Run("assess", input);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("RF3001", result.Error);
            Assert.DoesNotContain("is empty", result.Error);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>The record of a line is what <c>assess</c> gives for a file holding that line alone: the same assessment,
    /// or the same error codes.</summary>
    private static void AssertSameAsAssess(string line, JsonElement record, int number)
    {
        var alone = WriteTemporary(line);
        try
        {
            var assess = Cli.Run("assess", alone, "--format", "json");
            if (assess.ExitCode == 0)
            {
                Assert.True(record.TryGetProperty("assessment", out var assessment), $"line {number}: {record}");
                Assert.Equal(RedFlagsJson.ParseAssessment(assess.Output), RedFlagsJson.ParseAssessment(assessment.GetRawText()));
            }
            else
            {
                Assert.True(assess.ExitCode == 1, $"line {number}: {assess}");
                Assert.True(record.TryGetProperty("errors", out var errors), $"line {number}: {record}");
                var codes = errors.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray();
                Assert.NotEmpty(codes);
                var reported = assess.Error.Split('\n').Where(l => l.StartsWith(alone + ":", StringComparison.Ordinal)).ToArray();
                Assert.Equal(codes.Length, reported.Length);
                Assert.All(codes, code => Assert.Contains(reported, l => l.Contains($": {code}", StringComparison.Ordinal)));
            }
        }
        finally
        {
            File.Delete(alone);
        }
    }

    private static string WriteTemporary(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"redflags-{Guid.NewGuid():N}.ndjson");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
