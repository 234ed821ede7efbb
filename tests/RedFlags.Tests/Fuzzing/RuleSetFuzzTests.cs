using System.Text;
using RedFlags.Json;

namespace RedFlags.Tests.Fuzzing;

/// <summary>Mutated rule sets (full, with references, and local) are accepted or rejected with documented codes (issue #23).</summary>
public class RuleSetFuzzTests
{
    [Fact]
    public void RuleSetJsonParse_20000MutatedRuleSets_AreAcceptedOrRejectedWithDocumentedCodes()
    {
        var report = FuzzRun.Check("rule sets", FuzzSeeds.RuleSets, FuzzRun.Inputs(20_000), input => new RedFlagEvaluator(RuleSetJson.Parse(Encoding.UTF8.GetString(input)), EvaluationMode.Interpreted).AssessUrgency(FuzzSeeds.SaddleNumbness), seedOffset: 2);

        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.True(report.Accepted > 0 && report.Rejected > 0, report.ToString());
    }
}
