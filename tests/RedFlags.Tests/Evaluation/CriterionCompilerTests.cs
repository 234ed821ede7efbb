using RedFlags.Evaluation;
using RedFlags.Rules;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// The compiler's chunks: a graph of up to <see cref="CriterionCompiler.ChunkNodes"/> nodes is one method whose urgency
/// form needs no array, and in a larger graph the urgency form of one chunk hands the three-valued truth of a
/// referenced rule to the later chunks through the array, whatever the array held before.
/// </summary>
public class CriterionCompilerTests
{
    private const string Referenced = "B-REFERENCED";
    private const string Urgent = "D-URGENT-ACROSS";
    private const string Soon = "E-SOON-NOT-ACROSS";

    [Theory]
    [InlineData(1, false)]
    [InlineData(CriterionCompiler.ChunkNodes - 1, false)]
    [InlineData(CriterionCompiler.ChunkNodes, false)]
    [InlineData(CriterionCompiler.ChunkNodes + 1, true)]
    public void UrgencyNeedsTruths_GraphOfNodes_IsTrueOnlyPastOneChunk(int nodes, bool needsTruths)
    {
        // One node per rule: a finding.
        var findings = Vocabulary.AllFindings.ToArray();
        var rules = Enumerable.Range(0, nodes).Select(k => TestRules.Rule($"R-{k:D4}", Criterion.Present(findings[k % findings.Length]), k == 0 ? Urgency.Urgent : Urgency.Routine));
        var graph = new CriterionGraph(RuleSet.Create("chunks", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation));
        Assert.Equal(nodes, graph.NodeCount);

        Assert.Equal(needsTruths, CriterionCompiler.Compile(graph).UrgencyNeedsTruths);
    }

    [Fact]
    public void UrgencyNeedsTruths_DefaultCatalogue_IsFalse()
        => Assert.False(CriterionCompiler.Compile(new CriterionGraph(DefaultCatalogue.RuleSet)).UrgencyNeedsTruths);

    [Fact]
    public void CriterionGraph_TwoChunkRuleSet_HasTheReferencedRuleInTheFirstChunkAndItsReadersInTheSecond()
    {
        var graph = new CriterionGraph(TwoChunks());
        Assert.InRange(RootOf(graph, Referenced), 0, CriterionCompiler.ChunkNodes - 1);
        Assert.InRange(RootOf(graph, Urgent), CriterionCompiler.ChunkNodes, graph.NodeCount - 1);
        Assert.InRange(RootOf(graph, Soon), CriterionCompiler.ChunkNodes, graph.NodeCount - 1);
        Assert.True(CriterionCompiler.Compile(graph).UrgencyNeedsTruths);
    }

    [Theory]
    [InlineData(Presence.Present, Urgency.Urgent)]
    [InlineData(Presence.Absent, Urgency.Soon)]
    [InlineData(Presence.Unknown, Urgency.Routine)]
    public void HighestUrgency_RuleReferredToFromALaterChunk_IsReadAsWrittenWhateverTheArrayHeld(Presence fever, Urgency expected)
    {
        var graph = new CriterionGraph(TwoChunks());
        var compiler = CriterionCompiler.Compile(graph);
        var patient = Sparse().With(Finding.Fever, fever);
        foreach (var stale in new[] { Truth.False, Truth.Unknown, Truth.True })
        {
            Assert.Equal(expected, compiler.HighestUrgency(patient, Enumerable.Repeat(stale, graph.NodeCount).ToArray()));
        }
    }

    [Theory]
    [InlineData(Presence.Present, Urgency.Urgent)]
    [InlineData(Presence.Absent, Urgency.Soon)]
    [InlineData(Presence.Unknown, Urgency.Routine)]
    public void AssessAndAssessUrgency_TwoChunkRuleSetInEitherMode_FireTheRulesThatReadAcrossChunks(Presence fever, Urgency expected)
    {
        var rules = TwoChunks();
        var patient = Sparse().With(Finding.Fever, fever);
        foreach (var mode in new[] { EvaluationMode.Interpreted, EvaluationMode.Compiled })
        {
            var evaluator = new RedFlagEvaluator(rules, mode);
            Assert.Equal(expected, evaluator.AssessUrgency(patient));
            Assert.Equal(expected, evaluator.Assess(patient).Urgency);
        }
    }

    // 500 routine rules of one node each, then a referenced routine rule (node 500, first chunk), 100 more routine
    // rules, and two rules in the second chunk that read the referenced one: one whether it is true, one (through a
    // negation) whether it is false. Rules are placed in id order, so the ids decide the chunks.
    private static RuleSet TwoChunks()
    {
        var findings = Vocabulary.AllFindings.ToArray().Where(f => f != Finding.Fever).ToArray();
        var rules = new List<RedFlagRule>();
        rules.AddRange(Enumerable.Range(0, 500).Select(k => TestRules.Rule($"A-FILL-{k:D4}", Criterion.Present(findings[k % findings.Length]))));
        rules.Add(TestRules.Rule(Referenced, Criterion.Present(Finding.Fever)));
        rules.AddRange(Enumerable.Range(0, 100).Select(k => TestRules.Rule($"C-FILL-{k:D4}", Criterion.Present(findings[k % findings.Length]))));
        rules.Add(TestRules.Rule(Urgent, Criterion.Flag(Referenced), Urgency.Urgent));
        rules.Add(TestRules.Rule(Soon, Criterion.Not(Criterion.Flag(Referenced)), Urgency.Soon));
        return RuleSet.Create("two-chunks", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation);
    }

    private static int RootOf(CriterionGraph graph, string id) => graph.Rules.Single(r => r.Rule.Id == id).Root;
}
