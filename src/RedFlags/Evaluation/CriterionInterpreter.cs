using System;
using System.Collections.Generic;

namespace RedFlags.Evaluation;

/// <summary>
/// The interpreter: the three-valued truth of every criterion node of a graph, evaluated in phases with few
/// data-dependent branches: all finding tests from the finding snapshot, then all number tests, then the groups in
/// graph order (children and referenced rules first), then the flag references, copied from the rules they name.
/// It is the engine of <see cref="EvaluationMode.Interpreted"/> (and so of Native AOT and .NET Framework);
/// <c>CriterionCompiler</c> compiles the same arithmetic to code.
/// </summary>
/// <remarks>
/// <para>The explanation needs the truth of every node, so nothing can be skipped. A node-by-node interpreter that
/// dispatches on the node kind and stops a group at its first deciding child mispredicts a branch for most nodes on
/// varied presentations; this form replaces those branches by arithmetic: a finding's truth is
/// <c>2·present + unknown·(value when unknown)</c>, an all-of group the minimum of its children, an any-of group the
/// maximum (see the numbering of <see cref="Truth"/>).</para>
/// <para>Immutable after construction and shared by every thread.</para>
/// </remarks>
internal sealed class CriterionInterpreter
{
    private readonly Phases _everyNode;
    private readonly Phases _urgencyNodes;
    private readonly (int Root, Urgency Urgency)[] _raisingRules;

    public CriterionInterpreter(CriterionGraph graph)
    {
        _everyNode = new Phases(graph, static _ => true);
        _urgencyNodes = new Phases(graph, graph.CanRaiseUrgency);
        var raising = new List<(int Root, Urgency Urgency)>();
        foreach (var rule in graph.Rules)
        {
            if (rule.Urgency > Urgency.Routine)
            {
                raising.Add((rule.Root, rule.Urgency));
            }
        }

        _raisingRules = raising.ToArray();
    }

    /// <summary>Writes the truth of every node of the graph this interpreter was built for.</summary>
    public void Evaluate(in FactReader facts, Span<Truth> nodeTruths) => _everyNode.Evaluate(facts, nodeTruths);

    /// <summary>The highest urgency of a rule whose criterion is true, evaluating only the nodes that can change it
    /// (<see cref="CriterionGraph.CanRaiseUrgency"/>); <paramref name="nodeTruths"/> is working space.</summary>
    public Urgency HighestUrgency(in FactReader facts, Span<Truth> nodeTruths)
    {
        _urgencyNodes.Evaluate(facts, nodeTruths);
        var highest = Urgency.Routine;
        foreach (var (root, urgency) in _raisingRules)
        {
            if (urgency > highest && nodeTruths[root] == Truth.True)
            {
                highest = urgency;
            }
        }

        return highest;
    }

    // The phases over a subset of the graph's nodes (every node, or the urgency's); a kept node's children and
    // referenced rules are always kept too.
    private sealed class Phases
    {
        // One test per finding node: the node, the finding's snapshot slot and its truth when unknown.
        private readonly FindingTest[] _findings;
        private readonly QuantityTest[] _quantities;
        private readonly int[] _flagNode;
        private readonly int[] _flagSource;
        private readonly Operation[] _operations;
        private readonly int[] _operands;

        public Phases(CriterionGraph graph, Func<int, bool> keep)
        {
            var findings = new List<FindingTest>();
            var quantities = new List<QuantityTest>();
            var flagNode = new List<int>();
            var flagSource = new List<int>();
            var operations = new List<Operation>();
            var operands = new List<int>();
            for (var n = 0; n < graph.NodeCount; n++)
            {
                if (!keep(n))
                {
                    continue;
                }

                ref readonly var node = ref graph.NodeAt(n);
                switch (node.Kind)
                {
                    case NodeKind.Finding:
                        var slot = Facts.FactTable.SlotOf((Finding)node.Argument);
                        var unknownTruth = (int)(node.UnknownCountsAsPresent ? Truth.True : Truth.Unknown);
                        findings.Add(slot >= 0 ? new FindingTest(n, slot, unknownTruth) : throw new InvalidOperationException("Unreachable: every finding has a snapshot slot."));
                        break;
                    case NodeKind.Quantity:
                        quantities.Add(new QuantityTest(n, Facts.FactTable.SlotOf((Quantity)node.Argument), node.Comparison, node.Threshold));
                        break;
                    case NodeKind.Flag:
                        // A flag reference has the truth of the referenced rule's root. Groups read that root directly
                        // (see CriterionGraph.Source), so the reference itself is only copied at the end, for the explanation.
                        flagNode.Add(n);
                        flagSource.Add(graph.Source(n));
                        break;
                    default:
                        var kind = node.Kind switch
                        {
                            NodeKind.All => OperationKind.Minimum,
                            NodeKind.Any => OperationKind.Maximum,
                            NodeKind.AtLeast => OperationKind.AtLeast,
                            _ => OperationKind.Not,
                        };
                        operations.Add(new Operation(n, kind, operands.Count, node.ChildCount, node.Argument));
                        for (var i = 0; i < node.ChildCount; i++)
                        {
                            operands.Add(graph.Source(graph.ChildAt(node.FirstChild + i)));
                        }

                        break;
                }
            }

            _findings = findings.ToArray();
            _quantities = quantities.ToArray();
            _flagNode = flagNode.ToArray();
            _flagSource = flagSource.ToArray();
            _operations = operations.ToArray();
            _operands = operands.ToArray();
        }

