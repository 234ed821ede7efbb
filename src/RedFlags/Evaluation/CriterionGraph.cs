using System;
using System.Collections.Generic;
using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>
/// A rule set as one flat graph of criterion nodes, the one structure both engines (<see cref="CriterionInterpreter"/>,
/// <c>CriterionCompiler</c>) and the explanation read.
/// </summary>
/// <remarks>
/// <para>Nodes are in evaluation order: every child comes before its group, and every referenced rule (its whole
/// criterion) before the rules that refer to it, so one pass from the first node to the last evaluates them all.
/// Rules are ordered depth-first over their references, visiting rules in id order, so the graph is the same for any
/// input order.</para>
/// <para>Built without recursion over flag references, whose chains the input controls; a criterion's own depth is
/// bounded by <see cref="RuleSet.MaximumCriterionDepth"/>. Immutable after construction and shared by every thread.</para>
/// </remarks>
internal sealed class CriterionGraph
{
    private readonly Node[] _nodes;
    private readonly int[] _children;

    public CriterionGraph(RuleSet ruleSet)
    {
        RuleSet = ruleSet;
        var order = TopologicalOrder(ruleSet);
        var positionById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++)
        {
            positionById[order[i].Id] = i;
        }

        var nodes = new List<Node>();
        var children = new List<int>();
        var referenced = new bool[order.Count];
        var roots = new int[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            roots[i] = Add(order[i].Criterion, nodes, children, positionById, referenced);
        }

        Rules = new GraphRule[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            Rules[i] = new GraphRule(order[i], roots[i], order[i].Recommendation.Urgency, order[i].Priority) { IsReferenced = referenced[i] };
        }

        _nodes = nodes.ToArray();
        _children = children.ToArray();
        _sources = Sources();
        _canRaiseUrgency = UrgencyNodes();
    }

    private readonly bool[] _canRaiseUrgency;
    private readonly int[] _sources;

    public RuleSet RuleSet { get; }

    /// <summary>The rules in evaluation order (referenced rules first).</summary>
    public GraphRule[] Rules { get; }

    public int NodeCount => _nodes.Length;

    public ref readonly Node NodeAt(int index) => ref _nodes[index];

    /// <summary>The node at position <paramref name="index"/> of the child list.</summary>
    public int ChildAt(int index) => _children[index];

    /// <summary>The node whose truth a node has: itself, or for a flag reference the root of the referenced rule
    /// (followed through rules whose whole criterion is another reference). Always earlier in evaluation order.</summary>
    public int Source(int node) => _sources[node];

    // Worked out once, in evaluation order: the referenced rule's root comes earlier, so its source is already known.
    // Following the chain on every call would cost the chain's length each time, quadratic over a long chain.
    private int[] Sources()
    {
        var sources = new int[_nodes.Length];
        for (var node = 0; node < _nodes.Length; node++)
        {
            sources[node] = _nodes[node].Kind == NodeKind.Flag ? sources[Rules[_nodes[node].Argument].Root] : node;
        }

        return sources;
    }

    /// <summary>The first node of a rule's own criterion: a rule's nodes run from the node after the previous rule's
    /// root up to its own root.</summary>
    public int FirstNodeOf(int rule) => rule == 0 ? 0 : Rules[rule - 1].Root + 1;

    /// <summary>Whether a node can change the urgency: it belongs to a rule above routine, or to a rule such a rule
    /// refers to. The urgency is computed from these nodes alone.</summary>
    public bool CanRaiseUrgency(int node) => _canRaiseUrgency[node];

    // Rules refer only to earlier rules, so one pass from the last rule to the first finds every rule the urgency needs.
    private bool[] UrgencyNodes()
    {
        var needed = new bool[Rules.Length];
        var canRaise = new bool[_nodes.Length];
        for (var r = Rules.Length - 1; r >= 0; r--)
        {
            if (!needed[r] && Rules[r].Urgency <= Urgency.Routine)
            {
                continue;
            }

            for (var n = FirstNodeOf(r); n <= Rules[r].Root; n++)
            {
                canRaise[n] = true;
                if (_nodes[n].Kind == NodeKind.Flag)
                {
                    needed[_nodes[n].Argument] = true;
                }
            }
        }

        return canRaise;
    }

    // A criterion's nodes, children first; returns the index of its node.
    private static int Add(Criterion criterion, List<Node> nodes, List<int> children, Dictionary<string, int> positions, bool[] referenced)
    {
        switch (criterion)
        {
            case FindingCriterion f:
                nodes.Add(new Node(NodeKind.Finding, (int)f.Finding) { UnknownCountsAsPresent = f.UnknownCountsAsPresent });
                return nodes.Count - 1;
            case QuantityCriterion q:
                nodes.Add(new Node(NodeKind.Quantity, (int)q.Quantity) { Comparison = q.Comparison, Threshold = q.Threshold });
                return nodes.Count - 1;
            case FlagCriterion r:
                var position = positions[r.RuleId];
                referenced[position] = true;
                nodes.Add(new Node(NodeKind.Flag, position));
                return nodes.Count - 1;
            case AllOfCriterion all:
                return AddGroup(NodeKind.All, 0, all.Criteria, nodes, children, positions, referenced);
            case AnyOfCriterion any:
                return AddGroup(NodeKind.Any, 0, any.Criteria, nodes, children, positions, referenced);
            case AtLeastCriterion n:
                return AddGroup(NodeKind.AtLeast, n.Count, n.Criteria, nodes, children, positions, referenced);
            case NotCriterion not:
                return AddGroup(NodeKind.Not, 0, [not.Criterion], nodes, children, positions, referenced);
            default:
                throw new InvalidOperationException($"Unreachable: {criterion.GetType().Name} is not a criterion kind.");
        }
    }

    private static int AddGroup(NodeKind kind, int argument, IReadOnlyList<Criterion> criteria, List<Node> nodes, List<int> children, Dictionary<string, int> positions, bool[] referenced)
    {
        var added = new int[criteria.Count];
        for (var i = 0; i < criteria.Count; i++)
        {
            added[i] = Add(criteria[i], nodes, children, positions, referenced);
        }

        var first = children.Count;
        children.AddRange(added);
        nodes.Add(new Node(kind, argument) { FirstChild = first, ChildCount = added.Length });
        return nodes.Count - 1;
    }

    // Depth-first over flag references with an explicit stack (a chain of references may be as long as the rule set):
    // a rule is placed after every rule it refers to. Rules are started in id order.
    private static List<RedFlagRule> TopologicalOrder(RuleSet ruleSet)
    {
        var order = new List<RedFlagRule>(ruleSet.Rules.Count);
        var started = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(RedFlagRule Rule, List<string> References, int Next)>();
        foreach (var first in ruleSet.Rules)
        {
            if (!started.Add(first.Id))
            {
                continue;
            }

            stack.Push((first, ReferencesOf(first), 0));
            while (stack.Count > 0)
            {
                var (rule, references, next) = stack.Pop();
                if (next == references.Count)
                {
                    order.Add(rule);
                    continue;
                }

                stack.Push((rule, references, next + 1));
                if (ruleSet.TryGetRule(references[next], out var referenced) && started.Add(referenced.Id))
                {
                    stack.Push((referenced, ReferencesOf(referenced), 0));
                }
            }
        }

        return order;

        static List<string> ReferencesOf(RedFlagRule rule)
        {
            var references = new List<string>();
            RuleSetValidator.CollectReferences(rule.Criterion, references);
            return references;
        }
    }
}
