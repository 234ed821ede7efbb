using RedFlags.Json;
using RedFlags.Rules;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Reliability;

/// <summary>
/// Rule sets as deep, as wide and as long as their author makes them cannot crash the host (issue #23, defect 2): every
/// walk over references is iterative, and a criterion's depth and a group's width have documented limits checked before
/// any walk that depends on them. Everything here runs on a 256 KiB thread stack, where an overflow ends the process.
/// </summary>
public class RuleSetShapeLimitTests
{
    private static readonly Recommendation s_default = DefaultCatalogue.RuleSet.DefaultRecommendation;

    private static readonly PatientPresentation s_saddleNumbness = new()
    {
        AssessmentDate = new CalendarDate(2025, 3, 14),
        Neurology = new NeurologicalFeatures { SaddleNumbnessOrTingling = Presence.Present },
    };

    [Fact]
    public void RuleSetCreate_CriterionNested40000DeepInCode_IsRejectedWithRF2014()
    {
        Criterion criterion = new FindingCriterion(Finding.Fever);
        for (var i = 0; i < 40_000; i++)
        {
            criterion = new NotCriterion(criterion);
        }

        var error = SmallStack.Throws<RedFlagsValidationException>(() => RuleSet.Create("deep", "1.0.0", [TestRules.Rule("DEEP-X", criterion)], [], s_default));

        Assert.Equal(ErrorCodes.CriterionTooDeep, Assert.Single(error.Errors).Code);
    }

    [Fact]
    public void RuleSetCreate_GroupOneWiderThanTheLimit_IsRejectedWithRF2019()
    {
        var criteria = Enumerable.Repeat<Criterion>(new FindingCriterion(Finding.Fever), RuleSet.MaximumGroupSize + 1).ToArray();

        var error = Assert.Throws<RedFlagsValidationException>(
            () => RuleSet.Create("wide", "1.0.0", [TestRules.Rule("WIDE-X", new AtLeastCriterion(2, criteria))], [], s_default));

        var problem = Assert.Single(error.Errors);
        Assert.Equal((ErrorCodes.CriterionGroupTooLarge, "rules[0].criterion.criteria"), (problem.Code, problem.Path));
    }

    [Fact]
    public void RuleSetJsonParse_GroupOneWiderThanTheLimit_IsRejectedWithRF2019AtItsPlace()
    {
        var widest = Enumerable.Repeat<Criterion>(new FindingCriterion(Finding.Fever), RuleSet.MaximumGroupSize).ToArray();
        var json = RuleSetJson.Serialize(RuleSet.Create("wide", "1.0.0", [TestRules.Rule("WIDE-X", new AnyOfCriterion(widest))], [], s_default), indented: false)
            .Replace("\"anyOf\":[", "\"anyOf\":[{\"finding\":\"fever\"},", StringComparison.Ordinal);

        var error = Assert.Throws<RedFlagsValidationException>(() => RuleSetJson.Parse(json));

        var problem = Assert.Single(error.Errors);
        Assert.Equal((ErrorCodes.CriterionGroupTooLarge, "rules[0].criterion.anyOf"), (problem.Code, problem.Path));
        Assert.NotNull(problem.Line);
    }

    [Theory]
    [InlineData(EvaluationMode.Interpreted)]
    [InlineData(EvaluationMode.Compiled)]
    public void RedFlagEvaluator_ChainOf15000FlagReferences_IsBuiltAndGivesTheUrgencyOnASmallStack(EvaluationMode mode)
    {
        var rules = new RedFlagRule[15_000];
        rules[0] = TestRules.Rule("CHAIN-R0", new FindingCriterion(Finding.SaddleNumbness), Urgency.Emergency);
        for (var i = 1; i < rules.Length; i++)
        {
            rules[i] = TestRules.Rule($"CHAIN-R{i}", new FlagCriterion($"CHAIN-R{i - 1}"), Urgency.Emergency);
        }

        var urgency = SmallStack.Run(() =>
        {
            var evaluator = new RedFlagEvaluator(RuleSet.Create("chain", "1.0.0", rules, [], s_default), mode);
            return evaluator.AssessUrgency(s_saddleNumbness);
        });

        Assert.Equal(Urgency.Emergency, urgency);
    }

    [Theory]
    [InlineData(EvaluationMode.Interpreted)]
    [InlineData(EvaluationMode.Compiled)]
    public void RuleSet_AtTheDepthAndWidthLimitsAsLargeAsADocumentHolds_IsBuiltAssessedWrittenAndReadBackOnASmallStack(EvaluationMode mode)
    {
        // As many rules as fit in 95 % of the largest document, written indented.
        var one = Size(LimitSet(1));
        var count = (int)((0.95 * RedFlagsJson.MaximumDocumentBytes - one) / (Size(LimitSet(2)) - one)) + 1;
        var ruleSet = SmallStack.Run(() => LimitSet(count));

        var (assessment, json) = SmallStack.Run(() =>
        {
            var assessed = new RedFlagEvaluator(ruleSet, mode).Assess(s_saddleNumbness);
            return (assessed, RuleSetJson.Serialize(ruleSet));
        });
        var readBack = SmallStack.Run(() => RuleSetJson.Parse(json));

        Assert.Equal(Urgency.Emergency, assessment.Urgency);
        Assert.Equal(count, assessment.Conditions.SelectMany(c => c.Flags).Count());
        Assert.InRange(Size(ruleSet), 0.9 * RedFlagsJson.MaximumDocumentBytes, RedFlagsJson.MaximumDocumentBytes);
        Assert.Equal(ruleSet.Fingerprint, readBack.Fingerprint);
    }

    private static RuleSet LimitSet(int count) => RuleSet.Create("limits", "1.0.0", LimitRules(count), [], s_default);

    private static int Size(RuleSet ruleSet) => System.Text.Encoding.UTF8.GetByteCount(RuleSetJson.Serialize(ruleSet));

    // Each rule: all-of groups nested to the depth limit around one any-of group of the widest size, whose first
    // criterion refers to the previous rule, so that the rules also form a chain.
    private static IEnumerable<RedFlagRule> LimitRules(int count)
    {
        for (var r = 0; r < count; r++)
        {
            var children = new Criterion[RuleSet.MaximumGroupSize];
            children[0] = r == 0 ? new FindingCriterion(Finding.SaddleNumbness) : new FlagCriterion($"LIMIT-R{r - 1}");
            for (var i = 1; i < children.Length; i++)
            {
                children[i] = new QuantityCriterion(Quantity.AgeYears, Comparison.AtLeast, 18 + (i % 100));
            }

            Criterion criterion = new AnyOfCriterion(children);
            for (var depth = 2; depth < RuleSet.MaximumCriterionDepth; depth++)
            {
                criterion = new AllOfCriterion([criterion]);
            }

            yield return TestRules.Rule($"LIMIT-R{r}", criterion, Urgency.Emergency, SuspectedCondition.CaudaEquinaSyndrome);
        }
    }
}
