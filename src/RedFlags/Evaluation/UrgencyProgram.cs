using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>
/// The urgency-only form of a plan: every test becomes a bit, and every group a few mask tests over 64-bit words.
/// </summary>
/// <remarks>
/// <para>The state is a span of words: word 0 holds "finding present", word 1 "finding present or unknown" (one bit per
/// finding, by its slot in <see cref="Facts.FactTable"/>), then one bit per distinct number test, then one bit per rule
/// (set when the rule is true). All findings are read at once, without dispatching on the finding, and the tests of a
/// group that are findings, numbers or flags are decided together: an all-of group by <c>(word &amp; mask) == mask</c>,
/// an any-of group by <c>(word &amp; mask) != 0</c>, an at-least group by counting bits.</para>
/// <para>A rule's urgency only needs to know whether the rule is true. Without negation a criterion is true in the
/// three-valued logic exactly when it is true with every unknown test read as false, so plain bits suffice. A plan
/// with a <see cref="NotCriterion"/> has no urgency program and uses the three-valued interpreter.</para>
/// </remarks>
internal sealed class UrgencyProgram
{
    // The finding snapshot: FactTable.SnapshotWords words of "present", then as many of "present or unknown".
    private const int PresentWord = 0;
    private const int PresentOrUnknownWord = Facts.FactTable.SnapshotWords;
    private const int FirstTestWord = 2 * Facts.FactTable.SnapshotWords;

    private readonly Quantity[] _testQuantity;
    private readonly Comparison[] _testComparison;
    private readonly double[] _testThreshold;
    private readonly Group[] _groups;
    private readonly int[] _maskWords;
    private readonly ulong[] _masks;
    private readonly int[] _subgroups;
    private readonly int[] _ruleGroup;
    private readonly Urgency[] _ruleUrgency;
    private readonly bool[] _ruleIsReferenced;
    private readonly int _firstRuleWord;

    private UrgencyProgram(Builder builder, int ruleCount)
    {
        _testQuantity = builder.TestQuantity.ToArray();
        _testComparison = builder.TestComparison.ToArray();
        _testThreshold = builder.TestThreshold.ToArray();
        _groups = builder.Groups.ToArray();
        _maskWords = builder.MaskWords.ToArray();
        _masks = builder.Masks.ToArray();
        _subgroups = builder.Subgroups.ToArray();
        _ruleGroup = builder.RuleGroup;
        _ruleUrgency = builder.RuleUrgency;
        _ruleIsReferenced = builder.RuleIsReferenced;
        _firstRuleWord = builder.FirstRuleWord;
        WordCount = _firstRuleWord + ((ruleCount + 63) / 64);
    }

    /// <summary>The number of 64-bit words of state an evaluation needs.</summary>
    public int WordCount { get; }

    /// <summary>Compiles a plan, or returns null when a rule uses negation.</summary>
    public static UrgencyProgram? TryCreate(EvaluationPlan plan)
    {
        var rules = plan.Rules;
        var builder = new Builder(plan, FirstTestWord + ((CountTests(plan) + 63) / 64), rules.Length);
        for (var i = 0; i < rules.Length; i++)
        {
            var group = builder.Compile(rules[i].Root);
            if (group < 0)
            {
                return null;
            }

            builder.RuleGroup[i] = group;
            builder.RuleUrgency[i] = rules[i].Urgency;
            builder.RuleIsReferenced[i] = rules[i].IsReferenced;
        }

        return new UrgencyProgram(builder, rules.Length);
    }

