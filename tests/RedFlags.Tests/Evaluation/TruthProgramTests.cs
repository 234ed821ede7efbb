using FsCheck.Xunit;
using RedFlags.Evaluation;
using RedFlags.Testing;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// The phased node evaluation of an explained assessment gives every criterion node (not only every rule) the truth
/// the recursive three-valued interpreter gives it: the explanation reads node truths to pick the facts of a flag and
/// the questions to ask, so a wrong truth on an inner node would change a result without changing any urgency.
/// </summary>
public class TruthProgramTests
{
    [Property(Arbitrary = [typeof(RuleSetArbitraries), typeof(RedFlagsArbitraries)], MaxTest = 500)]
    public void EveryNodeTruth_OfAGeneratedRuleSet_EqualsTheRecursiveInterpreter(GeneratedRuleSet rules, ValidPresentation patient)
        => AssertEveryNodeAgrees(new EvaluationPlan(rules.Value), patient.Value);

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 300)]
    public void EveryNodeTruth_OfTheDefaultCatalogue_EqualsTheRecursiveInterpreter(ValidPresentation patient)
        => AssertEveryNodeAgrees(new EvaluationPlan(DefaultCatalogue.RuleSet), patient.Value);

    [Fact]
    public void NodeTruths_LeftOverInAReusedBuffer_AreAllOverwritten()
    {
        // Pooled buffers are not cleared between assessments: every node must be written, whatever was there before.
        var plan = new EvaluationPlan(DefaultCatalogue.RuleSet);
        var facts = new FactReader(Patients.Sparse().With(Finding.Fever));
        var clean = new Truth[plan.NodeCount];
        plan.EvaluateNodes(facts, clean, new Truth[plan.Rules.Length]);
        foreach (var stale in new[] { Truth.False, Truth.Unknown, Truth.True })
        {
            var reused = Enumerable.Repeat(stale, plan.NodeCount).ToArray();
            plan.EvaluateNodes(facts, reused, new Truth[plan.Rules.Length]);
            Assert.Equal(clean, reused);
        }
    }

    private static void AssertEveryNodeAgrees(EvaluationPlan plan, PatientPresentation patient)
    {
        var facts = new FactReader(patient);
        var nodeTruths = new Truth[plan.NodeCount];
        var results = new Truth[plan.Rules.Length];
        plan.EvaluateNodes(facts, nodeTruths, results);

        // The interpreter reads referenced rules' results, so the rules are decided first, in plan order.
        var interpretedResults = new Truth[plan.Rules.Length];
        for (var i = 0; i < plan.Rules.Length; i++)
        {
            interpretedResults[i] = plan.Evaluate(plan.Rules[i].Root, facts, interpretedResults);
        }

        Assert.Equal(interpretedResults, results);
        for (var node = 0; node < plan.NodeCount; node++)
        {
            Assert.True(plan.Evaluate(node, facts, interpretedResults) == nodeTruths[node], $"node {node} ({plan.NodeAt(node).Kind})");
        }
    }
}
