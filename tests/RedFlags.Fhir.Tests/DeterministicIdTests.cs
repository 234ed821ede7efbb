using Hl7.Fhir.Model;
using RedFlags.Fhir.Internal;

namespace RedFlags.Fhir.Tests;

/// <summary>
/// The UUIDs of cards and DetectedIssues are the name-based UUID of a prefix joined to the assessment's canonical text,
/// however the writer avoids building the joined text.
/// </summary>
public class DeterministicIdTests
{
    private static readonly CalendarDate s_today = new(2025, 3, 10);
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    public static TheoryData<string> Presentations() => ["mscc", "ces", "routine"];

    private static Assessment Assess(string name) => s_evaluator.Assess(name switch
    {
        "mscc" => new PatientPresentation
        {
            AssessmentDate = s_today,
            CareSetting = CareSetting.PrimaryCare,
            AgeYears = 64,
            History = new MedicalHistory { PersonalHistoryOfCancer = Presence.Present },
            Neurology = new NeurologicalFeatures { LegWeakness = LegWeakness.Progressive },
        },
        "ces" => new PatientPresentation
        {
            AssessmentDate = s_today,
            CareSetting = CareSetting.EmergencyDepartment,
            AgeYears = 44,
            Neurology = new NeurologicalFeatures { SaddleNumbnessOrTingling = Presence.Present, UrinaryRetention = Presence.Present },
        },
        _ => new PatientPresentation { AssessmentDate = s_today, CareSetting = CareSetting.PrimaryCare, AgeYears = 30 },
    });

    [Theory]
    [InlineData("cds|", "overall", "|summary ä µmol/L ≥ 5 — é|")]
    [InlineData("", "", "")]
    [InlineData("DetectedIssue|", "mscc-known-cancer-neuro-deficit", "|")]
    public void Uuid_PartsAndUtf8Tail_EqualsTheUuidOfTheJoinedText(string first, string second, string third)
    {
        const string Tail = "rule-set|1.0|fingerprint|2025-03-10|F:ä";

        var joined = WriterText.Uuid(first + second + third + Tail);
        var parts = WriterText.Uuid([first, second, third], System.Text.Encoding.UTF8.GetBytes(Tail));

        Assert.Equal(joined, parts);
    }

    [Theory]
    [MemberData(nameof(Presentations))]
    public void ToCards_EveryCard_UuidIsOfItsKeyContentAndTheCanonicalText(string name)
    {
        var assessment = Assess(name);
        var canonical = WriterText.Canonical(assessment);

        var cards = CdsHooksWriter.ToCards(assessment);

        Assert.Equal(assessment.Conditions.Count(c => c.Flags.Count > 0) + 1, cards.Count);
        for (var i = 0; i < cards.Count; i++)
        {
            var key = i == 0 ? "overall" : cards[i].Source.Topic!.Code;
            var content = cards[i].Summary + "|" + cards[i].Detail;
            Assert.Equal(WriterText.Uuid("cds|" + key + "|" + content + "|" + canonical), cards[i].Uuid);
            Assert.Equal(CdsHooksWriter.UuidOf(assessment, key, content), cards[i].Uuid);
        }
    }

    [Theory]
    [MemberData(nameof(Presentations))]
    public void ToDetectedIssues_EveryIssue_IdIsOfItsRuleAndTheCanonicalText(string name)
    {
        var assessment = Assess(name);
        var canonical = WriterText.Canonical(assessment);

        var issues = FhirAssessmentWriter.ToDetectedIssues(assessment);

        Assert.Equal(name == "routine", issues.Count == 0);
        foreach (var issue in issues)
        {
            var ruleId = issue.Code!.Coding.Single().Code;
            Assert.Equal(WriterText.Uuid("DetectedIssue|" + ruleId + "|" + canonical), issue.Id);
        }
    }
}
