using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>Turns the three-valued rule results into an explained <see cref="Assessment"/>.</summary>
internal static class Explainer
{
    public static Assessment Explain(EvaluationPlan plan, PatientPresentation presentation, in FactReader facts, ReadOnlySpan<Truth> results)
    {
        var set = plan.RuleSet;
        var fired = new List<int>();
        for (var i = 0; i < plan.Rules.Length; i++)
        {
            if (results[i] == Truth.True)
            {
                fired.Add(i);
            }
        }

        fired.Sort((a, b) => CompareFlags(plan.Rules[a], plan.Rules[b]));
        var deciding = fired.Count > 0 ? plan.Rules[fired[0]].Rule : null;
        var urgency = deciding?.Recommendation.Urgency ?? Urgency.Routine;
        var recommendation = deciding?.Recommendation ?? set.DefaultRecommendation;

        var flags = new List<FiredFlag>(fired.Count);
        foreach (var index in fired)
        {
            flags.Add(Flag(plan, index, facts, results));
        }

        var conditions = flags
            .GroupBy(flag => flag.Condition)
            .OrderBy(group => group.Key)
            .Select(group => Condition(plan, presentation.CareSetting, group.Key, group.ToArray()))
            .ToArray();

        var investigations = flags
            .SelectMany(flag => flag.Recommendation.Investigations)
            .Distinct()
            .OrderBy(investigation => investigation)
            .ToArray();

        var advice = new List<string> { recommendation.PatientAdvice };
        foreach (var flag in flags)
        {
            if (!advice.Contains(flag.Recommendation.PatientAdvice, StringComparer.Ordinal))
            {
                advice.Add(flag.Recommendation.PatientAdvice);
            }
        }

        return new Assessment
        {
            AssessmentDate = presentation.AssessmentDate,
            CareSetting = presentation.CareSetting,
            Urgency = urgency,
            Recommendation = recommendation,
            DecidingRuleId = deciding?.Id,
            Conditions = conditions,
            Investigations = investigations,
            Questions = Questions(plan, facts, results, urgency),
            PatientAdvice = advice,
            RuleSet = new RuleSetReference
            {
                Id = set.Id,
                Version = set.Version,
                Fingerprint = set.Fingerprint,
                Customisations = set.Customisations,
            },
        };
    }

    // Most urgent first, then the lowest priority number (brief §10: first match wins), then id.
    private static int CompareFlags(in CompiledRule a, in CompiledRule b)
    {
        var byUrgency = b.Urgency.CompareTo(a.Urgency);
        if (byUrgency != 0)
        {
            return byUrgency;
        }

        var byPriority = a.Priority.CompareTo(b.Priority);
        return byPriority != 0 ? byPriority : string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
    }

