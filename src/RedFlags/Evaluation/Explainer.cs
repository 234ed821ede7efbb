using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using RedFlags.Internal;
using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>Turns the three-valued node truths of an engine into an explained <see cref="Assessment"/>.</summary>
/// <remarks>Texts that depend only on the rule set (criteria in words, fact names and tests, sources) are built once
/// by <see cref="ExplanationCache"/>; an explanation allocates only the result objects and the observed values.</remarks>
internal static class Explainer
{
    // Up to this many distinct fact names (or fact tests), the index of questions (or of listed facts) lives on the stack.
    private const int StackKeyLimit = 512;

    // Up to this many (fact, rule) pairs of questions, they are gathered on the stack.
    private const int StackEntryLimit = 512;


    public static Assessment Explain(ExplanationCache plan, PatientPresentation presentation, in FactReader facts, ReadOnlySpan<Truth> nodeTruths, LaboratoryReading? labs = null)
    {
        var set = plan.RuleSet;
        var rules = plan.Rules;
        var firedCount = CountFired(plan, nodeTruths);
        var fired = firedCount <= StackKeyLimit ? stackalloc int[firedCount] : new int[firedCount];
        ListFired(plan, nodeTruths, fired);

        var deciding = firedCount > 0 ? rules[fired[0]].Rule : null;
        var urgency = deciding?.Recommendation.Urgency ?? Urgency.Routine;
        var recommendation = deciding?.Recommendation ?? set.DefaultRecommendation;

        var flags = firedCount == 0 ? Array.Empty<FiredFlag>() : new FiredFlag[firedCount];
        if (firedCount > 0)
        {
            // seenBy[key] == i + 1 when flag i already lists the fact with that key: cleared once, not per flag. So a
            // flag lists at most one node per fact key.
            var keyCount = plan.FactKeyCount;
            var seenBy = keyCount <= StackKeyLimit ? stackalloc int[keyCount] : new int[keyCount];
            var collected = keyCount <= StackKeyLimit ? stackalloc int[keyCount] : new int[keyCount];
            var pending = new Stack<(int Node, Truth Wanted)>();
            for (var i = 0; i < firedCount; i++)
            {
                var count = 0;
                CollectFacts(plan, plan.Rules[fired[i]].Root, nodeTruths, collected, ref count, seenBy, i + 1, pending);
                flags[i] = (count == 1 && labs is null ? plan.SingleFactFlag(fired[i], collected[0], facts) : null)
                    ?? plan.NewFlag(fired[i], Facts(plan, facts, collected.Slice(0, count), labs));
            }
        }

        var open = Completeness.Open(facts);
        return new Assessment
        {
            Id = presentation.Id,
            AssessmentDate = presentation.AssessmentDate,
            CareSetting = presentation.CareSetting,
            OpenDecisiveQuestions = ValueList<DecisiveQuestion>.Own(open),
            Completeness = Completeness.Statement(open),
            Urgency = urgency,
            Recommendation = recommendation,
            DecidingRuleId = deciding?.Id,
            Conditions = ValueList<ConditionAssessment>.Own(Conditions(plan, presentation.CareSetting, fired, flags, out var contributing)),
            ContributingFlags = ValueList<FiredFlag>.Own(contributing),
            Investigations = ValueList<Investigation>.Own(Investigations(plan, fired)),
            Questions = ValueList<Question>.Own(NameUnreadValues(Questions(plan, nodeTruths, urgency), labs)),
            PatientAdvice = ValueList<string>.Own(Advice(recommendation, facts)),
            RuleSet = plan.RuleSetReference,
        };
    }

