using System.Globalization;
using RedFlags.Rules;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// The evaluator against a reference model: seeded random rule sets over a few findings and numbers, evaluated with
/// Kleene three-valued logic written out plainly here, and compared with what <see cref="RedFlagEvaluator.Assess"/>
/// and <see cref="RedFlagEvaluator.AssessUrgency"/> report. Rule sets with negation take the interpreted urgency path;
/// those without take the bit-parallel urgency program; sets of more than 64 rules or tests need several state words,
/// and a set of more than 512 rules and 2,048 nodes takes the pooled buffers.
/// </summary>
public class CustomRuleSetModelTests
{
    private static readonly Finding[] s_findings =
    [
        Finding.NightPain, Finding.Fever, Finding.SaddleNumbness, Finding.Osteoporosis, Finding.UrinaryRetention, Finding.InjectingDrugUse,
    ];

    // Each quantity with the values a presentation may hold; thresholds are drawn from the same values, so comparisons
    // are tested at equality as well as above and below.
    private static readonly (Quantity Quantity, double[] Values)[] s_quantities =
    [
        (Quantity.EsrMillimetresPerHour, [.. Enumerable.Range(0, 41).Select(i => i * 5.0)]), // 164 possible tests: more than one word
        (Quantity.CrpMilligramsPerLitre, [0, 5, 1000]),
        (Quantity.TemperatureCelsius, [36.5, 38, 39.5]),
    ];