    private static FiredFlag Flag(EvaluationPlan plan, int index, in FactReader facts, ReadOnlySpan<Truth> results)
    {
        var rule = plan.Rules[index].Rule;
        var collected = new List<TriggeringFact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        CollectFacts(plan, plan.Rules[index].Root, Truth.True, facts, results, collected, seen);
        return new FiredFlag
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Condition = rule.Condition,
            Urgency = rule.Recommendation.Urgency,
            ClinicianText = rule.ClinicianText,
            PatientText = rule.PatientText,
            Criterion = rule.Criterion.ToString(),
            Facts = collected,
            Recommendation = rule.Recommendation,
            Evidence = rule.Evidence,
        };
    }

    /// <summary>Collects the facts that give the node the value <paramref name="wanted"/> (true or false).</summary>
    private static void CollectFacts(EvaluationPlan plan, int nodeIndex, Truth wanted, in FactReader facts, ReadOnlySpan<Truth> results, List<TriggeringFact> into, HashSet<string> seen)
    {
        var node = plan.NodeAt(nodeIndex);
        switch (node.Kind)
        {
            case NodeKind.Finding:
            {
                var finding = (Finding)node.Argument;
                var presence = facts.Read(finding);
                var observed = presence switch
                {
                    Presence.Present => "present",
                    Presence.Absent => "absent",
                    _ => node.UnknownCountsAsPresent ? "unknown (counted as present for safety)" : "unknown",
                };
                Add(FactKind.Finding, Vocabulary.Name(finding), Vocabulary.Label(finding), observed, node.UnknownCountsAsPresent ? "present or unknown" : "present", into, seen);
                return;
            }

            case NodeKind.Quantity:
            {
                var quantity = (Quantity)node.Argument;
                var unit = Vocabulary.Unit(quantity);
                var value = facts.Read(quantity);
                var observed = FactReader.IsKnown(value) ? $"{CriterionText.Format(value)} {unit}" : "unknown";
                var test = $"{CriterionText.Symbol(node.Comparison)} {CriterionText.Format(node.Threshold)} {unit}";
                Add(FactKind.Quantity, Vocabulary.Name(quantity), Vocabulary.Label(quantity), observed, test, into, seen);
                return;
            }

            case NodeKind.Flag:
                CollectFacts(plan, plan.Rules[node.Argument].Root, wanted, facts, results, into, seen);
                return;
            case NodeKind.Not:
                CollectFacts(plan, plan.ChildAt(node.FirstChild), wanted == Truth.True ? Truth.False : Truth.True, facts, results, into, seen);
                return;
            default:
                // A conjunction is true through all its children, false through its false ones; a disjunction or
                // at-least group is true through its true children, false through all. In every case: the children
                // that have the wanted value.
                for (var i = 0; i < node.ChildCount; i++)
                {
                    var child = plan.ChildAt(node.FirstChild + i);
                    if (plan.Evaluate(child, facts, results) == wanted)
                    {
                        CollectFacts(plan, child, wanted, facts, results, into, seen);
                    }
                }

                return;
        }
    }

    private static void Add(FactKind kind, string name, string label, string observed, string test, List<TriggeringFact> into, HashSet<string> seen)
    {
        if (seen.Add(name + "\u0001" + test))
        {
            into.Add(new TriggeringFact { Kind = kind, Name = name, Label = label, Observed = observed, Test = test });
        }
    }

    private static ConditionAssessment Condition(EvaluationPlan plan, CareSetting setting, SuspectedCondition condition, FiredFlag[] flags)
    {
        var urgency = flags.Max(flag => flag.Urgency);
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
            Flags = flags,
            Probability = Probability(plan.RuleSet, setting, condition, flags),
        };
    }

    private static ProbabilityEstimate Probability(RuleSet set, CareSetting setting, SuspectedCondition condition, FiredFlag[] flags)
    {
        // Brief §6.3 option (a): the single strongest positive likelihood ratio; each rule's is its first source that reports one.
        FiredFlag? strongest = null;
        EvidenceSource? source = null;
        foreach (var flag in flags)
        {
            var candidate = flag.Evidence.FirstOrDefault(e => e.PositiveLikelihoodRatio is not null);
            if (candidate is not null && (source is null || candidate.PositiveLikelihoodRatio!.Value > source.PositiveLikelihoodRatio!.Value))
            {
                strongest = flag;
                source = candidate;
            }
        }

        var prior = setting == CareSetting.Unspecified ? null : set.FindPreTestProbability(condition, setting);
        var notes = new List<string>();
        if (setting == CareSetting.Unspecified)
        {
            notes.Add("No care setting was given, so no pre-test probability applies.");
        }
        else if (prior is null)
        {
            notes.Add($"The evidence brief gives no pre-test probability for this condition in {SettingText(setting)}.");
        }

        if (source is null)
        {
            notes.Add("None of the fired flags has a published positive likelihood ratio in the evidence brief.");
        }

        double? likelihoodRatio = source?.PositiveLikelihoodRatio?.Value;
        return new ProbabilityEstimate
        {
            Setting = setting,
            PreTestLow = prior?.Low,
            PreTestHigh = prior?.High,
            PreTestSource = prior is null ? null : $"{prior.Citation} [{TagText(prior.Tag)}]",
            LikelihoodRatio = likelihoodRatio,
            LikelihoodRatioRuleId = strongest?.RuleId,
            LikelihoodRatioSource = source is null ? null : Describe(source),
            PostTestLow = prior is not null && likelihoodRatio is double lrLow ? PostTest(prior.Low, lrLow) : null,
            PostTestHigh = prior is not null && likelihoodRatio is double lrHigh ? PostTest(prior.High, lrHigh) : null,
            Note = notes.Count == 0 ? null : string.Join(" ", notes),
        };
    }

    internal static double PostTest(double probability, double likelihoodRatio)
    {
        if (probability <= 0)
        {
            return 0;
        }

        if (probability >= 1)
        {
            return 1;
        }

        var odds = probability / (1 - probability) * likelihoodRatio;
        return odds / (1 + odds);
    }

    private static string Describe(EvidenceSource source)
    {
        var setting = source.StudySetting is null ? string.Empty : $"; study setting: {source.StudySetting}";
        return $"{source.Citation} [{TagText(source.Tag)}]{setting}";
    }

    internal static string TagText(EvidenceTag tag) => tag switch
    {
        EvidenceTag.Verified => "V",
        EvidenceTag.Computed => "C",
        EvidenceTag.Secondary => "S",
        EvidenceTag.Unverified => "U",
        _ => "design",
    };

    private static string SettingText(CareSetting setting) => setting switch
    {
        CareSetting.PrimaryCare => "primary care",
        CareSetting.EmergencyDepartment => "the emergency department",
        CareSetting.SpecialistSpineService => "a specialist spine service",
        CareSetting.Oncology => "an oncology service",
        _ => "an unspecified setting",
    };

    private static Question[] Questions(EvaluationPlan plan, in FactReader facts, ReadOnlySpan<Truth> results, Urgency current)
    {
        var byName = new Dictionary<string, (FactKind Kind, int Code, string Label, Urgency Urgency, SortedSet<string> Rules)>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Rules.Length; i++)
        {
            var rule = plan.Rules[i];
            if (results[i] != Truth.Unknown || rule.Urgency <= current)
            {
                continue;
            }

            var unknowns = new List<(FactKind Kind, int Code)>();
            CollectUnknowns(plan, rule.Root, facts, results, unknowns);
            foreach (var (kind, code) in unknowns)
            {
                var name = kind == FactKind.Finding ? Vocabulary.Name((Finding)code) : Vocabulary.Name((Quantity)code);
                if (!byName.TryGetValue(name, out var entry))
                {
                    var label = kind == FactKind.Finding ? Vocabulary.Label((Finding)code) : Vocabulary.Label((Quantity)code);
                    entry = (kind, code, label, rule.Urgency, new SortedSet<string>(StringComparer.Ordinal));
                }

                entry.Rules.Add(rule.Rule.Id);
                entry.Urgency = entry.Urgency > rule.Urgency ? entry.Urgency : rule.Urgency;
                byName[name] = entry;
            }
        }

        return byName
            .OrderByDescending(pair => pair.Value.Urgency)
            .ThenBy(pair => pair.Value.Kind)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new Question
            {
                Kind = pair.Value.Kind,
                Name = pair.Key,
                Label = pair.Value.Label,
                CouldRaiseUrgencyTo = pair.Value.Urgency,
                RuleIds = pair.Value.Rules.ToArray(),
            })
            .ToArray();
    }

    /// <summary>Collects the unknown findings and numbers under an undecided node, following undecided flag references.</summary>
    private static void CollectUnknowns(EvaluationPlan plan, int nodeIndex, in FactReader facts, ReadOnlySpan<Truth> results, List<(FactKind Kind, int Code)> into)
    {
        var node = plan.NodeAt(nodeIndex);
        switch (node.Kind)
        {
            case NodeKind.Finding:
                if (!node.UnknownCountsAsPresent && facts.Read((Finding)node.Argument) == Presence.Unknown)
                {
                    into.Add((FactKind.Finding, node.Argument));
                }

                return;
            case NodeKind.Quantity:
                if (!FactReader.IsKnown(facts.Read((Quantity)node.Argument)))
                {
                    into.Add((FactKind.Quantity, node.Argument));
                }

                return;
            case NodeKind.Flag:
                if (results[node.Argument] == Truth.Unknown)
                {
                    CollectUnknowns(plan, plan.Rules[node.Argument].Root, facts, results, into);
                }

                return;
            default:
                for (var i = 0; i < node.ChildCount; i++)
                {
                    var child = plan.ChildAt(node.FirstChild + i);
                    if (plan.Evaluate(child, facts, results) == Truth.Unknown)
                    {
                        CollectUnknowns(plan, child, facts, results, into);
                    }
                }

                return;
        }
    }

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