    /// <summary>The summary of the assessment <see cref="Explain"/> gives for the same node truths, built without the
    /// explanation (facts, texts, evidence, probabilities, advice, the completeness statement) that a summary leaves out.</summary>
    /// <remarks>Equal to <see cref="AssessmentSummary.Of"/> of that assessment: the same fired rules in the same order,
    /// the same conditions and the same questions, for every rule set (pinned by <c>SummarizeTests</c>).</remarks>
    public static AssessmentSummary Summarize(ExplanationCache plan, PatientPresentation presentation, in FactReader facts, ReadOnlySpan<Truth> nodeTruths, LaboratoryReading? labs = null)
    {
        var rules = plan.Rules;
        var firedCount = CountFired(plan, nodeTruths);
        var fired = firedCount <= StackKeyLimit ? stackalloc int[firedCount] : new int[firedCount];
        ListFired(plan, nodeTruths, fired);

        var deciding = firedCount > 0 ? rules[fired[0]].Rule : null;
        var urgency = deciding?.Recommendation.Urgency ?? Urgency.Routine;
        var recommendation = deciding?.Recommendation ?? plan.RuleSet.DefaultRecommendation;

        // The questions' names do not depend on the laboratory reading (it only rewords a label).
        var questions = Questions(plan, nodeTruths, urgency);
        var listed = Math.Min(questions.Length, AssessmentSummary.QuestionsListed);
        var names = new string[listed];
        for (var i = 0; i < listed; i++)
        {
            names[i] = questions[i].Name;
        }

        return new AssessmentSummary
        {
            Id = presentation.Id,
            AssessmentDate = presentation.AssessmentDate,
            Urgency = urgency,
            DecidingRuleId = deciding?.Id,
            Action = recommendation.Action,
            Timeframe = recommendation.Timeframe,
            OpenDecisiveQuestions = Completeness.Open(facts),
            Conditions = ConditionSummaries(plan, fired),
            Questions = names,
            MoreQuestions = questions.Length - listed,
            RuleSet = plan.SummaryRuleSetReference,
        };
    }

    private static int CountFired(ExplanationCache plan, ReadOnlySpan<Truth> nodeTruths)
    {
        var count = 0;
        foreach (var rule in plan.Rules)
        {
            count += nodeTruths[rule.Root] == Truth.True ? 1 : 0;
        }

        return count;
    }

    // The fired rules in listing order (the deciding one first), into a span of exactly their number.
    private static void ListFired(ExplanationCache plan, ReadOnlySpan<Truth> nodeTruths, Span<int> into)
    {
        var listing = plan.ListingOrder;
        for (int i = 0, next = 0; next < into.Length; i++)
        {
            if (nodeTruths[plan.Rules[listing[i]].Root] == Truth.True)
            {
                into[next++] = listing[i];
            }
        }
    }

    // The conditions of Conditions below, each with its fired rules' ids and highest urgency, without the flags.
    private static ConditionSummary[] ConditionSummaries(ExplanationCache plan, ReadOnlySpan<int> fired)
    {
        var present = ConditionsMade(plan, fired);
        if (present == 0)
        {
            return Array.Empty<ConditionSummary>();
        }

        var conditions = new ConditionSummary[Bits.Count(present)];
        var next = 0;
        for (var rest = present; rest != 0; rest &= rest - 1)
        {
            var condition = (SuspectedCondition)Bits.Lowest(rest);
            var ids = new string[MembersOf(plan, fired, condition)];
            var urgency = Urgency.Routine;
            var member = 0;
            foreach (var index in fired)
            {
                var rule = plan.Rules[index].Rule;
                if (rule.Condition == condition)
                {
                    ids[member++] = rule.Id;
                    urgency = rule.Recommendation.Urgency > urgency ? rule.Recommendation.Urgency : urgency;
                }
            }

            conditions[next++] = new ConditionSummary { Condition = condition, Urgency = urgency, RuleIds = ids };
        }

        return conditions;
    }

    // How many fired flags, contributing ones included, are listed under the condition.
    private static int MembersOf(ExplanationCache plan, ReadOnlySpan<int> fired, SuspectedCondition condition)
    {
        var count = 0;
        foreach (var index in fired)
        {
            count += plan.Rules[index].Rule.Condition == condition ? 1 : 0;
        }

        return count;
    }

    // The conditions that a fired flag makes, as bits (validated enum values are small, so the lowest bit first lists
    // them in ascending order without a sort). A flag that only contributes never makes a condition of its own (issue
    // #18 item 8): it is listed only under a condition that another flag made.
    private static ulong ConditionsMade(ExplanationCache plan, ReadOnlySpan<int> fired)
    {
        ulong present = 0;
        foreach (var index in fired)
        {
            var rule = plan.Rules[index].Rule;
            present |= rule.ContributesOnly ? 0 : 1UL << (int)rule.Condition;
        }

        return present;
    }