    private static readonly Presence[] s_presences = [Presence.Unknown, Presence.Absent, Presence.Present];

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void AssessAndAssessUrgency_RandomSmallRuleSets_AgreeWithTheReferenceModel(int seed, bool negation)
    {
        var random = new Random(seed);
        for (var set = 0; set < 60; set++)
        {
            CheckAgainstModel(random, random.Next(1, 16), negation, presentations: 25);
        }
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void AssessAndAssessUrgency_RuleSetsOfMoreThan64Rules_AgreeWithTheReferenceModel(int seed, bool negation)
    {
        var random = new Random(seed);
        for (var set = 0; set < 4; set++)
        {
            CheckAgainstModel(random, random.Next(130, 260), negation, presentations: 25);
        }
    }

    [Theory]
    [InlineData(21, false)]
    [InlineData(22, true)]
    public void AssessAndAssessUrgency_RuleSetLargeEnoughForPooledBuffers_AgreeWithTheReferenceModel(int seed, bool negation)
        => CheckAgainstModel(new Random(seed), 700, negation, presentations: 20);

    [Fact]
    public void RandomRuleSets_MoreThan64Rules_AlsoHaveMoreThan64DistinctNumberTests()
    {
        // So that the tests above cover quantity tests beyond the first 64-bit word, not only rules beyond it.
        var random = new Random(11);
        var counts = new List<int>(); // the first set is the first one the seed-11 test above builds
        for (var set = 0; set < 4; set++)
        {
            var rules = new List<RedFlagRule>();
            var ruleCount = random.Next(130, 260);
            for (var i = 0; i < ruleCount; i++)
            {
                rules.Add(Rule(random, i, rules.Select(r => r.Id).ToArray(), negation: false));
            }

            counts.Add(rules.SelectMany(r => Leaves(r.Criterion)).OfType<QuantityCriterion>().Select(q => (q.Quantity, q.Comparison, q.Threshold)).Distinct().Count());
        }

        Assert.True(counts[0] > 64, string.Join(", ", counts));
    }

    private static IEnumerable<Criterion> Leaves(Criterion criterion) => criterion.Children().Count == 0 ? [criterion] : criterion.Children().SelectMany(Leaves);

    private static void CheckAgainstModel(Random random, int ruleCount, bool negation, int presentations)
    {
        var rules = new List<RedFlagRule>();
        for (var i = 0; i < ruleCount; i++)
        {
            rules.Add(Rule(random, i, rules.Select(r => r.Id).ToArray(), negation));
        }

        // Listed in a shuffled order, so that a rule may refer to one listed after it: the plan must order them.
        rules = rules.OrderBy(_ => random.Next()).ToList();
        var byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var ruleSet = RuleSet.Create("model", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation);
        var evaluator = new RedFlagEvaluator(ruleSet);

        // The fast urgency program takes every rule set without negation; only negation sends it to the interpreter.
        for (var n = 0; n < presentations; n++)
        {
            var (p, findings, quantities) = Presentation(random);
            var truths = new Dictionary<string, bool?>(StringComparer.Ordinal);
            bool? RuleTruth(string id)
            {
                if (!truths.TryGetValue(id, out var truth))
                {
                    truths[id] = truth = Evaluate(byId[id].Criterion, findings, quantities, RuleTruth);
                }

                return truth;
            }

            foreach (var rule in rules)
            {
                RuleTruth(rule.Id);
            }

            var fired = rules.Where(r => truths[r.Id] == true)
                .OrderByDescending(r => r.Recommendation.Urgency).ThenBy(r => r.Priority).ThenBy(r => r.Id, StringComparer.Ordinal)
                .ToArray();
            var expectedUrgency = fired.Length == 0 ? ruleSet.DefaultRecommendation.Urgency : fired[0].Recommendation.Urgency;

            var assessment = evaluator.Assess(p);
            var context = $"rules {ruleCount}, presentation {n}";
            Assert.True(expectedUrgency == evaluator.AssessUrgency(p), context);
            Assert.True(expectedUrgency == assessment.Urgency, context);
            Assert.True(fired.FirstOrDefault()?.Id == assessment.DecidingRuleId, context);

            var expectedConditions = fired.Select(r => r.Condition).Distinct().Order().ToArray();
            Assert.Equal(expectedConditions, assessment.Conditions.Select(c => c.Condition));
            foreach (var condition in assessment.Conditions)
            {
                Assert.Equal(fired.Where(r => r.Condition == condition.Condition).Select(r => r.Id), condition.Flags.Select(f => f.RuleId));
            }

            // Questions: every unknown test reached through undecided criteria of an undecided rule that could raise
            // the urgency, one per fact, its rules in id order; in the documented order (ExpectedQuestionOrder).
            var expectedQuestions = rules
                .Where(r => truths[r.Id] is null && r.Recommendation.Urgency > assessment.Urgency)
                .SelectMany(r => UndecidedTests(r.Criterion).Select(test => (Test: test, Rule: r)))
                .GroupBy(x => x.Test is FindingCriterion f ? Vocabulary.Name(f.Finding) : Vocabulary.Name(((QuantityCriterion)x.Test).Quantity))
                .Select(g => (
                    Kind: g.First().Test is FindingCriterion ? FactKind.Finding : FactKind.Quantity,
                    Name: g.Key,
                    Urgency: g.Max(x => x.Rule.Recommendation.Urgency),
                    Rules: string.Join(",", g.Select(x => x.Rule.Id).Distinct().Order(StringComparer.Ordinal))))
                .ToArray();
            expectedQuestions = ExpectedQuestionOrder.Sort(expectedQuestions, q => (q.Kind, q.Name, q.Urgency, q.Rules.Split(',').Length)).ToArray();
            Assert.Equal(expectedQuestions, assessment.Questions.Select(q => (q.Kind, q.Name, q.CouldRaiseUrgencyTo, string.Join(",", q.RuleIds))));

            IEnumerable<Criterion> UndecidedTests(Criterion criterion) => Evaluate(criterion, findings, quantities, RuleTruth) is not null
                ? []
                : criterion switch
                {
                    FindingCriterion or QuantityCriterion => [criterion],
                    FlagCriterion reference => UndecidedTests(byId[reference.RuleId].Criterion),
                    _ => criterion.Children().SelectMany(UndecidedTests),
                };
        }
    }

    // Kleene logic: null is unknown.
    private static bool? Evaluate(Criterion criterion, Dictionary<Finding, Presence> findings, Dictionary<Quantity, double?> quantities, Func<string, bool?> rules)
    {
        switch (criterion)
        {
            case FindingCriterion f:
                return findings[f.Finding] switch
                {
                    Presence.Present => true,
                    Presence.Absent => false,
                    _ => f.UnknownCountsAsPresent ? true : null,
                };
            case QuantityCriterion q:
                if (quantities[q.Quantity] is not double value)
                {
                    return null;
                }

                return q.Comparison switch
                {
                    Comparison.AtLeast => value >= q.Threshold,
                    Comparison.GreaterThan => value > q.Threshold,
                    Comparison.AtMost => value <= q.Threshold,
                    _ => value < q.Threshold,
                };
            case FlagCriterion r:
                return rules(r.RuleId);
            case NotCriterion not:
                return !Evaluate(not.Criterion, findings, quantities, rules);
            case AllOfCriterion all:
            {
                var children = all.Criteria.Select(c => Evaluate(c, findings, quantities, rules)).ToArray();
                return children.Contains(false) ? false : children.Contains(null) ? null : true;
            }

            case AnyOfCriterion any:
            {
                var children = any.Criteria.Select(c => Evaluate(c, findings, quantities, rules)).ToArray();
                return children.Contains(true) ? true : children.Contains(null) ? null : false;
            }

            case AtLeastCriterion atLeast:
            {
                var children = atLeast.Criteria.Select(c => Evaluate(c, findings, quantities, rules)).ToArray();
                var trueCount = children.Count(c => c == true);
                var unknownCount = children.Count(c => c is null);
                return trueCount >= atLeast.Count ? true : trueCount + unknownCount >= atLeast.Count ? null : false;
            }

            default:
                throw new InvalidOperationException(criterion.GetType().Name);
        }
    }

    private static (PatientPresentation, Dictionary<Finding, Presence>, Dictionary<Quantity, double?>) Presentation(Random random)
    {
        var p = Sparse();
        var findings = new Dictionary<Finding, Presence>();
        foreach (var finding in s_findings)
        {
            findings[finding] = s_presences[random.Next(3)];
            p = p.With(finding, findings[finding]);
        }

        var quantities = new Dictionary<Quantity, double?>();
        foreach (var (quantity, values) in s_quantities)
        {
            var pick = random.Next(values.Length + 1);
            quantities[quantity] = pick == values.Length ? null : values[pick];
            p = p.With(quantity, quantities[quantity]);
        }

        return (p, findings, quantities);
    }

    private static RedFlagRule Rule(Random random, int index, string[] earlier, bool negation) => new()
    {
        // Ids count down, so that the id order differs from the order the rules are written (and evaluated) in.
        Id = "GEN-" + (9999 - index).ToString("D4", CultureInfo.InvariantCulture),
        Condition = Enum.GetValues<SuspectedCondition>()[random.Next(Enum.GetValues<SuspectedCondition>().Length)],
        Title = "Generated rule",
        ClinicianText = "Generated for a model test.",
        PatientText = "Generated for a model test.",
        Criterion = Criterion(random, 3, earlier, negation),
        Recommendation = DefaultCatalogue.RuleSet.DefaultRecommendation with { Urgency = (Urgency)random.Next(4) },
        Evidence = [new EvidenceSource { Citation = "Generated", Tag = EvidenceTag.Design }],
        Priority = random.Next(1, 4),
    };

    private static Criterion Criterion(Random random, int depth, string[] earlier, bool negation)
    {
        var kind = random.Next(depth <= 1 ? 3 : 8);
        switch (kind)
        {
            case 0:
            case 1:
                return new FindingCriterion(s_findings[random.Next(s_findings.Length)]) { UnknownCountsAsPresent = random.Next(3) == 0 };
            case 2:
                if (earlier.Length > 0 && random.Next(3) == 0)
                {
                    return new FlagCriterion(earlier[random.Next(Math.Max(0, earlier.Length - 8), earlier.Length)]);
                }

                var (quantity, values) = s_quantities[random.Next(s_quantities.Length)];
                return new QuantityCriterion(quantity, (Comparison)random.Next(1, 5), values[random.Next(values.Length)]);
            case 7 when negation:
                return new NotCriterion(Criterion(random, depth - 1, earlier, negation));
            default:
                var children = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Criterion(random, depth - 1, earlier, negation)).ToArray();
                return (kind % 3) switch
                {
                    0 => new AllOfCriterion(children),
                    1 => new AnyOfCriterion(children),
                    _ => new AtLeastCriterion(random.Next(1, children.Length + 1), children),
                };
        }
    }
}
