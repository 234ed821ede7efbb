using RedFlags.Json;

namespace RedFlags.Cli.Tests;

public class AssessCommandTests
{
    // Evidence brief §10: one example per urgency pathway, with the urgency (and deciding rule) the pathway implies.
    public static TheoryData<string, Urgency, string?> PathwayExamples => new()
    {
        { "01-cauda-equina-emergency.json", Urgency.Emergency, "CES-SADDLE-SENSORY" },
        { "02-mscc-known-cancer-emergency.json", Urgency.Emergency, "MAL-MSCC-SUSPECTED" },
        { "03-spinal-infection-emergency.json", Urgency.Emergency, "INF-RISK-COMBINATION" },
        { "04-fracture-trauma-emergency.json", Urgency.Emergency, "FRX-HIGH-ENERGY-TRAUMA" },
        { "05-mscc-pain-urgent.json", Urgency.Urgent, "MAL-MSCC-PAIN" },
        { "06-cancer-history-review-soon.json", Urgency.Soon, "MAL-HISTORY-OF-CANCER" },
        { "07-myeloma-bloods-soon.json", Urgency.Soon, "MAL-MYELOMA-NG12" },
        { "08-myeloma-referral-urgent.json", Urgency.Urgent, "MAL-MYELOMA-LABS" },
        { "09-pancreatic-imaging-urgent.json", Urgency.Urgent, "MAL-PANCREATIC-NG12" },
        { "10-cancer-work-up-urgent.json", Urgency.Urgent, "MAL-COMBINATION-50" },
        { "11-fracture-imaging-soon.json", Urgency.Soon, "FRX-CORTICOSTEROID" },
        { "12-low-value-flags-routine.json", Urgency.Routine, "MAL-AGE-50" },
        { "13-no-red-flags.json", Urgency.Routine, null },
    };

