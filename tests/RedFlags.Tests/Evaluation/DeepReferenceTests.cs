using RedFlags.Rules;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// A chain of flag references is as deep as a rule author makes it, and a stack overflow cannot be caught: explaining
/// an assessment walks the chain without recursion, so even a small thread stack is enough.
/// </summary>
public class DeepReferenceTests
{
    private const int ChainLength = 5_000;

    [Theory]
    [InlineData(EvaluationMode.Interpreted)]
    [InlineData(EvaluationMode.Compiled)]
    public void Assess_ChainOf5000FlagReferencesOnA256KiBStack_ExplainsTheLastFlagByTheFirstFact(EvaluationMode mode)
    {
        var evaluator = new RedFlagEvaluator(Chain(), mode);
        var presentation = new PatientPresentation
        {
            AssessmentDate = new CalendarDate(2025, 3, 14),
            Neurology = new NeurologicalFeatures { SaddleNumbnessOrTingling = Presence.Present },
        };

        var assessment = SmallStack.Run(() => evaluator.Assess(presentation));

        var last = assessment.Conditions.SelectMany(c => c.Flags).Single(f => f.RuleId == Id(ChainLength - 1));
        Assert.Equal("saddleNumbness", Assert.Single(last.Facts).Name);
    }

    private static RuleSet Chain()
    {
        var rules = new RedFlagRule[ChainLength];
        rules[0] = TestRules.Rule(Id(0), new FindingCriterion(Finding.SaddleNumbness), Urgency.Urgent);
        for (var i = 1; i < ChainLength; i++)
        {
            rules[i] = TestRules.Rule(Id(i), new FlagCriterion(Id(i - 1)), Urgency.Urgent);
        }

        return RuleSet.Create("chain", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation);
    }

    private static string Id(int index) => $"CHAIN-R{index}";
}
