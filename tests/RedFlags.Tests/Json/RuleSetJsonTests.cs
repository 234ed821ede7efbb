using RedFlags.Json;
using RedFlags.Rules;
using static RedFlags.Tests.Json.JsonTestData;

namespace RedFlags.Tests.Json;

public class RuleSetJsonTests
{
    private const string Rule = """
        {
          "id": "LOCAL-SADDLE",
          "condition": "caudaEquinaSyndrome",
          "title": "Saddle numbness (local wording)",
          "clinicianText": "Local pathway.",
          "patientText": "Numbness between the legs needs an urgent check.",
          "criterion": { "finding": "saddleNumbness" },
          "recommendation": {
            "urgency": "emergency",
            "action": "Emergency department now",
            "timeframe": "Now",
            "investigations": ["mriLumbosacralSpine"],
            "basis": "Local policy",
            "patientAdvice": "Go to the emergency department now."
          },
          "evidence": [ { "citation": "Local audit 2024", "tag": "design" } ],
          "priority": 5
        }
        """;

    [Fact]
    public void Parse_DefaultCatalogueJson_HasTheSameFingerprint()
    {
        var json = RuleSetJson.Serialize(DefaultCatalogue.RuleSet);

        var parsed = RuleSetJson.Parse(json);

        Assert.Equal(DefaultCatalogue.RuleSet.Fingerprint, parsed.Fingerprint);
        Assert.Equal(DefaultCatalogue.RuleSet.Rules, parsed.Rules);
        Assert.Equal(json, RuleSetJson.Serialize(parsed));
    }

    [Fact]
    public void Parse_LocalSet_OverridesDisablesAndAddsAndReportsEachInAssessments()
    {
        var overridden = DefaultCatalogue.RuleSet.Rules.First(r => r.Id == "FRX-AGE-70") with { Priority = 3 };
        var json = $$"""
            {
              "id": "my-clinic",
              "version": "1.0.0",
              "extends": "redflags-lbp-default",
              "overrides": [ {{RuleJson(overridden)}} ],
              "disabled": [ { "ruleId": "MAL-NIGHT-SWEATS", "reason": "Local audit: too many false positives" } ],
              "added": [ {{Rule}} ]
            }
            """;

        var set = RuleSetJson.Parse(json);

        Assert.Equal(("my-clinic", "1.0.0"), (set.Id, set.Version));
        Assert.False(set.TryGetRule("MAL-NIGHT-SWEATS", out _));
        Assert.True(set.TryGetRule("LOCAL-SADDLE", out _));
        Assert.Equal(3, set.Rules.Single(r => r.Id == "FRX-AGE-70").Priority);
        Assert.Equal(DefaultCatalogue.RuleSet.Rules.Count, set.Rules.Count);
        var assessment = new RedFlagEvaluator(set).Assess(Presentations["cauda-equina"]);
        Assert.Equal(
            [("FRX-AGE-70", RuleCustomisationKind.Overridden, (string?)null), ("LOCAL-SADDLE", RuleCustomisationKind.Added, null), ("MAL-NIGHT-SWEATS", RuleCustomisationKind.Disabled, "Local audit: too many false positives")],
            assessment.RuleSet.Customisations.Select(c => (c.RuleId, c.Kind, c.Reason)));
        Assert.Equal(set.Fingerprint, assessment.RuleSet.Fingerprint);
        Assert.Contains(assessment.Conditions.SelectMany(c => c.Flags), f => f.RuleId == "LOCAL-SADDLE");
    }

    [Fact]
    public void Parse_LocalSet_FingerprintIsDeterministicAndFollowsContent()
    {
        static string Local(string reason) => $$"""{"id":"my-clinic","version":"1.0.0","extends":"redflags-lbp-default","disabled":[{"ruleId":"MAL-NIGHT-SWEATS","reason":"{{reason}}"}]}""";

        var first = RuleSetJson.Parse(Local("Audit"));
        var second = RuleSetJson.Parse(Local("Audit"));
        var changed = RuleSetJson.Parse(Local("Audit 2"));

        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.NotEqual(first.Fingerprint, changed.Fingerprint);
        Assert.NotEqual(DefaultCatalogue.RuleSet.Fingerprint, first.Fingerprint);
    }

    [Fact]
    public void Serialize_ComposedSet_RoundTripsWithTheSameFingerprint()
    {
        var composed = RuleSetJson.Parse($$"""{"id":"my-clinic","version":"1.0.0","extends":"redflags-lbp-default","added":[{{Rule}}]}""");

        var reparsed = RuleSetJson.Parse(RuleSetJson.Serialize(composed));

        Assert.Equal(composed.Fingerprint, reparsed.Fingerprint);
        Assert.Equal(composed.Customisations, reparsed.Customisations);
    }

