using System.Reflection;

namespace RedFlags.Tests.Facts;

/// <summary>
/// Past 64 findings end to end: the core recompiled with 200 more findings (<see cref="WidenedCore"/>) reads,
/// validates, writes and evaluates the last of them, in both engines. The real table has 60, so these tests are what
/// keep a 65th finding from breaking anything silently.
/// </summary>
public class WideTableTests
{
    private static readonly string Last = WidenedCore.Name(WidenedCore.ExtraFindings - 1);
    private static readonly string LastJson = char.ToLowerInvariant(Last[0]) + Last[1..];

    private static readonly string RuleSetJson = $$"""
        {
          "id": "wide",
          "version": "1.0.0",
          "extends": "redflags-lbp-default",
          "added": [
            {
              "id": "WIDE-LAST",
              "condition": "caudaEquinaSyndrome",
              "title": "The last added finding",
              "clinicianText": "Fires on the last added finding with the first one unknown or present.",
              "patientText": "Test rule.",
              "criterion": { "allOf": [ { "finding": "{{LastJson}}" }, { "not": { "finding": "wide000" } } ] },
              "recommendation": { "urgency": "emergency", "action": "Test", "timeframe": "Now", "basis": "Test", "patientAdvice": "Test" },
              "evidence": [ { "citation": "Test", "tag": "design" } ]
            }
          ]
        }
        """;

    [Fact]
    public void WidenedCore_TableWith200ExtraFindings_NeedsOnlyTheEnumTheModelAndTheTableLine()
    {
        var findings = (Array)WidenedCore.Type("RedFlags.Facts.FactTable").GetField("Findings")!.GetValue(null)!;
        var words = (int)WidenedCore.Type("RedFlags.Facts.FactTable").GetField("SnapshotWords")!.GetValue(null)!;

        Assert.Equal(RedFlags.Facts.FactTable.Findings.Length + WidenedCore.ExtraFindings, findings.Length);
        Assert.Equal(5, words);
    }

    [Theory]
    [InlineData("Interpreted")]
    [InlineData("Compiled")]
    public void Assess_RuleOnTheLastFinding_FiresInEitherEngine(string mode)
    {
        var evaluator = Evaluator(mode);

        var present = Assess(evaluator, Document($"\"{LastJson}\":\"present\",\"wide000\":\"absent\""));
        var blocked = Assess(evaluator, Document($"\"{LastJson}\":\"present\",\"wide000\":\"present\""));

        Assert.Equal(("Emergency", "WIDE-LAST"), (Get(present, "Urgency")!.ToString(), (string?)Get(present, "DecidingRuleId")));
        Assert.NotEqual("WIDE-LAST", (string?)Get(blocked, "DecidingRuleId"));
    }

    [Theory]
    [InlineData("Interpreted")]
    [InlineData("Compiled")]
    public void Assess_LastFindingUnknown_IsAskedAsADecisiveQuestion(string mode)
    {
        var assessment = Assess(Evaluator(mode), """{"assessmentDate":"2025-03-14"}""");

        var questions = ((System.Collections.IEnumerable)Get(assessment, "Questions")!).Cast<object>().Select(q => (string)Get(q, "Name")!);
        Assert.Contains(LastJson, questions);
    }

    [Fact]
    public void ParsePresentation_LastFinding_IsReadAndWrittenBack()
    {
        var json = Document($"\"{LastJson}\":\"present\"");

        var presentation = WidenedCore.Call("RedFlags.Json.RedFlagsJson", "ParsePresentation", json)!;

        Assert.Equal(json, WidenedCore.Call("RedFlags.Json.RedFlagsJson", "Serialize", presentation, false));
    }

    [Fact]
    public void ValidatePresentation_LastFindingOfTheWrongType_IsReportedAtItsPath()
    {
        var result = WidenedCore.Call("RedFlags.Json.RedFlagsJson", "ValidatePresentation", Document($"\"{LastJson}\":2"))!;

        var error = ((System.Collections.IEnumerable)Get(result, "Errors")!).Cast<object>().Single();
        Assert.Equal(("RF3003", $"examination.{LastJson}"), ((string)Get(error, "Code")!, (string)Get(error, "Path")!));
    }

    [Fact]
    public void Serialize_LastFindingUndefined_IsRefusedByTheGeneratedValidatorAtItsPath()
    {
        var finding = Enum.Parse(WidenedCore.Type("RedFlags.Finding"), Last);
        var undefined = Enum.ToObject(WidenedCore.Type("RedFlags.Presence"), 9);
        var presentation = Activator.CreateInstance(WidenedCore.Type("RedFlags.PatientPresentation"))!;
        presentation.GetType().GetProperty("AssessmentDate")!.SetValue(presentation, Activator.CreateInstance(WidenedCore.Type("RedFlags.CalendarDate"), 2025, 3, 14));
        var with = presentation.GetType().GetMethod("With", [finding.GetType(), undefined.GetType()])!;
        var invalid = Invoke(() => with.Invoke(presentation, [finding, undefined]));

        var exception = Assert.ThrowsAny<Exception>(() => WidenedCore.Call("RedFlags.Json.RedFlagsJson", "Serialize", invalid, false));

        var error = ((System.Collections.IEnumerable)Get(exception, "Errors")!).Cast<object>().Single();
        Assert.Equal(("RF1008", $"examination.{LastJson}"), ((string)Get(error, "Code")!, (string)Get(error, "Path")!));
    }

    private static string Document(string examination) => "{\"assessmentDate\":\"2025-03-14\",\"examination\":{" + examination + "}}";

    private static object Evaluator(string mode)
    {
        var ruleSet = WidenedCore.Call("RedFlags.Json.RuleSetJson", "Parse", RuleSetJson)!;
        var evaluationMode = Enum.Parse(WidenedCore.Type("RedFlags.EvaluationMode"), mode);
        return Activator.CreateInstance(WidenedCore.Type("RedFlags.RedFlagEvaluator"), ruleSet, evaluationMode)!;
    }

    private static object Assess(object evaluator, string json)
    {
        var presentation = WidenedCore.Call("RedFlags.Json.RedFlagsJson", "ParsePresentation", json)!;
        return evaluator.GetType().GetMethod("Assess", [presentation.GetType()])!.Invoke(evaluator, [presentation])!;
    }

    private static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    private static object Invoke(Func<object?> call)
    {
        try
        {
            return call()!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}
