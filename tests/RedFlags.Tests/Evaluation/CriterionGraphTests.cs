using RedFlags.Evaluation;
using RedFlags.Rules;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// The flat graph both engines read: each rule's criterion occupies the nodes from <see cref="CriterionGraph.FirstNodeOf"/>
/// to its root, and only the nodes of rules that can change the urgency are marked for the urgency forms.
/// </summary>
public class CriterionGraphTests
{
    [Fact]
    public void FirstNodeOf_EveryRuleOfTheDefaultCatalogue_StartsItsOwnCriterionsNodes()
    {
        var graph = new CriterionGraph(DefaultCatalogue.RuleSet);
        Assert.Equal(0, graph.FirstNodeOf(0));
        for (var r = 0; r < graph.Rules.Length; r++)
        {
            Assert.Equal(NodesOf(graph.Rules[r].Rule.Criterion), graph.Rules[r].Root - graph.FirstNodeOf(r) + 1);
        }

        Assert.Equal(graph.NodeCount - 1, graph.Rules[^1].Root);
    }

    [Fact]
    public void CanRaiseUrgency_RoutineRuleReferredToByAnUrgentRule_IsMarkedAndAnUnreferredOneIsNot()
    {
        var rules = RuleSet.Create("urgency-nodes", "1.0.0",
        [
            TestRules.Rule("A-ALONE", Criterion.Present(Finding.Fever), Urgency.Routine),
            TestRules.Rule("B-REFERRED", Criterion.Present(Finding.NightPain), Urgency.Routine),
            TestRules.Rule("C-REFERRED-BY-REFERRED", Criterion.Present(Finding.NightSweats), Urgency.Routine),
            TestRules.Rule("D-VIA", Criterion.AllOf(Criterion.Flag("C-REFERRED-BY-REFERRED"), Criterion.Present(Finding.Fatigue)), Urgency.Routine),
            TestRules.Rule("E-URGENT", Criterion.AnyOf(Criterion.Flag("B-REFERRED"), Criterion.Flag("D-VIA")), Urgency.Urgent),
        ], [], DefaultCatalogue.RuleSet.DefaultRecommendation);
        var graph = new CriterionGraph(rules);
        for (var r = 0; r < graph.Rules.Length; r++)
        {
            for (var n = graph.FirstNodeOf(r); n <= graph.Rules[r].Root; n++)
            {
                Assert.Equal(graph.Rules[r].Rule.Id != "A-ALONE", graph.CanRaiseUrgency(n));
            }
        }
    }

    [Fact]
    public void CanRaiseUrgency_RoutineRulesAfterAnUrgentOne_AreNotMarked()
    {
        var rules = RuleSet.Create("urgency-nodes", "1.0.0",
        [
            TestRules.Rule("A-URGENT", Criterion.AllOf(Criterion.Present(Finding.Fever), Criterion.Present(Finding.NightSweats)), Urgency.Urgent),
            TestRules.Rule("B-ROUTINE", Criterion.AnyOf(Criterion.Present(Finding.NightPain), Criterion.Present(Finding.Fatigue)), Urgency.Routine),
        ], [], DefaultCatalogue.RuleSet.DefaultRecommendation);
        var graph = new CriterionGraph(rules);
        Assert.Equal([true, true, true, false, false, false], Enumerable.Range(0, graph.NodeCount).Select(graph.CanRaiseUrgency));
    }

    // The nodes a criterion adds to the graph: one per criterion, a flag reference being one node.
    private static int NodesOf(Criterion criterion) => criterion switch
    {
        AllOfCriterion all => 1 + all.Criteria.Sum(NodesOf),
        AnyOfCriterion any => 1 + any.Criteria.Sum(NodesOf),
        AtLeastCriterion atLeast => 1 + atLeast.Criteria.Sum(NodesOf),
        NotCriterion not => 1 + NodesOf(not.Criterion),
        _ => 1,
    };
}