    [Fact]
    public void LoadFile_ValidAndInvalidFiles_LoadsOrThrowsWithoutPartialResult()
    {
        var path = Path.Combine(Path.GetTempPath(), $"redflags-json-{Environment.ProcessId}.json");
        try
        {
            File.WriteAllText(path, RuleSetJson.Serialize(DefaultCatalogue.RuleSet));
            Assert.Equal(DefaultCatalogue.RuleSet.Fingerprint, RuleSetJson.LoadFile(path).Fingerprint);

            File.WriteAllText(path, """{"id":"x","version":"1.0.0","extends":"redflags-lbp-default","disabled":[{"ruleId":"MAL-NIGHT-SWEATS"}]}""");
            RuleSet? loaded = null;
            var exception = Assert.Throws<RedFlagsValidationException>(() => loaded = RuleSetJson.LoadFile(path));
            Assert.Null(loaded);
            Assert.StartsWith("The rule set is invalid", exception.Message, StringComparison.Ordinal);
            Assert.Equal(ErrorCodes.JsonMissingProperty, Assert.Single(exception.Errors).Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_ExtendsUnknownCatalogue_ReportsRF3010()
    {
        const string json = """
            {
              "id": "my-clinic",
              "version": "1.0.0",
              "extends": "someone-elses-catalogue"
            }
            """;

        AssertAt(Single(RuleSetJson.Validate(json), ErrorCodes.JsonInvalidComposition), "extends", json, "\"someone-elses-catalogue\"");
    }

    [Fact]
    public void Validate_OverrideOfMissingRuleAndAddOfExistingRule_ReportRF3010Each()
    {
        var json = $$"""
            {
              "id": "my-clinic",
              "version": "1.0.0",
              "extends": "redflags-lbp-default",
              "overrides": [ {{Rule}} ],
              "added": [ {{RuleJson(DefaultCatalogue.RuleSet.Rules[0])}} ]
            }
            """;

        var errors = RuleSetJson.Validate(json).Errors;

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.JsonInvalidComposition, e.Code));
        Assert.Equal(["overrides[0].id", "added[0].id"], errors.Select(e => e.Path));
        AssertAt(errors[0], "overrides[0].id", json, "\"LOCAL-SADDLE\"");
    }

    [Fact]
    public void Validate_DisablingAReferencedRule_ReportsRF3010NamingTheReferrers()
    {
        const string json = """
            {
              "id": "my-clinic",
              "version": "1.0.0",
              "extends": "redflags-lbp-default",
              "disabled": [ { "ruleId": "MAL-HISTORY-OF-CANCER", "reason": "Recorded elsewhere" } ]
            }
            """;

        var error = Assert.Single(RuleSetJson.Validate(json).Errors);

        Assert.Equal(ErrorCodes.JsonInvalidComposition, error.Code);
        AssertAt(error, "disabled[0].ruleId", json, "\"MAL-HISTORY-OF-CANCER\"");
        Assert.Contains("MAL-MSCC-NEURO", error.Message, StringComparison.Ordinal);
        Assert.Contains("MAL-MSCC-PAIN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RuleOverriddenAndDisabled_ReportsRF3010AtTheDisabledRuleId()
    {
        var json = $$"""
            {
              "id": "my-clinic",
              "version": "1.0.0",
              "extends": "redflags-lbp-default",
              "overrides": [ {{RuleJson(DefaultCatalogue.RuleSet.Rules.First(r => r.Id == "MAL-NIGHT-SWEATS"))}} ],
              "disabled": [ { "ruleId": "FRX-AGE-70", "reason": "Audit" }, { "ruleId": "MAL-NIGHT-SWEATS", "reason": "Audit" } ]
            }
            """;

        var error = Single(RuleSetJson.Validate(json), ErrorCodes.JsonInvalidComposition);

        AssertAt(error, "disabled[1].ruleId", json, "\"MAL-NIGHT-SWEATS\", \"reason\": \"Audit\" } ]");
    }

    [Fact]
    public void Validate_InvalidOverride_ReportsRuleErrorsAtTheOverride()
    {
        var rule = DefaultCatalogue.RuleSet.Rules.First(r => r.Id == "MAL-NIGHT-SWEATS");
        var overridden = RuleJson(rule).Replace($"\"title\":\"{rule.Title}\"", "\"title\": \"\" ", StringComparison.Ordinal);
        var json = $$"""
            {
              "id": "my-clinic",
              "version": "1.0.0",
              "extends": "redflags-lbp-default",
              "overrides": [ {{overridden}} ]
            }
            """;

        var error = Single(RuleSetJson.Validate(json), ErrorCodes.TextMissing);

        AssertAt(error, "overrides[0].title", json, "\"\" ");
    }

    [Fact]
    public void Validate_DisabledWithBlankReason_ReportsRF2015AtTheReason()
    {
        const string json = """
            {
              "id": "my-clinic",
              "version": "1.0.0",
              "extends": "redflags-lbp-default",
              "disabled": [ { "ruleId": "MAL-NIGHT-SWEATS", "reason": " " } ]
            }
            """;

        AssertAt(Single(RuleSetJson.Validate(json), ErrorCodes.CustomisationInvalid), "disabled[0].reason", json, "\" \"");
    }

    [Fact]
    public void Validate_CriterionWithTwoKinds_ReportsRF3012()
    {
        var json = LocalWithAddedCriterion("""{ "finding": "saddleNumbness", "flag": "MAL-NIGHT-SWEATS" }""");

        AssertAt(Single(RuleSetJson.Validate(json), ErrorCodes.JsonCriterionInvalid), "added[0].criterion.flag", json, "\"flag\"");
    }

    [Fact]
    public void Validate_UnknownFindingName_ReportsRF3005()
    {
        var json = LocalWithAddedCriterion("""{ "allOf": [ { "finding": "saddleNumbness" }, { "finding": "saddleNumbnes" } ] }""");

        AssertAt(Single(RuleSetJson.Validate(json), ErrorCodes.JsonUnknownName), "added[0].criterion.allOf[1].finding", json, "\"saddleNumbnes\"");
    }

    [Fact]
    public void Validate_ThresholdOutOfRange_ReportsRF2005AtTheThreshold()
    {
        var json = LocalWithAddedCriterion("""{ "quantity": "ageYears", "atLeast": 500 }""");

        AssertAt(Single(RuleSetJson.Validate(json), ErrorCodes.ThresholdOutOfRange), "added[0].criterion.atLeast", json, "500");
    }

    [Fact]
    public void Validate_UnknownFlagReference_ReportsRF2006AtTheReference()
    {
        var json = LocalWithAddedCriterion("""{ "not": { "flag": "NO-SUCH-RULE" } }""");

        AssertAt(Single(RuleSetJson.Validate(json), ErrorCodes.UnknownRuleReference), "added[0].criterion.not.flag", json, "\"NO-SUCH-RULE\"");
    }

    [Fact]
    public void Validate_QuantityWithoutComparison_ReportsRF3004()
    {
        var json = LocalWithAddedCriterion("""{ "quantity": "ageYears" }""");

        AssertAt(Single(RuleSetJson.Validate(json), ErrorCodes.JsonMissingProperty), "added[0].criterion.atLeast", json, "{ \"quantity\"");
    }

    [Fact]
    public void Parse_FileWithSeveralProblems_ReportsEveryOneAndLoadsNothing()
    {
        const string json = """
            {
              "id": "Bad Id",
              "version": "1.0",
              "extends": "redflags-lbp-default",
              "overides": [],
              "disabled": [ { "ruleId": "NOT-A-RULE", "reason": "x" } ],
              "added": [ {
                "id": "LOCAL-X",
                "condition": "malignancy",
                "title": "",
                "clinicianText": "c",
                "patientText": "p",
                "criterion": { "atLeastOf": 3, "criteria": [ { "finding": "fever" }, { "quantity": "temperatureCelsius", "greaterThan": 38 } ] },
                "recommendation": { "urgency": 3, "action": "a", "timeframe": "t", "basis": "b", "patientAdvice": "p" },
                "evidence": [ { "citation": "c", "tag": "design", "sensitivity": { "value": 1.5 } } ]
              } ]
            }
            """;

        var exception = Assert.Throws<RedFlagsValidationException>(() => RuleSetJson.Parse(json));

        Assert.Equal(
            [
                ErrorCodes.RuleSetIdentityInvalid, ErrorCodes.RuleSetIdentityInvalid, ErrorCodes.JsonUnknownProperty, ErrorCodes.JsonInvalidComposition,
                ErrorCodes.TextMissing, ErrorCodes.ThresholdOutOfRange, ErrorCodes.JsonWrongType, ErrorCodes.FigureOutOfRange,
            ],
            exception.Errors.Select(e => e.Code));
        Assert.All(exception.Errors, e => Assert.True(e.Line > 1 && e.Position > 0, e.ToString()));
    }

    [Fact]
    public void Validate_ValidDocument_ReturnsValid()
        => Assert.True(RuleSetJson.Validate(RuleSetJson.Serialize(DefaultCatalogue.RuleSet, indented: false)).IsValid);

    private static string RuleJson(RedFlagRule rule)
    {
        var json = RuleSetJson.Serialize(RuleSet.Create("x", "1.0.0", [rule], [], DefaultCatalogue.RuleSet.DefaultRecommendation), indented: false);
        var start = json.IndexOf("\"rules\":[", StringComparison.Ordinal) + "\"rules\":[".Length;
        var end = json.IndexOf("],\"preTestProbabilities\"", StringComparison.Ordinal);
        return json[start..end];
    }

    private static string LocalWithAddedCriterion(string criterion) => $$"""
        {
          "id": "my-clinic",
          "version": "1.0.0",
          "extends": "redflags-lbp-default",
          "added": [ {{Rule.Replace("{ \"finding\": \"saddleNumbness\" }", criterion, StringComparison.Ordinal)}} ]
        }
        """;
}