    /// <summary>The highest urgency of a true rule; skips rules that can neither raise it nor feed another rule.</summary>
    /// <param name="facts">The presentation's facts.</param>
    /// <param name="state">At least <see cref="WordCount"/> words, any content.</param>
    public Urgency Evaluate(in FactReader facts, Span<ulong> state)
    {
        var present = state.Slice(PresentWord, Facts.FactTable.SnapshotWords);
        var presentOrUnknown = state.Slice(PresentOrUnknownWord, Facts.FactTable.SnapshotWords);
        facts.FindingBits(present, presentOrUnknown);
        for (var w = 0; w < presentOrUnknown.Length; w++)
        {
            presentOrUnknown[w] = ~presentOrUnknown[w];
        }

        state.Slice(FirstTestWord, WordCount - FirstTestWord).Clear();

        if (_testQuantity.Length > 0)
        {
            Span<double> values = stackalloc double[FactReader.QuantitySlots];
            facts.QuantityValues(values);
            for (var t = 0; t < _testQuantity.Length; t++)
            {
                if (Holds(values[Facts.FactTable.SlotOf(_testQuantity[t])], _testComparison[t], _testThreshold[t]))
                {
                    state[FirstTestWord + (t >> 6)] |= 1UL << (t & 63);
                }
            }
        }

        var highest = Urgency.Routine;
        for (var i = 0; i < _ruleGroup.Length; i++)
        {
            var urgency = _ruleUrgency[i];
            if (!_ruleIsReferenced[i] && urgency <= highest)
            {
                continue;
            }

            if (IsTrue(_ruleGroup[i], state))
            {
                state[_firstRuleWord + (i >> 6)] |= 1UL << (i & 63);
                if (urgency > highest)
                {
                    highest = urgency;
                    if (highest == Urgency.Emergency)
                    {
                        break;
                    }
                }
            }
        }

        return highest;
    }

    // NaN (unknown) makes every comparison false: an unknown number never makes a test true.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Holds(double value, Comparison comparison, double threshold) => comparison switch
    {
        Comparison.AtLeast => value >= threshold,
        Comparison.GreaterThan => value > threshold,
        Comparison.AtMost => value <= threshold,
        _ => value < threshold,
    };

