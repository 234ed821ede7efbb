using System;
using System.Collections.Generic;
using RedFlags.Internal;
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
        var factKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var nameKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        Rules = new CompiledRule[order.Count];
        var referenced = new bool[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var rule = order[i];
            var root = Compile(rule.Criterion, nodes, children, positionById, referenced);
            Rules[i] = new CompiledRule(rule, root, rule.Recommendation.Urgency, rule.Priority);
        }

        RuleTexts = new RuleText[Rules.Length];
        for (var i = 0; i < Rules.Length; i++)
        {
            Rules[i] = Rules[i] with { IsReferenced = referenced[i] };
            RuleTexts[i] = new RuleText(Rules[i].Rule);
        }

        _nodes = nodes.ToArray();
        _children = children.ToArray();

        // Everything an explanation prints that depends only on the rule set is built once, here.
        _texts = new FactText?[_nodes.Length];
        for (var i = 0; i < _nodes.Length; i++)
        {
            _texts[i] = FactText.For(_nodes[i], factKeys, nameKeys);
        }

        NameKeyCount = nameKeys.Count;
        FactKeyCount = factKeys.Count;

        // Questions are listed findings first, then numbers, each by name (ordinal); their rules by id (ordinal).
        var named = new List<FactText>();
        var isNamed = new bool[NameKeyCount];
        foreach (var text in _texts)
        {
            if (text is not null && !isNamed[text.NameKey])
            {
                isNamed[text.NameKey] = true;
                named.Add(text);
            }
        }

        named.Sort(static (a, b) => a.Kind != b.Kind ? ((int)a.Kind).CompareTo((int)b.Kind) : string.CompareOrdinal(a.Name, b.Name));
        _questionRank = new int[NameKeyCount];
        _textOfNameKey = new FactText[NameKeyCount];
        for (var rank = 0; rank < named.Count; rank++)
        {
            _questionRank[named[rank].NameKey] = rank;
            _textOfNameKey[named[rank].NameKey] = named[rank];
        }

        _ruleIdByRank = new string[Rules.Length];
        for (var i = 0; i < Rules.Length; i++)
        {
            _ruleIdByRank[i] = Rules[i].Rule.Id;
        }

        Array.Sort(_ruleIdByRank, StringComparer.Ordinal);
        _ruleByIdRank = new int[Rules.Length];
        for (var i = 0; i < Rules.Length; i++)
        {
            _ruleByIdRank[Array.BinarySearch(_ruleIdByRank, Rules[i].Rule.Id, StringComparer.Ordinal)] = i;
        }

        (_askersOfNameKey, _everyAskerQuestion, QuestionEntryLimit) = BuildEveryAskerQuestions();

        // Equal advice texts (ordinal) share a number, so that an assessment lists each text once by comparing numbers.
        var adviceKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        _adviceKey = new int[Rules.Length];
        for (var i = 0; i < Rules.Length; i++)
        {
            var advice = Rules[i].Rule.Recommendation.PatientAdvice;
            if (!adviceKeys.TryGetValue(advice, out _adviceKey[i]))
            {
                adviceKeys.Add(advice, _adviceKey[i] = adviceKeys.Count);
            }
        }

        AdviceKeyCount = adviceKeys.Count;

        ListingOrder = new int[Rules.Length];
        for (var i = 0; i < ListingOrder.Length; i++)
        {
            ListingOrder[i] = i;
        }

        Array.Sort(ListingOrder, new FlagComparer(Rules));
        UrgencyOnly = UrgencyProgram.TryCreate(this);
        _truths = new TruthProgram(this);
        (_singleFactSlot, _singleFactOwner, _singleFactFlags) = BuildSingleFactFlags();
        RuleSetReference = new RuleSetReference
        {
            Id = ruleSet.Id,
            Version = ruleSet.Version,
            Fingerprint = ruleSet.Fingerprint,
            Customisations = ruleSet.Customisations,
        };
        var priors = ruleSet.PreTestProbabilities;
        PriorSources = new string[priors.Count];
        for (var i = 0; i < priors.Count; i++)
        {
            PriorSources[i] = $"{priors[i].Citation} [{Explainer.TagText(priors[i].Tag)}]";
        }

        // Every probability estimate an assessment can report: per condition and setting without a likelihood ratio,
        // and per setting for each rule that has one (the estimate then depends only on that rule).
        var maxCondition = 0;
        foreach (var rule in Rules)
        {
            maxCondition = Math.Max(maxCondition, (int)rule.Rule.Condition);
        }

        _estimateWithoutRatio = new ProbabilityEstimate[(maxCondition + 1) * SettingCount];
        for (var condition = 0; condition <= maxCondition; condition++)
        {
            for (var setting = 0; setting < SettingCount; setting++)
            {
                _estimateWithoutRatio[(condition * SettingCount) + setting] = Explainer.BuildProbability(this, (CareSetting)setting, (SuspectedCondition)condition, -1);
            }
        }

        _estimateByRule = new ProbabilityEstimate?[Rules.Length * SettingCount];
        for (var rule = 0; rule < Rules.Length; rule++)
        {
            if (RuleTexts[rule].LikelihoodRatioSource is not null)
            {
                for (var setting = 0; setting < SettingCount; setting++)
                {
                    _estimateByRule[(rule * SettingCount) + setting] = Explainer.BuildProbability(this, (CareSetting)setting, Rules[rule].Rule.Condition, rule);
                }
            }
        }
    }

    private const int SettingCount = (int)CareSetting.Oncology + 1;

    private readonly ProbabilityEstimate[] _estimateWithoutRatio;
    private readonly ProbabilityEstimate?[] _estimateByRule;
    private readonly int[] _questionRank;
    private readonly FactText[] _textOfNameKey;
    private readonly string[] _ruleIdByRank;
    private readonly int[] _ruleByIdRank;
    private readonly FactText?[] _texts;
    private readonly TruthProgram _truths;
    private readonly int[] _askersOfNameKey;
    private readonly int[] _adviceKey;
    private readonly Question?[] _everyAskerQuestion;
    private readonly int[] _singleFactSlot;
    private readonly int[] _singleFactOwner;
    private readonly FiredFlag?[] _singleFactFlags;

    public RuleSet RuleSet { get; }

    /// <summary>The texts of each rule, in plan order.</summary>
    public RuleText[] RuleTexts { get; }

    /// <summary>Every rule index in the order fired flags are listed (most urgent, then lowest priority, then id), so
    /// that an assessment lists its fired flags by walking this order instead of sorting them.</summary>
    public int[] ListingOrder { get; }

    /// <summary>The rule set reference every assessment reports (immutable, so shared).</summary>
    public RuleSetReference RuleSetReference { get; }

    /// <summary>The source text of each pre-test probability, in rule-set order.</summary>
    public string[] PriorSources { get; }

    /// <summary>How many distinct fact tests (name and test) the plan has (the range of <see cref="FactText.Key"/>).</summary>
    public int FactKeyCount { get; }

    /// <summary>How many distinct fact names the plan tests (the range of <see cref="FactText.NameKey"/>).</summary>
    public int NameKeyCount { get; }

    /// <summary>The probability estimate for a condition in a (validated) setting, given the fired rule with the
    /// strongest likelihood ratio (a rule index), or -1 when none of the condition's fired flags has one.</summary>
    public ProbabilityEstimate EstimateFor(SuspectedCondition condition, CareSetting setting, int strongest)
        => strongest >= 0
            ? _estimateByRule[(strongest * SettingCount) + (int)setting]!
            : _estimateWithoutRatio[((int)condition * SettingCount) + (int)setting];

    /// <summary>The fired flag of a rule whose only triggering fact is the node <paramref name="node"/>, a finding test
    /// with the presence the presentation gives it, built once per plan (records are immutable, so every assessment shares it); null when the
    /// plan has not built that flag, and the caller builds it.</summary>
    /// <remarks>Built for the finding tests at a rule's root and directly under it, where one fact alone most often
    /// fires a flag.</remarks>
    public FiredFlag? SingleFactFlag(int rule, int node, in FactReader facts)
    {
        var slot = _singleFactSlot[node];
        return slot >= 0 && _singleFactOwner[slot] == rule
            ? _singleFactFlags[(slot * 3) + (int)facts.Read((Finding)_nodes[node].Argument)]
            : null;
    }

    /// <summary>The question about a fact when every rule that can ask about it does (<paramref name="askers"/> of
    /// them, with an urgency above routine), built once per plan and shared; null otherwise.</summary>
    /// <remarks>The rules that ask are always some of those rules, so the same number means the same rules.</remarks>
    public Question? EveryAskerQuestion(int nameKey, int askers)
        => askers == _askersOfNameKey[nameKey] ? _everyAskerQuestion[nameKey] : null;

    /// <summary>A number for the rule's patient advice text: equal for rules whose texts are equal (ordinal).</summary>
    public int AdviceKey(int rule) => _adviceKey[rule];

    /// <summary>How many distinct advice texts the rules have (the range of <see cref="AdviceKey"/>).</summary>
    public int AdviceKeyCount { get; }

    /// <summary>Where questions about the fact with this name key are listed among equally urgent ones (findings
    /// first, then numbers, each by name in ordinal order).</summary>
    public int QuestionRank(int nameKey) => _questionRank[nameKey];

    /// <summary>At least the number of distinct (fact name, rule) pairs an assessment's questions can list: per rule
    /// above routine, the fact names it reaches through its flag references.</summary>
    public int QuestionEntryLimit { get; }

    /// <summary>The texts of the first finding or number test with this name key (kind, name and label are the same
    /// for every test of one fact).</summary>
    public FactText FactTextOfNameKey(int nameKey) => _textOfNameKey[nameKey];

    /// <summary>The index of the rule whose id has this rank among all the plan's ids in ordinal order.</summary>
    public int RuleAtIdRank(int rank) => _ruleByIdRank[rank];

    /// <summary>The rule id with this rank (see <see cref="RuleAtIdRank"/>).</summary>
    public string RuleIdAtRank(int rank) => _ruleIdByRank[rank];

    /// <summary>The texts of a finding or quantity node; null for other nodes.</summary>
    public FactText? TextAt(int index) => _texts[index];

    /// <summary>The rules in evaluation order (referenced rules first).</summary>
    public CompiledRule[] Rules { get; }

    /// <summary>The urgency-only program, or null when a rule uses negation (then <see cref="EvaluateUrgency"/> applies).</summary>
    public UrgencyProgram? UrgencyOnly { get; }

