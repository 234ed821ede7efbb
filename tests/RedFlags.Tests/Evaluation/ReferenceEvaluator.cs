using RedFlags.Evaluation;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// The reference oracle for both engines: the plain recursive three-valued (Kleene) interpreter, node by node, written
/// for clarity and kept out of the library. The interpreter and the compiler must give every node the truth it gives.
/// </summary>
internal static class ReferenceEvaluator
{
    /// <summary>The truth of every node of the graph for a presentation.</summary>
    public static Truth[] NodeTruths(CriterionGraph graph, PatientPresentation presentation)
    {
        var facts = new FactReader(presentation);

        // Rules are decided first, in graph order, because a flag reference reads the result of the rule it names.
        var ruleResults = new Truth[graph.Rules.Length];
        for (var i = 0; i < graph.Rules.Length; i++)
        {
            ruleResults[i] = Evaluate(graph, graph.Rules[i].Root, facts, ruleResults);
        }

        var truths = new Truth[graph.NodeCount];
        for (var node = 0; node < truths.Length; node++)
        {
            truths[node] = Evaluate(graph, node, facts, ruleResults);
        }

        return truths;
    }

    /// <summary>The highest urgency of a rule whose criterion is true.</summary>
    public static Urgency HighestUrgency(CriterionGraph graph, Truth[] nodeTruths)
        => graph.Rules.Where(rule => nodeTruths[rule.Root] == Truth.True).Select(rule => rule.Urgency).DefaultIfEmpty(Urgency.Routine).Max();

    private static Truth Evaluate(CriterionGraph graph, int index, FactReader facts, Truth[] ruleResults)
    {
        var node = graph.NodeAt(index);
        var children = Enumerable.Range(node.FirstChild, node.ChildCount).Select(i => Evaluate(graph, graph.ChildAt(i), facts, ruleResults)).ToArray();
        return node.Kind switch
        {
            NodeKind.Finding => facts.Read((Finding)node.Argument) switch
            {
                Presence.Present => Truth.True,
                Presence.Absent => Truth.False,
                _ => node.UnknownCountsAsPresent ? Truth.True : Truth.Unknown,
            },
            NodeKind.Quantity => FactReader.Compare(facts.Read((Quantity)node.Argument), node.Comparison, node.Threshold),
            NodeKind.Flag => ruleResults[node.Argument],
            NodeKind.All => children.Contains(Truth.False) ? Truth.False : children.Contains(Truth.Unknown) ? Truth.Unknown : Truth.True,
            NodeKind.Any => children.Contains(Truth.True) ? Truth.True : children.Contains(Truth.Unknown) ? Truth.Unknown : Truth.False,
            NodeKind.AtLeast => children.Count(c => c == Truth.True) >= node.Argument ? Truth.True
                : children.Count(c => c != Truth.False) >= node.Argument ? Truth.Unknown
                : Truth.False,
            NodeKind.Not => children[0] switch { Truth.True => Truth.False, Truth.False => Truth.True, _ => Truth.Unknown },
            _ => throw new InvalidOperationException($"Unknown node kind {node.Kind}."),
        };
    }
}
