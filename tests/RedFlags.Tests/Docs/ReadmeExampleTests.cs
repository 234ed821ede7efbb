using System.Text.RegularExpressions;

namespace RedFlags.Tests.Docs;

/// <summary>The README's usage example compiles (it is this file's region) and stays the same text as the README.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_CSharpBlock_IsTheCodeThisTestCompiles()
    {
        var readme = RepositoryFiles.ReadText("README.md");
        // The README's block starts with 'using RedFlags;' so that it compiles as pasted (RedFlags.Documentation.Tests);
        // this file has the using at its top.
        var block = Regex.Match(readme, "```csharp\nusing RedFlags;\n\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var source = RepositoryFiles.ReadText("tests/RedFlags.Tests/Docs/ReadmeExampleTests.cs");
        var region = Regex.Match(source, "// README example: begin\n(.*?)            // README example: end", RegexOptions.Singleline).Groups[1].Value;
        var unindented = string.Join("\n", region.Split('\n').Select(line => line.Length >= 12 ? line[12..] : line.TrimStart()));
        Assert.Equal(block.Trim(), unindented.Trim());
    }

    [Fact]
    public void ReadmeExample_KnownCancerWithNightPain_IsUrgent()
    {
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            // README example: begin
            var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);   // compile the rules once; share it
            var patient = new PatientPresentation
            {
                AssessmentDate = new CalendarDate(2026, 11, 24),             // explicit: RedFlags never reads the clock
                AgeYears = 67,
                CareSetting = CareSetting.PrimaryCare,
                History = new MedicalHistory { Cancers = [new CancerHistory { PrimarySite = CancerSite.Prostate }] },
                Pain = new PainFeatures { WorseAtNightOrWakesFromSleep = Presence.Present },   // anything not given is unknown
            };
            Assessment assessment = evaluator.Assess(patient);
            Console.WriteLine($"{assessment.Urgency}: {assessment.Recommendation.Action} ({assessment.Recommendation.Timeframe})");
            // README example: end

            Assert.Equal(Urgency.Urgent, assessment.Urgency);
            Assert.Equal("MAL-MSCC-PAIN", assessment.DecidingRuleId);
            Assert.StartsWith("Urgent: Contact the MSCC coordinator within 24 hours", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Console.SetOut(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true });
        }
    }
}
