using System;
using System.Collections.Generic;
using RedFlags.Internal;
using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>
/// Everything an explanation prints or looks up that depends only on the rule set, built once from the
/// <see cref="CriterionGraph"/>: the texts of facts and rules, the order flags are listed in, the questions and flags
/// that every assessment can share, and every probability estimate. <see cref="Explainer"/> reads it; it never calls
/// the explainer.
/// </summary>
/// <remarks>Immutable after construction and shared by every thread.</remarks>
internal sealed class ExplanationCache
{
    public ExplanationCache(CriterionGraph graph)
    {
        Graph = graph;
        var ruleSet = graph.RuleSet;
        var factKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var nameKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        RuleTexts = new RuleText[Rules.Length];
        for (var i = 0; i < Rules.Length; i++)
        {
            RuleTexts[i] = new RuleText(Rules[i].Rule);
        }

        _texts = new FactText?[graph.NodeCount];
        for (var i = 0; i < _texts.Length; i++)
        {
            _texts[i] = FactText.For(graph.NodeAt(i), factKeys, nameKeys);
        }

        NameKeyCount = nameKeys.Count;
        FactKeyCount = factKeys.Count;

        // Among questions of equal urgency and reach, the clinical order decides (QuestionOrder), then findings before
        // numbers, then the name (ordinal); a question's rules are listed by id (ordinal).
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

        named.Sort(static (a, b) => a.ClinicalRank != b.ClinicalRank ? a.ClinicalRank.CompareTo(b.ClinicalRank)
            : a.Kind != b.Kind ? ((int)a.Kind).CompareTo((int)b.Kind) : string.CompareOrdinal(a.Name, b.Name));
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

        ListingOrder = new int[Rules.Length];
        for (var i = 0; i < ListingOrder.Length; i++)
        {
            ListingOrder[i] = i;
        }

        Array.Sort(ListingOrder, new FlagComparer(Rules));
        (_singleFactSlot, _singleFactOwner, _singleFactFlags) = BuildSingleFactFlags();
        RuleSetReference = new RuleSetReference
        {
            Id = ruleSet.Id,
            Version = ruleSet.Version,
            Fingerprint = ruleSet.Fingerprint,
            Customisations = ruleSet.Customisations,
        };
        SummaryRuleSetReference = RuleSetReference with { Customisations = [] };
        var priors = ruleSet.PreTestProbabilities;
        PriorSources = new string[priors.Count];
        for (var i = 0; i < priors.Count; i++)
        {
            PriorSources[i] = $"{priors[i].Citation} [{Vocabulary.Marker(priors[i].Tag)}]";
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
                _estimateWithoutRatio[(condition * SettingCount) + setting] = ProbabilityEstimates.Build(this, (CareSetting)setting, (SuspectedCondition)condition, -1);
            }
        }

        _estimateByRule = new ProbabilityEstimate?[Rules.Length * SettingCount];
        for (var rule = 0; rule < Rules.Length; rule++)
        {
            if (RuleTexts[rule].LikelihoodRatioSource is not null)
            {
                for (var setting = 0; setting < SettingCount; setting++)
                {
                    _estimateByRule[(rule * SettingCount) + setting] = ProbabilityEstimates.Build(this, (CareSetting)setting, Rules[rule].Rule.Condition, rule);
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
    private readonly int[] _askersOfNameKey;
    private readonly Question?[] _everyAskerQuestion;
    private readonly int[] _singleFactSlot;
    private readonly int[] _singleFactOwner;
    private readonly FiredFlag?[] _singleFactFlags;

    /// <summary>The graph the texts describe.</summary>
    public CriterionGraph Graph { get; }

    /// <summary>The rule set (of <see cref="Graph"/>).</summary>
    public RuleSet RuleSet => Graph.RuleSet;

    /// <summary>The rules in evaluation order (of <see cref="Graph"/>).</summary>
    public GraphRule[] Rules => Graph.Rules;

    /// <summary>The texts of each rule, in plan order.</summary>
    public RuleText[] RuleTexts { get; }

    /// <summary>Every rule index in the order fired flags are listed (most urgent, then lowest priority, then id), so
    /// that an assessment lists its fired flags by walking this order instead of sorting them.</summary>
    public int[] ListingOrder { get; }

    /// <summary>The rule set reference every assessment reports (immutable, so shared).</summary>
    public RuleSetReference RuleSetReference { get; }

    /// <summary>The rule set as a summary names it: its customisations are in its fingerprint.</summary>
    public RuleSetReference SummaryRuleSetReference { get; }

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
            ? _singleFactFlags[(slot * 3) + (int)facts.Read((Finding)Graph.NodeAt(node).Argument)]
            : null;
    }

    /// <summary>The question about a fact when every rule that can ask about it does (<paramref name="askers"/> of
    /// them, with an urgency above routine), built once per plan and shared; null otherwise.</summary>
    /// <remarks>The rules that ask are always some of those rules, so the same number means the same rules.</remarks>
    public Question? EveryAskerQuestion(int nameKey, int askers)
        => askers == _askersOfNameKey[nameKey] ? _everyAskerQuestion[nameKey] : null;

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

    /// <summary>The fired flag of a rule with its triggering facts (an array the flag takes over).</summary>
    public FiredFlag NewFlag(int index, TriggeringFact[] triggering)
    {
        var rule = Rules[index].Rule;
        return new FiredFlag
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Condition = rule.Condition,
            Urgency = rule.Recommendation.Urgency,
            ContributesOnly = rule.ContributesOnly,
            ClinicianText = rule.ClinicianText,
            PatientText = rule.PatientText,
            Criterion = RuleTexts[index].Criterion,
            Facts = ValueList<TriggeringFact>.Own(triggering),
            Recommendation = rule.Recommendation,
            Evidence = rule.Evidence,
        };
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
            questions[key] = new Question { Kind = text.Kind, Name = text.Name, Label = text.Label, Action = text.Action, CouldRaiseUrgencyTo = urgency, RuleIds = ValueList<string>.Own(ids) };
        }

        return (counts, questions, (int)Math.Min(int.MaxValue, entries));

        void Reach(int index, int rule)
        {
            ref readonly var node = ref Graph.NodeAt(index);
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
                        Reach(Graph.ChildAt(node.FirstChild + i), rule);
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
        var slots = new int[Graph.NodeCount];
        slots.AsSpan().Fill(-1);
        var owners = new List<int>();
        var flags = new List<FiredFlag?>();
        for (var rule = 0; rule < Rules.Length; rule++)
        {
            var root = Rules[rule].Root;
            Add(rule, root);
            ref readonly var node = ref Graph.NodeAt(root);
            for (var i = 0; node.Kind != NodeKind.Not && i < node.ChildCount; i++)
            {
                Add(rule, Graph.ChildAt(node.FirstChild + i));
            }
        }

        return (slots, owners.ToArray(), flags.ToArray());

        void Add(int rule, int index)
        {
            ref readonly var node = ref Graph.NodeAt(index);
            if (node.Kind != NodeKind.Finding)
            {
                return;
            }

            // By presence (Unknown, Absent, Present): a finding test outside a negation triggers a flag when present,
            // or when unknown if it counts unknown as present; never when absent.
            var text = _texts[index]!;
            slots[index] = owners.Count;
            owners.Add(rule);
            flags.Add(node.UnknownCountsAsPresent ? NewFlag(rule, [text.ObservedUnknown!]) : null);
            flags.Add(null);
            flags.Add(NewFlag(rule, [text.ObservedPresent!]));
        }
    }
}