    // Issue #18 item 7: the deciding recommendation's advice (the rule set's default when no flag fired) and, below an
    // emergency, one safety-net. Other flags' advice is not repeated: a low-value flag's "no scan needed" must not
    // stand next to a scan, nor a pathway's warning about a feature the patient already has.
    private static string[] Advice(Recommendation recommendation, in FactReader facts)
        => recommendation.Urgency == Urgency.Emergency
            ? [recommendation.PatientAdvice]
            : [recommendation.PatientAdvice, SafetyNet.Advice(facts)];

    // CriterionText.Format ("0.###", invariant) with a fast path for whole numbers, which print the same.
    private static string FormatObserved(double value)
    {
        if (value >= 0 && value <= 1_000_000_000 && value == Math.Floor(value) && BitConverter.DoubleToInt64Bits(value) >= 0)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return CriterionText.Format(value);
    }

    // The flags grouped by condition, conditions in ascending order, flags in their listed order within each.
    private static ConditionAssessment[] Conditions(ExplanationCache plan, CareSetting setting, ReadOnlySpan<int> fired, FiredFlag[] flags, out FiredFlag[] contributing)
    {
        contributing = Array.Empty<FiredFlag>();
        if (flags.Length == 0)
        {
            return Array.Empty<ConditionAssessment>();
        }

        var present = ConditionsMade(plan, fired);
        contributing = Orphans(flags, present);
        if (present == 0)
        {
            return Array.Empty<ConditionAssessment>();
        }

        var conditions = new ConditionAssessment[Bits.Count(present)];
        var next = 0;
        for (var rest = present; rest != 0; rest &= rest - 1)
        {
            var condition = (SuspectedCondition)Bits.Lowest(rest);
            var count = MembersOf(plan, fired, condition);

            // Brief §6.3 option (a): the single strongest positive likelihood ratio; each rule's is its first source
            // that reports one, and the first listed flag wins a tie.
            var group = new FiredFlag[count];
            var strongest = -1;
            EvidenceSource? source = null;
            for (int i = 0, member = 0; i < flags.Length; i++)
            {
                if (flags[i].Condition == condition)
                {
                    group[member++] = flags[i];
                    var candidate = plan.RuleTexts[fired[i]].LikelihoodRatioSource;
                    if (candidate is not null && (source is null || candidate.PositiveLikelihoodRatio!.Value > source.PositiveLikelihoodRatio!.Value))
                    {
                        strongest = fired[i];
                        source = candidate;
                    }
                }
            }

            // The estimate depends only on the condition, the setting and that rule, so the plan holds it.
            conditions[next++] = Condition(condition, group, plan.EstimateFor(condition, setting, strongest));
        }

        return conditions;
    }

    // The contributing flags of conditions that no other flag made, in listed order.
    private static FiredFlag[] Orphans(FiredFlag[] flags, ulong present)
    {
        var count = 0;
        foreach (var flag in flags)
        {
            count += (present & (1UL << (int)flag.Condition)) == 0 ? 1 : 0;
        }

        if (count == 0)
        {
            return Array.Empty<FiredFlag>();
        }

        var orphans = new FiredFlag[count];
        var next = 0;
        foreach (var flag in flags)
        {
            if ((present & (1UL << (int)flag.Condition)) == 0)
            {
                orphans[next++] = flag;
            }
        }

        return orphans;
    }

    // Every investigation of every fired flag, once, in ascending order.
    private static Investigation[] Investigations(ExplanationCache plan, ReadOnlySpan<int> fired)
    {
        ulong all = 0;
        foreach (var rule in fired)
        {
            all |= plan.RuleTexts[rule].InvestigationBits;
        }

        if (all == 0)
        {
            return Array.Empty<Investigation>();
        }

        var investigations = new Investigation[Bits.Count(all)];
        var next = 0;
        for (var rest = all; rest != 0; rest &= rest - 1)
        {
            investigations[next++] = (Investigation)Bits.Lowest(rest);
        }

        return investigations;
    }

    private static TriggeringFact[] Facts(ExplanationCache plan, in FactReader facts, ReadOnlySpan<int> factNodes, LaboratoryReading? labs)
    {
        var triggering = new TriggeringFact[factNodes.Length];
        for (var i = 0; i < factNodes.Length; i++)
        {
            triggering[i] = Fact(plan, factNodes[i], facts);
            ref readonly var node = ref plan.Graph.NodeAt(factNodes[i]);
            if (labs is not null && node.Kind == NodeKind.Finding && labs.BasisOf((Finding)node.Argument) is string basis)
            {
                // Brief §13: a finding read from a number says which limit was used.
                triggering[i] = triggering[i] with { Observed = string.Concat(triggering[i].Observed, ": ", basis) };
            }
        }

        return triggering;
    }