    [Theory]
    [MemberData(nameof(PathwayExamples))]
    public void Assess_PathwayExample_ProducesItsUrgency(string file, Urgency expected, string? decidingRule)
    {
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, file), "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var assessment = RedFlagsJson.ParseAssessment(result.Output);
        Assert.Equal(expected, assessment.Urgency);
        Assert.Equal(decidingRule, assessment.DecidingRuleId);
    }

    [Fact]
    public void Assess_EveryExampleFile_IsCoveredByThePathwayTheory()
    {
        var covered = PathwayExamples.Select(row => (string)row[0]).ToHashSet();
        var files = Directory.GetFiles(Cli.Examples, "??-*.json").Select(Path.GetFileName).ToArray();

        Assert.Equal(13, files.Length);
        Assert.All(files, file => Assert.Contains(file!, covered));
    }

    [Fact]
    public void Assess_JsonFormat_ParsesBackToTheLibraryAssessment()
    {
        var path = Path.Combine(Cli.Examples, "known-cancer.json");

        var result = Cli.Run("assess", path, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var parsed = RedFlagsJson.ParseAssessment(result.Output);
        var expected = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(RedFlagsJson.ParsePresentation(File.ReadAllText(path)));
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void Assess_RedirectedOutput_IsPlainTextWithUrgencyDecidingFlagAndCitation()
    {
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, "known-cancer.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(result.Output.Contains('\u001b', StringComparison.Ordinal), "ANSI escape codes in redirected output");
        Assert.Contains("URGENT", result.Output);
        Assert.Contains("MAL-MSCC-PAIN", result.Output);
        DefaultCatalogue.RuleSet.TryGetRule("MAL-MSCC-PAIN", out var rule);
        Assert.Contains(rule!.Evidence[0].Citation, result.Output);
        Assert.Contains(DefaultCatalogue.RuleSet.Fingerprint, result.Output);
        Assert.Contains("do not diagnose", result.Output);
    }

    [Fact]
    public void Assess_NothingKnown_HeadlineIsProvisionalAndListsTheDecisiveQuestions()
    {
        // Issue #18 item 5: an empty presentation is not an all-clear.
        var result = Cli.Run("assess", Cli.Fixture("nothing-known.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var headline = result.Output.Split('\n').Single(line => line.StartsWith("Urgency:", StringComparison.Ordinal));
        Assert.Contains("ROUTINE PROVISIONAL (incomplete: ask these first)", headline, StringComparison.Ordinal);
        Assert.Contains("Completeness: Incomplete: ask these first: bladder", result.Output, StringComparison.Ordinal);
        Assert.Contains("recent injury", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_NothingKnown_ListsTheFirstFiveQuestionsThenHowManyMore()
    {
        // Issue #18 item 6: a clinician gets the five questions that matter most, cauda equina symptoms first.
        var result = Cli.Run("assess", Cli.Fixture("nothing-known.json"));

        var lines = QuestionLines(result.Output);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("- Ask: Numbness or altered feeling in the saddle area: could raise the urgency to EMERGENCY", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("- Ask: Urinary retention: could raise the urgency to EMERGENCY", lines[1], StringComparison.Ordinal);
        Assert.Matches(@"^- and \d+ more$", lines[5]);
    }

    [Fact]
    public void Assess_AgeUnknown_AsksToRecordItWithoutSayingItCouldRaiseTheUrgency()
    {
        var result = Cli.Run("assess", Cli.Fixture("age-unknown-persistent-pain.json"));

        var age = Assert.Single(QuestionLines(result.Output), line => line.Contains("Age", StringComparison.Ordinal));
        Assert.StartsWith("- Record: Age (used in combinations by rules: ", age, StringComparison.Ordinal);
        Assert.DoesNotContain("could raise", age, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_WomanOf72WithNothingElse_NamesContributingFeaturesOnOneLineWithoutACondition()
    {
        // Issue #18 item 8: female sex and age over 70 feed the fracture combinations but make no condition alone.
        var result = Cli.Run("assess", Cli.Fixture("woman-72-nothing-else.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("No red flag fired for any condition, from what was recorded.", result.Output, StringComparison.Ordinal);
        Assert.Contains("FRX-FEMALE (Female sex)", result.Output, StringComparison.Ordinal);
        Assert.Contains(": not warning signs alone", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Vertebral fracture:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_OneLegNumbnessAt55_IsDecidedByTheCaudaEquinaSafetyNet()
    {
        var result = Cli.Run("assess", Cli.Fixture("one-leg-numbness-at-55.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Decided by:   CES-SAFETY-NET", result.Output, StringComparison.Ordinal);
    }

    private static string[] QuestionLines(string output)
        => output.Split("Questions still to ask")[1].Split("Advice for the patient")[0]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("- ", StringComparison.Ordinal))
            .ToArray();

    [Fact]
    public void Assess_EveryDecisiveQuestionAnswered_HeadlineIsNotProvisional()
    {
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, "13-no-red-flags.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("PROVISIONAL", result.Output, StringComparison.Ordinal);
        Assert.Contains("Every decisive question is answered", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_OncologySetting_NamesTheSettingWithVocabularysLabel()
    {
        // The CLI wrote "oncology"; Vocabulary.Label(CareSetting.Oncology) is "Oncology service".
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, "known-cancer.json"), "--setting", "oncology");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("| oncology service", result.Output);
    }

    [Fact]
    public void Assess_StandardInputWithoutAssessmentDate_UsesToday()
    {
        const string json = """{"ageYears":40,"pain":{"lumbar":"present"}}""";

        var result = Cli.RunWithInput(json, "assess", "-", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(CalendarDate.FromDateTime(DateTime.Now), RedFlagsJson.ParseAssessment(result.Output).AssessmentDate);
    }

    [Fact]
    public void Assess_NullAssessmentDateAndDateOption_UsesTheOptionDate()
    {
        const string json = """{"assessmentDate":null,"ageYears":40}""";

        var result = Cli.RunWithInput(json, "assess", "-", "--format", "json", "--date", "2026-02-28");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new CalendarDate(2026, 2, 28), RedFlagsJson.ParseAssessment(result.Output).AssessmentDate);
    }

    [Fact]
    public void Assess_DateOption_OverridesTheFileDate()
    {
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, "13-no-red-flags.json"), "--format", "json", "--date", "2027-01-31");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new CalendarDate(2027, 1, 31), RedFlagsJson.ParseAssessment(result.Output).AssessmentDate);
    }

    [Fact]
    public void Assess_InvalidPresentation_ListsEveryProblemAndExitsOne()
    {
        const string json = """{"assessmentDate":"2026-11-24","ageYears":200,"systemic":{"temperatureCelsius":101.3}}""";

        var result = Cli.RunWithInput(json, "assess", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ageYears", result.Error);
        Assert.Contains("temperatureCelsius", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Assess_MissingFile_ExitsTwo()
    {
        var result = Cli.Run("assess", "no-such-file.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-file.json", result.Error);
    }

    [Fact]
    public void Assess_BadDateOption_ExitsTwo()
    {
        var result = Cli.Run("assess", Path.Combine(Cli.Examples, "13-no-red-flags.json"), "--date", "24/11/2026");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.Error);
    }

    [Fact]
    public void Assess_Directory_SaysItIsADirectory()
    {
        var result = Cli.Run("assess", Cli.Examples);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{Cli.Examples}' is a directory; give a file (or - for standard input).", result.Error);
        Assert.DoesNotContain("denied", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Assess_FileOf50Megabytes_IsRefusedAtTheLimitWithoutReadingItAll()
    {
        var path = Path.Combine(Path.GetTempPath(), $"redflags-large-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path))
            {
                file.Write("{\"assessmentDate\":\"2025-03-14\",\"id\":\""u8);
                file.SetLength(50L * 1024 * 1024);
            }

            var result = Cli.Run("assess", path);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"'{path}' is larger than 4194304 bytes (RF3008); nothing was read from it.", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Assess_RuleFileOverTheLimit_IsRefusedWithRF3008()
    {
        var path = Path.Combine(Path.GetTempPath(), $"redflags-large-rules-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "{\"id\":\"" + new string('x', 5 * 1024 * 1024) + "\"}");

            var result = Cli.Run("rules", "validate", path);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("is larger than 4194304 bytes (RF3008)", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Assess_EmptyStandardInput_SaysItIsEmpty()
    {
        var result = Cli.RunWithInput("  \n", "assess", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("standard input is empty; expected a presentation JSON object.", result.Error);
    }

    [Fact]
    public void Assess_FhirBundleWithoutFhirOption_SaysToAddTheOption()
    {
        var result = Cli.Run("assess", Cli.Fixture("fhir-mscc-known-cancer.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is FHIR R4 JSON (resourceType 'Bundle'), not presentation JSON: add --fhir to read it as FHIR.", result.Error);
        Assert.DoesNotContain("RF3002", result.Error);
    }

    [Fact]
    public void Assess_MistypedPropertyName_SuggestsTheNearestProperty()
    {
        var result = Cli.RunWithInput("""{ "ageYears": 50, "neurology": { "saddleNumbnesOrTingling": "present" } }""", "assess", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(value: saddleNumbnesOrTingling) Did you mean 'saddleNumbnessOrTingling'?", result.Error);
    }
}
