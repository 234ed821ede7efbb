using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RedFlags.Json;
using RedFlags.Rules;
using RedFlags.Testing;

namespace RedFlags.Tests.PropertyBased;

/// <summary>Properties of the evaluator on generated rule sets (with negation, flag references, at-least groups).</summary>
public class RuleSetPropertyTests
{
    [Property(Arbitrary = [typeof(RuleSetArbitraries), typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Evaluate_GeneratedRuleSet_NeverThrowsAndAgreesWithAssessUrgency(GeneratedRuleSet rules, ValidPresentation patient)
    {
        var evaluator = new RedFlagEvaluator(rules.Value);
        Assert.Equal(evaluator.Assess(patient.Value).Urgency, evaluator.AssessUrgency(patient.Value));
    }

    [Property(Arbitrary = [typeof(RuleSetArbitraries), typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Evaluate_RulesGivenInAnotherOrder_GiveTheSameFingerprintAndAssessment(GeneratedRuleSet rules, ValidPresentation patient)
    {
        var set = rules.Value;
        var reversed = RuleSet.Create(set.Id, set.Version, set.Rules.Reverse(), set.PreTestProbabilities, set.DefaultRecommendation);
        Assert.Equal(set.Fingerprint, reversed.Fingerprint);
        Assert.Equal(new RedFlagEvaluator(set).Assess(patient.Value), new RedFlagEvaluator(reversed).Assess(patient.Value));
    }

    [Property(Arbitrary = [typeof(RuleSetArbitraries), typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Evaluate_UnknownAnsweredPresent_NeverRemovesAFiredFlagEvenWithNegation(GeneratedRuleSet rules, ValidPresentation patient, int pick)
    {
        // Three-valued logic is monotone in information: a rule that is already true stays true whatever an unknown turns out to be.
        var evaluator = new RedFlagEvaluator(rules.Value);
        var finding = Pick(pick);
        var before = evaluator.Assess(patient.Value);
        var answered = patient.Value.WithFinding(finding, Presence.Present);
        if (!IsUnknown(patient.Value, finding))
        {
            return;
        }

        Assert.Empty(Fired(before).Except(Fired(evaluator.Assess(answered))));
    }

    [Property(Arbitrary = [typeof(RuleSetArbitraries), typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Evaluate_UnknownAnsweredAbsent_NeverRemovesAFiredFlagUnlessARuleCountsUnknownAsPresent(GeneratedRuleSet rules, ValidPresentation patient, int pick)
    {
        var finding = Pick(pick);
        if (CountsUnknownAsPresent(rules.Value) || finding is Finding.CorticosteroidUse || !IsUnknown(patient.Value, finding))
        {
            return;
        }

        var evaluator = new RedFlagEvaluator(rules.Value);
        var before = evaluator.Assess(patient.Value);
        Assert.Empty(Fired(before).Except(Fired(evaluator.Assess(patient.Value.WithFinding(finding, Presence.Absent)))));
    }

    [Property(Arbitrary = [typeof(RuleSetArbitraries)], MaxTest = 300)]
    public void RuleSet_JsonRoundTrip_KeepsTheFingerprint(GeneratedRuleSet rules)
        => Assert.Equal(rules.Value.Fingerprint, RuleSetJson.Parse(RuleSetJson.Serialize(rules.Value)).Fingerprint);

    [Fact]
    public void RuleSetGenerator_ManySamples_IncludeNegationFlagReferencesAndAtLeastGroups()
    {
        var sample = RuleSetArbitraries.RuleSetGenerator(allowNegation: true).Sample(200, 10);
        var criteria = sample.SelectMany(s => s.Value.Rules).SelectMany(r => Flatten(r.Criterion)).ToArray();
        Assert.Contains(criteria, c => c is NotCriterion);
        Assert.Contains(criteria, c => c is FlagCriterion);
        Assert.Contains(criteria, c => c is AtLeastCriterion);
        Assert.Contains(criteria, c => c is QuantityCriterion);
        Assert.Contains(criteria, c => c is FindingCriterion { UnknownCountsAsPresent: true });
    }

    private static Finding Pick(int pick)
        => PresentationExtensions.IndependentFindings[(int)((uint)pick % (uint)PresentationExtensions.IndependentFindings.Count)];

    private static bool IsUnknown(PatientPresentation p, Finding finding) => p.WithFinding(finding, Presence.Unknown) == p;

    private static IEnumerable<string> Fired(Assessment a) => a.Conditions.SelectMany(c => c.Flags).Concat(a.ContributingFlags).Select(f => f.RuleId);

    private static bool CountsUnknownAsPresent(RuleSet set) => set.Rules.SelectMany(r => Flatten(r.Criterion)).Any(c => c is FindingCriterion { UnknownCountsAsPresent: true });

    private static IEnumerable<Criterion> Flatten(Criterion c) => c.Children().SelectMany(Flatten).Prepend(c);
}