        public void Evaluate(in FactReader facts, Span<Truth> nodeTruths)
        {
            Span<ulong> present = stackalloc ulong[Facts.FactTable.SnapshotWords];
            Span<ulong> absent = stackalloc ulong[Facts.FactTable.SnapshotWords];
            facts.FindingBits(present, absent);
            FindingTruths(present, absent, _findings, nodeTruths);

            if (_quantities.Length > 0)
            {
                Span<double> values = stackalloc double[FactReader.QuantitySlots];
                facts.QuantityValues(values);
                foreach (var test in _quantities)
                {
                    nodeTruths[test.Node] = FactReader.Compare(values[test.Slot], test.Comparison, test.Threshold);
                }
            }

            var operands = _operands;
            foreach (var operation in _operations)
            {
                var first = operation.FirstOperand;
                var end = first + operation.OperandCount;
                int truth;
                switch (operation.Kind)
                {
                    case OperationKind.Minimum:
                        truth = (int)Truth.True;
                        for (var i = first; i < end; i++)
                        {
                            truth = Minimum(truth, (int)nodeTruths[operands[i]]);
                        }

                        break;
                    case OperationKind.Maximum:
                        truth = (int)Truth.False;
                        for (var i = first; i < end; i++)
                        {
                            truth = Maximum(truth, (int)nodeTruths[operands[i]]);
                        }

                        break;
                    case OperationKind.AtLeast:
                    {
                        // Children that are true, and children that are not false (true or unknown).
                        int trueCount = 0, possibleCount = 0;
                        for (var i = first; i < end; i++)
                        {
                            var child = (int)nodeTruths[operands[i]];
                            trueCount += child >> 1;
                            possibleCount += (child + 1) >> 1;
                        }

                        truth = trueCount >= operation.Argument ? (int)Truth.True
                            : possibleCount >= operation.Argument ? (int)Truth.Unknown
                            : (int)Truth.False;
                        break;
                    }

                    default:
                        truth = (int)Truth.True - (int)nodeTruths[operands[first]];
                        break;
                }

                nodeTruths[operation.Node] = (Truth)truth;
            }

            for (var i = 0; i < _flagNode.Length && i < _flagSource.Length; i++)
            {
                nodeTruths[_flagNode[i]] = nodeTruths[_flagSource[i]];
            }
        }
    }

    /// <summary>The truth of each finding test from a snapshot of any number of words: slot <c>s</c> is bit
    /// <c>s % 64</c> of word <c>s / 64</c>; an unknown finding gets the test's truth when unknown.</summary>
    internal static void FindingTruths(ReadOnlySpan<ulong> present, ReadOnlySpan<ulong> absent, ReadOnlySpan<FindingTest> tests, Span<Truth> nodeTruths)
    {
        foreach (var finding in tests)
        {
            var word = finding.Slot >> 6;
            var bit = finding.Slot & 63;
            var isPresent = (int)(present[word] >> bit) & 1;
            var isAbsent = (int)(absent[word] >> bit) & 1;
            nodeTruths[finding.Node] = (Truth)((2 * isPresent) + ((1 - isPresent - isAbsent) * finding.UnknownTruth));
        }
    }

    // Minimum and maximum of two small non-negative numbers without a branch (the JIT compiles Math.Min and Math.Max
    // to a compare and jump here, which a child's truth varying between presentations mispredicts): the sign of a - b
    // masks the difference in or out.
    private static int Minimum(int a, int b)
    {
        var difference = a - b;
        return b + (difference & (difference >> 31));
    }

    private static int Maximum(int a, int b)
    {
        var difference = a - b;
        return a - (difference & (difference >> 31));
    }

    private enum OperationKind : byte
    {
        Minimum,
        Maximum,
        AtLeast,
        Not,
    }

    private readonly record struct Operation(int Node, OperationKind Kind, int FirstOperand, int OperandCount, int Argument);

    /// <summary>A finding test: the node, the finding's slot in the snapshot, and the truth (as a number) when the finding is unknown.</summary>
    internal readonly record struct FindingTest(int Node, int Slot, int UnknownTruth);

    // A number test: the node, the quantity's slot in FactReader.QuantityValues, and the test.
    private readonly record struct QuantityTest(int Node, int Slot, Rules.Comparison Comparison, double Threshold);
}