    // Brief §13.1: a number that could not be read (no flag, no range, no default) is never silently ignored: the
    // question about its finding names it.
    private static Question[] NameUnreadValues(Question[] questions, LaboratoryReading? labs)
    {
        if (labs is null || !labs.HasUnreadValues)
        {
            return questions;
        }

        for (var i = 0; i < questions.Length; i++)
        {
            if (questions[i].Kind == FactKind.Finding && Vocabulary.TryParseFinding(questions[i].Name, out var finding) && labs.UnreadValueOf(finding) is string value)
            {
                questions[i] = questions[i] with { Action = QuestionAction.EnterResult, Label = string.Concat(questions[i].Label, ": enter the laboratory's flag or reference range for the result (", value, ")") };
            }
        }

        return questions;
    }

    // The triggering fact of a finding or number test, with the value the presentation gives.
    private static TriggeringFact Fact(ExplanationCache plan, int nodeIndex, in FactReader facts)
    {
        ref readonly var node = ref plan.Graph.NodeAt(nodeIndex);
        var text = plan.TextAt(nodeIndex)!;
        if (node.Kind == NodeKind.Finding)
        {
            return facts.Read((Finding)node.Argument) switch
            {
                Presence.Present => text.ObservedPresent!,
                Presence.Absent => text.ObservedAbsent!,
                _ => text.ObservedUnknown!,
            };
        }

        var value = facts.Read((Quantity)node.Argument);

        // A number that decides a flag is known (an unknown number is neither true nor false); "unknown" is kept so
        // that a broken invariant could never print "NaN".
        return text.Observed(FactReader.IsKnown(value) ? string.Concat(FormatObserved(value), " ", text.Unit) : "unknown");
    }

    /// <summary>Collects the finding and number tests that make the rule at <paramref name="root"/> true, each fact key
    /// once per flag.</summary>
    // Walks the nodes that made the flag's value, collecting each fact once. Iterative with an explicit stack (children
    // pushed in reverse, so the order is the recursive walk's): a rule set's chains of flag references are as deep as
    // its author made them, and a deep recursion would overflow the host's stack, which cannot be caught.
    private static void CollectFacts(ExplanationCache plan, int root, ReadOnlySpan<Truth> nodeTruths, Span<int> into, ref int count, Span<int> seenBy, int flag, Stack<(int Node, Truth Wanted)> pending)
    {
        pending.Clear();
        pending.Push((root, Truth.True));
        while (pending.Count > 0)
        {
            var (nodeIndex, wanted) = pending.Pop();
            ref readonly var node = ref plan.Graph.NodeAt(nodeIndex);
            switch (node.Kind)
            {
                case NodeKind.Finding:
                case NodeKind.Quantity:
                {
                    var key = plan.TextAt(nodeIndex)!.Key;
                    if (seenBy[key] != flag)
                    {
                        seenBy[key] = flag;
                        into[count++] = nodeIndex;
                    }

                    break;
                }

                case NodeKind.Flag:
                    pending.Push((plan.Rules[node.Argument].Root, wanted));
                    break;
                case NodeKind.Not:
                    pending.Push((plan.Graph.ChildAt(node.FirstChild), wanted == Truth.True ? Truth.False : Truth.True));
                    break;
                default:
                    // A conjunction is true through all its children, false through its false ones; a disjunction or
                    // at-least group is true through its true children, false through all. In every case: the children
                    // that have the wanted value.
                    for (var i = node.ChildCount - 1; i >= 0; i--)
                    {
                        var child = plan.Graph.ChildAt(node.FirstChild + i);
                        if (nodeTruths[child] == wanted)
                        {
                            pending.Push((child, wanted));
                        }
                    }

                    break;
            }
        }
    }

    private static ConditionAssessment Condition(SuspectedCondition condition, FiredFlag[] flags, ProbabilityEstimate probability)
    {
        var urgency = flags[0].Urgency;
        foreach (var flag in flags)
        {
            urgency = flag.Urgency > urgency ? flag.Urgency : urgency;
        }

        var concern = urgency switch
        {
            Urgency.Emergency => ConcernLevel.High,
            Urgency.Urgent or Urgency.Soon => ConcernLevel.Some,
            _ => ConcernLevel.Few,
        };
        return new ConditionAssessment
        {
            Condition = condition,
            Concern = concern,
            Urgency = urgency,
            Flags = ValueList<FiredFlag>.Own(flags),
            Probability = probability,
        };
    }

