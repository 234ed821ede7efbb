using RedFlags.Evaluation;
using RedFlags.Rules;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Evaluation;

/// <summary>The interpreter's phases on small rule sets: a negation turns true into false and false into true and keeps
/// unknown, both for the explanation (every node) and for the urgency (the urgency's nodes only).</summary>
public class CriterionInterpreterTests
{
    [Theory]
    [InlineData(Presence.Present, "True", "False")]
    [InlineData(Presence.Absent, "False", "True")]
    [InlineData(Presence.Unknown, "Unknown", "Unknown")]
    public void Evaluate_Negation_GivesTheOppositeTruthAndKeepsUnknown(Presence fever, string finding, string negation)
    {
        var graph = new CriterionGraph(Negation());
        var truths = new Truth[graph.NodeCount];
        new CriterionInterpreter(graph).Evaluate(new FactReader(Sparse().With(Finding.Fever, fever)), truths);
        Assert.Equal([finding, negation], truths.Select(t => t.ToString()));
    }

    [Theory]
    [InlineData(Presence.Present, Urgency.Routine)]
    [InlineData(Presence.Absent, Urgency.Urgent)]
    [InlineData(Presence.Unknown, Urgency.Routine)]
    public void AssessAndAssessUrgency_InterpretedNegation_FireWhenTheFindingIsAbsent(Presence fever, Urgency expected)
    {
        var evaluator = new RedFlagEvaluator(Negation(), EvaluationMode.Interpreted);
        var patient = Sparse().With(Finding.Fever, fever);
        Assert.Equal(expected, evaluator.AssessUrgency(patient));
        var assessment = evaluator.Assess(patient);
        Assert.Equal(expected, assessment.Urgency);
        Assert.Equal(expected == Urgency.Urgent, assessment.FiredRuleIds().Contains("NO-FEVER"));
    }

    private static RuleSet Negation() => RuleSet.Create(
        "negation", "1.0.0", [TestRules.Rule("NO-FEVER", Criterion.Not(Criterion.Present(Finding.Fever)), Urgency.Urgent)], [], DefaultCatalogue.RuleSet.DefaultRecommendation);
}