#if NET
    /// <summary>Compiles the urgency-only program to code (milliseconds); null where <see cref="UrgencyCompiler"/> does not apply.</summary>
    public Func<FactReader, Urgency>? CompileUrgency() => UrgencyCompiler.TryCompile(this);

    /// <summary>Compiles the node truths to code (milliseconds); null where <see cref="TruthCompiler"/> does not apply.</summary>
    public Action<FactReader, Truth[]>? CompileTruths() => TruthCompiler.TryCompile(this);
#endif

    public int NodeCount => _nodes.Length;

    /// <summary>The number of nodes of a rule's criterion, not counting the rules it refers to.</summary>
    public int NodeCountOf(int rule) => CountNodes(Rules[rule].Root);

    /// <summary>Calls <paramref name="visit"/> with the rule index of every flag reference under a node.</summary>
    public void VisitFlags(int index, Action<int> visit)
    {
        ref readonly var node = ref _nodes[index];
        if (node.Kind == NodeKind.Flag)
        {
            visit(node.Argument);
            return;
        }

        for (var i = 0; i < node.ChildCount; i++)
        {
            VisitFlags(_children[node.FirstChild + i], visit);
        }
    }

    private (int[] Askers, Question?[] Questions, int EntryLimit) BuildEveryAskerQuestions()
    {
        // The fact names each rule reaches through its flag references; rules are in evaluation order, so a
        // referenced rule's names are known first.
        var reached = new int[Rules.Length][];
        var stamp = new int[NameKeyCount];
        var names = new List<int>();
        var askers = new List<int>[NameKeyCount];
        long entries = 0;
        for (var rule = 0; rule < Rules.Length; rule++)
        {
            names.Clear();
            Reach(Rules[rule].Root, rule + 1);
            reached[rule] = names.ToArray();

            // Only a rule above routine can ask (it must be able to raise the urgency), and only about names it reaches.
            if (Rules[rule].Urgency > Urgency.Routine)
            {
                entries += reached[rule].Length;
                foreach (var key in reached[rule])
                {
                    (askers[key] ??= new List<int>()).Add(rule);
                }
            }
        }

        var counts = new int[NameKeyCount];
        var questions = new Question?[NameKeyCount];
        for (var key = 0; key < NameKeyCount; key++)
        {
            if (askers[key] is not { } rules)
            {
                continue;
            }

            var ids = new string[rules.Count];
            var urgency = Urgency.Routine;
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = Rules[rules[i]].Rule.Id;
                urgency = Rules[rules[i]].Urgency > urgency ? Rules[rules[i]].Urgency : urgency;
            }

            Array.Sort(ids, StringComparer.Ordinal);
            var text = _textOfNameKey[key];
            counts[key] = ids.Length;
            questions[key] = new Question { Kind = text.Kind, Name = text.Name, Label = text.Label, CouldRaiseUrgencyTo = urgency, RuleIds = ValueList<string>.Own(ids) };
        }

        return (counts, questions, (int)Math.Min(int.MaxValue, entries));

        void Reach(int index, int rule)
        {
            ref readonly var node = ref _nodes[index];
            switch (node.Kind)
            {
                case NodeKind.Finding:
                case NodeKind.Quantity:
                    Name(_texts[index]!.NameKey, rule);
                    return;
                case NodeKind.Flag:
                    foreach (var key in reached[node.Argument])
                    {
                        Name(key, rule);
                    }

                    return;
                default:
                    for (var i = 0; i < node.ChildCount; i++)
                    {
                        Reach(_children[node.FirstChild + i], rule);
                    }

                    return;
            }
        }

        void Name(int key, int rule)
        {
            if (stamp[key] != rule)
            {
                stamp[key] = rule;
                names.Add(key);
            }
        }
    }

    private (int[] Slots, int[] Owners, FiredFlag?[] Flags) BuildSingleFactFlags()
    {
        var slots = new int[_nodes.Length];
        slots.AsSpan().Fill(-1);
        var owners = new List<int>();
        var flags = new List<FiredFlag?>();
        for (var rule = 0; rule < Rules.Length; rule++)
        {
            var root = Rules[rule].Root;
            Add(rule, root);
            ref readonly var node = ref _nodes[root];
            for (var i = 0; node.Kind != NodeKind.Not && i < node.ChildCount; i++)
            {
                Add(rule, _children[node.FirstChild + i]);
            }
        }

        return (slots, owners.ToArray(), flags.ToArray());

        void Add(int rule, int index)
        {
            ref readonly var node = ref _nodes[index];
            if (node.Kind != NodeKind.Finding)
            {
                return;
            }

            // By presence (Unknown, Absent, Present): a finding test outside a negation triggers a flag when present,
            // or when unknown if it counts unknown as present; never when absent.
            var text = _texts[index]!;
            slots[index] = owners.Count;
            owners.Add(rule);
            flags.Add(node.UnknownCountsAsPresent ? Explainer.Flag(this, rule, [text.ObservedUnknown!]) : null);
            flags.Add(null);
            flags.Add(Explainer.Flag(this, rule, [text.ObservedPresent!]));
        }
    }

    private int CountNodes(int index)
    {
        ref readonly var node = ref _nodes[index];
        var count = 1;
        for (var i = 0; i < node.ChildCount; i++)
        {
            count += CountNodes(_children[node.FirstChild + i]);
        }

        return count;
    }


    public ref readonly Node NodeAt(int index) => ref _nodes[index];

    public int ChildAt(int index) => _children[index];

    /// <summary>
    /// Evaluates every node into <paramref name="nodeTruths"/> (see <see cref="TruthProgram"/>), then every rule into
    /// <paramref name="results"/>. Findings and numbers are read once, in bulk; the explanation then looks truths up
    /// instead of re-evaluating.
    /// </summary>
    public void EvaluateNodes(in FactReader facts, Span<Truth> nodeTruths, Span<Truth> results)
    {
        _truths.Evaluate(facts, nodeTruths);
        RuleResults(nodeTruths, results);
    }

    /// <summary>Copies each rule's result, the truth of its root, from the node truths.</summary>
    public void RuleResults(ReadOnlySpan<Truth> nodeTruths, Span<Truth> results)
    {
        for (var i = 0; i < Rules.Length; i++)
        {
            results[i] = nodeTruths[Rules[i].Root];
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

/// <summary>What an explanation prints for a finding or quantity test, built once per plan.</summary>
internal sealed class FactText
{
    private FactText(FactKind kind, string name, string label, string test, string unit, int key, int nameKey, string? unknownObserved = null)
    {
        NameKey = nameKey;
        Kind = kind;
        Name = name;
        Label = label;
        Test = test;
        Unit = unit;
        Key = key;
        if (unknownObserved is not null)
        {
            // A finding is observed as one of three values, so its triggering facts are built here, once each.
            ObservedPresent = Observed("present");
            ObservedAbsent = Observed("absent");
            ObservedUnknown = Observed(unknownObserved);
        }
    }

    public FactKind Kind { get; }

    public string Name { get; }

    public string Label { get; }

    public string Test { get; }

    public string Unit { get; }

    /// <summary>Equal for two tests with the same name and test text: the identity used to list a fact once.</summary>
    public int Key { get; }

    /// <summary>Equal for two tests of the same fact, whatever the test: the identity used to ask about a fact once.</summary>
    public int NameKey { get; }

    /// <summary>For a finding test: the triggering fact when the finding is present (immutable, so shared by every assessment).</summary>
    public TriggeringFact? ObservedPresent { get; }

    /// <summary>For a finding test: the triggering fact when the finding is absent.</summary>
    public TriggeringFact? ObservedAbsent { get; }

    /// <summary>For a finding test: the triggering fact when the finding is unknown.</summary>
    public TriggeringFact? ObservedUnknown { get; }

    /// <summary>The triggering fact of this test with the given observed value.</summary>
    public TriggeringFact Observed(string observed)
        => new() { Kind = Kind, Name = Name, Label = Label, Observed = observed, Test = Test };

    public static FactText? For(in Node node, Dictionary<string, int> keys, Dictionary<string, int> nameKeys)
    {
        switch (node.Kind)
        {
            case NodeKind.Finding:
            {
                var finding = (Finding)node.Argument;
                var name = Vocabulary.Name(finding);
                var test = node.UnknownCountsAsPresent ? "present or unknown" : "present";
                var unknown = node.UnknownCountsAsPresent ? "unknown (counted as present for safety)" : "unknown";
                return new FactText(FactKind.Finding, name, Vocabulary.Label(finding), test, string.Empty, KeyOf(name + "\u0001" + test, keys), KeyOf(name, nameKeys), unknown);
            }

            case NodeKind.Quantity:
            {
                var quantity = (Quantity)node.Argument;
                var name = Vocabulary.Name(quantity);
                var unit = Vocabulary.Unit(quantity);
                var test = $"{CriterionText.Symbol(node.Comparison)} {CriterionText.Format(node.Threshold)} {unit}";
                return new FactText(FactKind.Quantity, name, Vocabulary.Label(quantity), test, unit, KeyOf(name + "\u0001" + test, keys), KeyOf(name, nameKeys));
            }

            default:
                return null;
        }
    }

    private static int KeyOf(string text, Dictionary<string, int> keys)
    {
        if (!keys.TryGetValue(text, out var key))
        {
            key = keys.Count;
            keys.Add(text, key);
        }

        return key;
    }
}

/// <summary>What an explanation prints for a rule, built once per plan.</summary>
internal sealed class RuleText
{
    public RuleText(RedFlagRule rule)
    {
        Criterion = rule.Criterion.ToString();
        foreach (var investigation in rule.Recommendation.Investigations)
        {
            // Validation admits only defined investigations, all below 64.
            InvestigationBits |= (uint)investigation < 64
                ? 1UL << (int)investigation
                : throw new InvalidOperationException($"Unreachable: investigation {(int)investigation} is not defined.");
        }

        foreach (var source in rule.Evidence)
        {
            if (source.PositiveLikelihoodRatio is not null)
            {
                LikelihoodRatioSource = source;
                var setting = source.StudySetting is null ? string.Empty : $"; study setting: {source.StudySetting}";
                LikelihoodRatioText = $"{source.Citation} [{Explainer.TagText(source.Tag)}]{setting}";
                break;
            }
        }
    }

    /// <summary>The rule's investigations, one bit per value.</summary>
    public ulong InvestigationBits { get; }

    /// <summary>The criterion in words.</summary>
    public string Criterion { get; }

    /// <summary>The rule's first evidence source that reports a positive likelihood ratio, if any.</summary>
    public EvidenceSource? LikelihoodRatioSource { get; }

    /// <summary>How that source is cited.</summary>
    public string? LikelihoodRatioText { get; }
}

/// <summary>Most urgent first, then the lowest priority number (brief §10: first match wins), then id.</summary>
internal sealed class FlagComparer : IComparer<int>
{
    private readonly CompiledRule[] _rules;

    public FlagComparer(CompiledRule[] rules) => _rules = rules;

    public int Compare(int x, int y)
    {
        ref readonly var a = ref _rules[x];
        ref readonly var b = ref _rules[y];
        var byUrgency = ((int)b.Urgency).CompareTo((int)a.Urgency); // as numbers: Enum.CompareTo(object) boxes
        if (byUrgency != 0)
        {
            return byUrgency;
        }

        var byPriority = a.Priority.CompareTo(b.Priority);
        return byPriority != 0 ? byPriority : string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
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