    private static Question[] Questions(ExplanationCache plan, ReadOnlySpan<Truth> nodeTruths, Urgency current)
    {
        // Nothing to ask (an emergency, or every rule that could raise the urgency decided): no buffers to set up.
        // Otherwise an undecided rule always reaches at least one unknown test, so at least one question follows.
        var undecided = false;
        for (var rule = 0; rule < plan.Rules.Length && !undecided; rule++)
        {
            undecided = nodeTruths[plan.Rules[rule].Root] == Truth.Unknown && plan.Rules[rule].Urgency > current;
        }

        if (!undecided)
        {
            return Array.Empty<Question>();
        }

        var keyCount = plan.NameKeyCount;
        var entryLimit = plan.QuestionEntryLimit;
        long[]? rentedEntries = null;
        int[]? rentedRanks = null;
        var tally = new QuestionTally
        {
            CouldRaise = keyCount <= StackKeyLimit ? stackalloc int[keyCount] : new int[keyCount],
            LastAsker = keyCount <= StackKeyLimit ? stackalloc int[keyCount] : new int[keyCount],
            AskCount = keyCount <= StackKeyLimit ? stackalloc int[keyCount] : new int[keyCount],
            AskedKeys = keyCount <= StackKeyLimit ? stackalloc int[keyCount] : new int[keyCount],
            Entries = entryLimit <= StackEntryLimit ? stackalloc long[entryLimit] : (rentedEntries = ArrayPool<long>.Shared.Rent(entryLimit)),
        };
        try
        {
            // Rules in id order, so that each fact's rules are gathered in the order its question lists them.
            for (var rank = 0; rank < plan.Rules.Length; rank++)
            {
                var rule = plan.RuleAtIdRank(rank);
                if (nodeTruths[plan.Rules[rule].Root] != Truth.Unknown || plan.Rules[rule].Urgency <= current)
                {
                    continue;
                }

                tally.Rank = rank;
                tally.Raise = (int)plan.Rules[rule].Urgency + 1;
                CollectUnknowns(plan, plan.Rules[rule].Root, nodeTruths, ref tally);
            }

            // The asked facts in listing order (issue #18 item 6): items to record last; otherwise the highest
            // urgency the answer could raise first, then the most rules it feeds, then the clinical order
            // (QuestionOrder). A handful of facts, so an insertion sort.
            var asked = tally.AskedKeys.Slice(0, tally.AskedCount);
            Span<int> order = stackalloc int[asked.Length];
            asked.CopyTo(order);
            SortQuestions(order, plan, in tally);

            // Each fact's rule ranks, grouped by fact (a stable counting sort keeps them in id order); End[key] ends up
            // where the fact's ranks end.
            var ranks = tally.EntryCount <= StackEntryLimit ? stackalloc int[tally.EntryCount] : (rentedRanks = ArrayPool<int>.Shared.Rent(tally.EntryCount));
            var end = tally.LastAsker;
            var offset = 0;
            foreach (var key in asked)
            {
                end[key] = offset;
                offset += tally.AskCount[key];
            }

            for (var i = 0; i < tally.EntryCount; i++)
            {
                var entry = tally.Entries[i];
                ranks[end[(int)(entry >> 32)]++] = (int)(entry & 0xFFFF_FFFF);
            }

            var questions = new Question[asked.Length];
            for (var q = 0; q < questions.Length; q++)
            {
                var key = order[q];
                var count = tally.AskCount[key];
                if (plan.EveryAskerQuestion(key, count) is { } shared)
                {
                    questions[q] = shared;
                    continue;
                }

                var ruleIds = new string[count];
                var first = end[key] - count;
                for (var r = 0; r < count; r++)
                {
                    ruleIds[r] = plan.RuleIdAtRank(ranks[first + r]);
                }

                var text = plan.FactTextOfNameKey(key);
                questions[q] = new Question
                {
                    Kind = text.Kind,
                    Name = text.Name,
                    Label = text.Label,
                    Action = text.Action,
                    CouldRaiseUrgencyTo = (Urgency)(tally.CouldRaise[key] - 1),
                    RuleIds = ValueList<string>.Own(ruleIds),
                };
            }

            return questions;
        }
        finally
        {
            if (rentedEntries is not null)
            {
                ArrayPool<long>.Shared.Return(rentedEntries);
            }

            if (rentedRanks is not null)
            {
                ArrayPool<int>.Shared.Return(rentedRanks);
            }
        }
    }

