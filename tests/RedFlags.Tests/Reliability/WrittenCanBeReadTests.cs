using System.Text;
using RedFlags.Json;
using RedFlags.Rules;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Reliability;

/// <summary>What the library writes, it can read back (issue #23, defect 8): characters outside the Basic Multilingual
/// Plane are written as UTF-8, not as 12-byte escapes that made a valid 1.44 MB rule set serialise to 4.32 MB.</summary>
public class WrittenCanBeReadTests
{
    [Fact]
    public void RuleSetJsonSerialize_TextOutsideTheBasicPlane_IsWrittenAsUtf8()
    {
        var rule = TestRules.Rule("EMOJI-X", new FindingCriterion(Finding.Fever)) with { Title = "X-ray 🩻 of the 𝕃5 vertebra" };

        var json = RuleSetJson.Serialize(RuleSet.Create("emoji", "1.0.0", [rule], [], DefaultCatalogue.RuleSet.DefaultRecommendation));

        Assert.Contains("\"title\": \"X-ray 🩻 of the 𝕃5 vertebra\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\uD8", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RuleSetJsonParse_ADocumentNearTheLimitWrittenInEmoji_ReadsBackWhatItWrote()
    {
        var text = string.Concat(Enumerable.Repeat("🩻", 45_000));
        var rules = Enumerable.Range(0, 20).Select(i => TestRules.Rule($"EMOJI-R{i}", new FindingCriterion(Finding.Fever)) with { ClinicianText = text });
        var original = RuleSetJson.Serialize(RuleSet.Create("emoji", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation));
        Assert.InRange(Encoding.UTF8.GetByteCount(original), 3_500_000, RedFlagsJson.MaximumDocumentBytes);

        var rewritten = RuleSetJson.Serialize(RuleSetJson.Parse(original));

        Assert.Equal(original, rewritten);
        Assert.Equal(RuleSetJson.Parse(original).Fingerprint, RuleSetJson.Parse(rewritten).Fingerprint);
    }

    [Fact]
    public void Serialize_ControlCharactersAndQuotes_AreEscapedAsJsonRequires()
    {
        var rule = TestRules.Rule("ESCAPE-X", new FindingCriterion(Finding.Fever)) with { Title = "a\"b\\c\nd\u0001e\u2028f<g>&'" };

        var json = RuleSetJson.Serialize(RuleSet.Create("escape", "1.0.0", [rule], [], DefaultCatalogue.RuleSet.DefaultRecommendation));

        Assert.Contains("\"title\": \"a\\\"b\\\\c\\nd\\u0001e\u2028f<g>&'\"", json, StringComparison.Ordinal);
        Assert.Equal(rule.Title, RuleSetJson.Parse(json).Rules.Single().Title);
    }
}
