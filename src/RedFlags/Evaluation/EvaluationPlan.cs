using System;
using System.Collections.Generic;
using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>
/// A rule set compiled once into flat arrays: criteria become nodes with child ranges, rules are ordered so that every
/// referenced rule is evaluated before the rules that refer to it. Immutable after construction, so one plan is shared
/// by every thread; evaluating it allocates nothing.
/// </summary>
internal sealed class EvaluationPlan
{
    private readonly Node[] _nodes;
    private readonly int[] _children;

    public EvaluationPlan(RuleSet ruleSet)
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
        Rules = new CompiledRule[order.Count];
        var referenced = new bool[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var rule = order[i];
            var root = Compile(rule.Criterion, nodes, children, positionById, referenced);
            Rules[i] = new CompiledRule(rule, root, rule.Recommendation.Urgency, rule.Priority);
        }

        for (var i = 0; i < Rules.Length; i++)
        {
            Rules[i] = Rules[i] with { IsReferenced = referenced[i] };
        }

        _nodes = nodes.ToArray();
        _children = children.ToArray();
    }

    public RuleSet RuleSet { get; }

    /// <summary>The rules in evaluation order (referenced rules first).</summary>
    public CompiledRule[] Rules { get; }

    public ref readonly Node NodeAt(int index) => ref _nodes[index];

    public int ChildAt(int index) => _children[index];

    /// <summary>Evaluates every rule into <paramref name="results"/> (one per rule, in plan order).</summary>
    public void EvaluateAll(in FactReader facts, Span<Truth> results)
    {
        for (var i = 0; i < Rules.Length; i++)
        {
            results[i] = Evaluate(Rules[i].Root, facts, results);
        }
    }

    /// <summary>The highest urgency of a fired rule; skips rules that can neither raise it nor feed another rule.</summary>
    public Urgency EvaluateUrgency(in FactReader facts, Span<Truth> results)
    {
        var highest = Urgency.Routine;
        for (var i = 0; i < Rules.Length; i++)
        {
            ref readonly var rule = ref Rules[i];
            if (!rule.IsReferenced && rule.Urgency <= highest)
            {
                continue;
            }

            var truth = Evaluate(rule.Root, facts, results);
            results[i] = truth;
            if (truth == Truth.True && rule.Urgency > highest)
            {
                highest = rule.Urgency;
                if (highest == Urgency.Emergency)
                {
                    break;
                }
            }
        }

        return highest;
    }

    public Truth Evaluate(int nodeIndex, in FactReader facts, ReadOnlySpan<Truth> ruleResults)
    {
        ref readonly var node = ref _nodes[nodeIndex];
        switch (node.Kind)
        {
            case NodeKind.Finding:
                return facts.Read((Finding)node.Argument) switch
                {
                    Presence.Present => Truth.True,
                    Presence.Absent => Truth.False,
                    _ => node.UnknownCountsAsPresent ? Truth.True : Truth.Unknown,
                };
            case NodeKind.Quantity:
                return FactReader.Compare(facts.Read((Quantity)node.Argument), node.Comparison, node.Threshold);
            case NodeKind.Flag:
                return ruleResults[node.Argument];
            case NodeKind.All:
            {
                var result = Truth.True;
                for (var i = 0; i < node.ChildCount; i++)
                {
                    var child = Evaluate(_children[node.FirstChild + i], facts, ruleResults);
                    if (child == Truth.False)
                    {
                        return Truth.False;
                    }

                    if (child == Truth.Unknown)
                    {
                        result = Truth.Unknown;
                    }
                }

                return result;
            }

            case NodeKind.Any:
            {
                var result = Truth.False;
                for (var i = 0; i < node.ChildCount; i++)
                {
                    var child = Evaluate(_children[node.FirstChild + i], facts, ruleResults);
                    if (child == Truth.True)
                    {
                        return Truth.True;
                    }

                    if (child == Truth.Unknown)
                    {
                        result = Truth.Unknown;
                    }
                }

                return result;
            }

            case NodeKind.AtLeast:
            {
                int trueCount = 0, unknownCount = 0;
                for (var i = 0; i < node.ChildCount; i++)
                {
                    var child = Evaluate(_children[node.FirstChild + i], facts, ruleResults);
                    if (child == Truth.True && ++trueCount >= node.Argument)
                    {
                        return Truth.True;
                    }

                    if (child == Truth.Unknown)
                    {
                        unknownCount++;
                    }
                }

                return trueCount + unknownCount >= node.Argument ? Truth.Unknown : Truth.False;
            }

            case NodeKind.Not:
                return Evaluate(_children[node.FirstChild], facts, ruleResults) switch
                {
                    Truth.True => Truth.False,
                    Truth.False => Truth.True,
                    _ => Truth.Unknown,
                };
            default:
                throw new InvalidOperationException("Unreachable: the plan holds only compiled node kinds.");
        }
    }

    private static int Compile(Criterion criterion, List<Node> nodes, List<int> children, Dictionary<string, int> positions, bool[] referenced)
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
                return CompileGroup(NodeKind.All, 0, all.Criteria, nodes, children, positions, referenced);
            case AnyOfCriterion any:
                return CompileGroup(NodeKind.Any, 0, any.Criteria, nodes, children, positions, referenced);
            case AtLeastCriterion n:
                return CompileGroup(NodeKind.AtLeast, n.Count, n.Criteria, nodes, children, positions, referenced);
            case NotCriterion not:
                return CompileGroup(NodeKind.Not, 0, new[] { not.Criterion }, nodes, children, positions, referenced);
            default:
                throw new InvalidOperationException($"Unreachable: {criterion.GetType().Name} is not a criterion kind.");
        }
    }

    private static int CompileGroup(NodeKind kind, int argument, IReadOnlyList<Criterion> criteria, List<Node> nodes, List<int> children, Dictionary<string, int> positions, bool[] referenced)
    {
        var compiled = new int[criteria.Count];
        for (var i = 0; i < criteria.Count; i++)
        {
            compiled[i] = Compile(criteria[i], nodes, children, positions, referenced);
        }

        var first = children.Count;
        children.AddRange(compiled);
        nodes.Add(new Node(kind, argument) { FirstChild = first, ChildCount = compiled.Length });
        return nodes.Count - 1;
    }

    // Depth-first over flag references; rules are visited in id order so the plan is the same for any input order.
    private static List<RedFlagRule> TopologicalOrder(RuleSet ruleSet)
    {
        var order = new List<RedFlagRule>(ruleSet.Rules.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in ruleSet.Rules)
        {
            Visit(rule);
        }

        return order;

        void Visit(RedFlagRule rule)
        {
            if (!done.Add(rule.Id))
            {
                return;
            }

            var references = new List<string>();
            RuleSetValidator.CollectReferences(rule.Criterion, references);
            foreach (var id in references)
            {
                if (ruleSet.TryGetRule(id, out var referenced))
                {
                    Visit(referenced);
                }
            }

            order.Add(rule);
        }
    }
}

internal enum NodeKind : byte
{
    Finding,
    Quantity,
    Flag,
    All,
    Any,
    AtLeast,
    Not,
}

internal readonly record struct Node(NodeKind Kind, int Argument)
{
    public bool UnknownCountsAsPresent { get; init; }

    public Comparison Comparison { get; init; }

    public double Threshold { get; init; }

    public int FirstChild { get; init; }

    public int ChildCount { get; init; }
}

internal readonly record struct CompiledRule(RedFlagRule Rule, int Root, Urgency Urgency, int Priority)
{
    public bool IsReferenced { get; init; }
}