    private static void SortQuestions(Span<int> keys, ExplanationCache plan, in QuestionTally tally)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var j = i - 1;
            for (; j >= 0 && AskedBefore(key, keys[j], plan, tally); j--)
            {
                keys[j + 1] = keys[j];
            }

            keys[j + 1] = key;
        }
    }

    // Whether the question of fact a is listed before that of fact b. Items to record (age, sex) come last whatever
    // they feed: alone they raise nothing, and they reach many rules only through combinations.
    private static bool AskedBefore(int a, int b, ExplanationCache plan, in QuestionTally tally)
    {
        var recordA = plan.FactTextOfNameKey(a).Action == QuestionAction.Record;
        if (recordA != (plan.FactTextOfNameKey(b).Action == QuestionAction.Record))
        {
            return !recordA;
        }

        if (tally.CouldRaise[a] != tally.CouldRaise[b])
        {
            return tally.CouldRaise[a] > tally.CouldRaise[b];
        }

        return tally.AskCount[a] != tally.AskCount[b] ? tally.AskCount[a] > tally.AskCount[b] : plan.QuestionRank(a) < plan.QuestionRank(b);
    }

    /// <summary>Tallies the unknown finding and number tests under an undecided node, following undecided flag
    /// references, as asked by the rule <see cref="QuestionTally.Rank"/>.</summary>
    /// <remarks>Only undecided nodes are visited, so every finding or number reached is unknown (a finding counted as
    /// present when unknown is never undecided).</remarks>
    private static void CollectUnknowns(ExplanationCache plan, int nodeIndex, ReadOnlySpan<Truth> nodeTruths, ref QuestionTally tally)
    {
        ref readonly var node = ref plan.Graph.NodeAt(nodeIndex);
        switch (node.Kind)
        {
            case NodeKind.Finding:
            case NodeKind.Quantity:
                tally.Ask(plan.TextAt(nodeIndex)!.NameKey);
                return;
            case NodeKind.Flag:
                if (nodeTruths[plan.Rules[node.Argument].Root] == Truth.Unknown)
                {
                    CollectUnknowns(plan, plan.Rules[node.Argument].Root, nodeTruths, ref tally);
                }

                return;
            default:
                for (var i = 0; i < node.ChildCount; i++)
                {
                    var child = plan.Graph.ChildAt(node.FirstChild + i);
                    if (nodeTruths[child] == Truth.Unknown)
                    {
                        CollectUnknowns(plan, child, nodeTruths, ref tally);
                    }
                }

                return;
        }
    }

    /// <summary>What the questions of one assessment have gathered so far, per fact name key.</summary>
    private ref struct QuestionTally
    {
        /// <summary>The highest urgency the fact's answer could raise, plus one; 0 while no rule asks.</summary>
        public Span<int> CouldRaise;

        /// <summary>The id rank (plus one) of the last rule that asked, so that a rule reaching a fact twice counts once.</summary>
        public Span<int> LastAsker;

        /// <summary>How many rules ask about the fact.</summary>
        public Span<int> AskCount;

        /// <summary>The facts asked about, each once, in the order first asked (the first <see cref="AskedCount"/>).</summary>
        public Span<int> AskedKeys;

        public int AskedCount;

        /// <summary>One (name key &lt;&lt; 32 | rule id rank) per asking rule and fact, in id-rank order.</summary>
        public Span<long> Entries;

        public int EntryCount;

        /// <summary>The id rank of the rule being walked.</summary>
        public int Rank;

        /// <summary>That rule's urgency, plus one.</summary>
        public int Raise;

        public void Ask(int key)
        {
            CouldRaise[key] = Math.Max(CouldRaise[key], Raise);
            if (LastAsker[key] != Rank + 1)
            {
                LastAsker[key] = Rank + 1;
                if (AskCount[key]++ == 0)
                {
                    AskedKeys[AskedCount++] = key;
                }

                Entries[EntryCount++] = ((long)key << 32) | (uint)Rank;
            }
        }
    }
}