    private bool IsTrue(int groupIndex, ReadOnlySpan<ulong> state)
    {
        ref readonly var group = ref _groups[groupIndex];
        var masksEnd = group.FirstMask + group.MaskCount;
        var subgroupsEnd = group.FirstSubgroup + group.SubgroupCount;
        switch (group.Kind)
        {
            case NodeKind.All:
                for (var m = group.FirstMask; m < masksEnd; m++)
                {
                    if ((state[_maskWords[m]] & _masks[m]) != _masks[m])
                    {
                        return false;
                    }
                }

                for (var s = group.FirstSubgroup; s < subgroupsEnd; s++)
                {
                    if (!IsTrue(_subgroups[s], state))
                    {
                        return false;
                    }
                }

                return true;

            case NodeKind.Any:
                for (var m = group.FirstMask; m < masksEnd; m++)
                {
                    if ((state[_maskWords[m]] & _masks[m]) != 0)
                    {
                        return true;
                    }
                }

                for (var s = group.FirstSubgroup; s < subgroupsEnd; s++)
                {
                    if (IsTrue(_subgroups[s], state))
                    {
                        return true;
                    }
                }

                return false;

            default:
            {
                var count = 0;
                for (var m = group.FirstMask; m < masksEnd; m++)
                {
                    count += PopCount(state[_maskWords[m]] & _masks[m]);
                }

                for (var s = group.FirstSubgroup; s < subgroupsEnd && count < group.Needed; s++)
                {
                    count += IsTrue(_subgroups[s], state) ? 1 : 0;
                }

                return count >= group.Needed;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PopCount(ulong value)
    {
#if NET
        return System.Numerics.BitOperations.PopCount(value);
#else
        value -= (value >> 1) & 0x5555555555555555UL;
        value = (value & 0x3333333333333333UL) + ((value >> 2) & 0x3333333333333333UL);
        value = (value + (value >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        return (int)((value * 0x0101010101010101UL) >> 56);
#endif
    }

    private static int CountTests(EvaluationPlan plan)
    {
        var distinct = new HashSet<(int, Comparison, double)>();
        for (var i = 0; i < plan.NodeCount; i++)
        {
            ref readonly var node = ref plan.NodeAt(i);
            if (node.Kind == NodeKind.Quantity)
            {
                distinct.Add((node.Argument, node.Comparison, node.Threshold));
            }
        }

        return distinct.Count;
    }

    private readonly struct Group
    {
        public Group(NodeKind kind, int needed, int firstMask, int maskCount, int firstSubgroup, int subgroupCount)
        {
            Kind = kind;
            Needed = needed;
            FirstMask = firstMask;
            MaskCount = maskCount;
            FirstSubgroup = firstSubgroup;
            SubgroupCount = subgroupCount;
        }

        public NodeKind Kind { get; }

        public int Needed { get; }

        public int FirstMask { get; }

        public int MaskCount { get; }

        public int FirstSubgroup { get; }

        public int SubgroupCount { get; }
    }

    private sealed class Builder
    {
        private readonly EvaluationPlan _plan;
        private readonly Dictionary<(int, Comparison, double), int> _tests = new();

        public Builder(EvaluationPlan plan, int firstRuleWord, int ruleCount)
        {
            _plan = plan;
            FirstRuleWord = firstRuleWord;
            RuleGroup = new int[ruleCount];
            RuleUrgency = new Urgency[ruleCount];
            RuleIsReferenced = new bool[ruleCount];
        }

        public int FirstRuleWord { get; }

        public List<Quantity> TestQuantity { get; } = new();

        public List<Comparison> TestComparison { get; } = new();

        public List<double> TestThreshold { get; } = new();

        public List<Group> Groups { get; } = new();

        public List<int> MaskWords { get; } = new();

        public List<ulong> Masks { get; } = new();

        public List<int> Subgroups { get; } = new();

        public int[] RuleGroup { get; }

        public Urgency[] RuleUrgency { get; }

        public bool[] RuleIsReferenced { get; }

        /// <summary>Compiles a node into a group (a lone test becomes an any-of group of one); -1 for negation.</summary>
        public int Compile(int nodeIndex)
        {
            ref readonly var node = ref _plan.NodeAt(nodeIndex);
            if (node.Kind is NodeKind.Finding or NodeKind.Quantity or NodeKind.Flag)
            {
                var (word, bit) = BitOf(node);
                var start = Masks.Count;
                MaskWords.Add(word);
                Masks.Add(1UL << bit);
                Groups.Add(new Group(NodeKind.Any, 1, start, 1, Subgroups.Count, 0));
                return Groups.Count - 1;
            }

            if (node.Kind is not (NodeKind.All or NodeKind.Any or NodeKind.AtLeast))
            {
                return -1;
            }

            // Children that are tests become masks (one per word; for at-least, a repeated test gets its own mask so
            // that it counts twice, as the three-valued evaluator counts it); groups are compiled first.
            var words = new List<int>();
            var masks = new List<ulong>();
            var subgroups = new List<int>();
            for (var i = 0; i < node.ChildCount; i++)
            {
                var childIndex = _plan.ChildAt(node.FirstChild + i);
                ref readonly var child = ref _plan.NodeAt(childIndex);
                if (child.Kind is NodeKind.Finding or NodeKind.Quantity or NodeKind.Flag)
                {
                    var (word, bit) = BitOf(child);
                    var merged = false;
                    for (var m = 0; m < words.Count && !merged; m++)
                    {
                        if (words[m] == word && (node.Kind != NodeKind.AtLeast || (masks[m] & (1UL << bit)) == 0))
                        {
                            masks[m] |= 1UL << bit;
                            merged = true;
                        }
                    }

                    if (!merged)
                    {
                        words.Add(word);
                        masks.Add(1UL << bit);
                    }
                }
                else
                {
                    var subgroup = Compile(childIndex);
                    if (subgroup < 0)
                    {
                        return -1;
                    }

                    subgroups.Add(subgroup);
                }
            }

            var firstMask = Masks.Count;
            MaskWords.AddRange(words);
            Masks.AddRange(masks);
            var firstSubgroup = Subgroups.Count;
            Subgroups.AddRange(subgroups);
            Groups.Add(new Group(node.Kind, node.Kind == NodeKind.AtLeast ? node.Argument : 0, firstMask, masks.Count, firstSubgroup, subgroups.Count));
            return Groups.Count - 1;
        }

        private (int Word, int Bit) BitOf(in Node node)
        {
            switch (node.Kind)
            {
                case NodeKind.Finding:
                    var slot = Facts.FactTable.SlotOf((Finding)node.Argument);
                    if (slot < 0)
                    {
                        throw new InvalidOperationException("Unreachable: every finding has a snapshot slot.");
                    }

                    return ((node.UnknownCountsAsPresent ? PresentOrUnknownWord : PresentWord) + (slot >> 6), slot & 63);
                case NodeKind.Quantity:
                    var key = (node.Argument, node.Comparison, node.Threshold);
                    if (!_tests.TryGetValue(key, out var test))
                    {
                        test = _tests.Count;
                        _tests.Add(key, test);
                        TestQuantity.Add((Quantity)node.Argument);
                        TestComparison.Add(node.Comparison);
                        TestThreshold.Add(node.Threshold);
                    }

                    return (FirstTestWord + (test >> 6), test & 63);
                default:
                    return (FirstRuleWord + (node.Argument >> 6), node.Argument & 63);
            }
        }
    }
}
