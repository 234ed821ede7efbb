using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RedFlags.Rules;
using RedFlags.Testing;

using RedFlags.Tests.Evaluation;

namespace RedFlags.Tests.PropertyBased;

/// <summary>Promises of the evaluator checked on generated presentations (1,000 cases each).</summary>
public class EvaluatorPropertyTests
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet);

    private static readonly RedFlagEvaluator s_reversed = new(RuleSet.Create(
        DefaultCatalogue.Id,
        DefaultCatalogue.Version,
        DefaultCatalogue.RuleSet.Rules.Reverse(),
        DefaultCatalogue.RuleSet.PreTestProbabilities.Reverse(),
        DefaultCatalogue.RuleSet.DefaultRecommendation));

    private static readonly Quantity[] s_monotoneQuantities =
    [
        Quantity.AgeYears, Quantity.PainDurationDays, Quantity.TemperatureCelsius, Quantity.EsrMillimetresPerHour,
        Quantity.PostVoidResidualMillilitres, Quantity.WeightLossKilograms, Quantity.CorticosteroidDurationDays,
    ];

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Assess_ValidPresentation_NeverThrowsAndAgreesWithAssessUrgency(ValidPresentation patient)
        => Assert.Equal(s_evaluator.Assess(patient.Value).Urgency, s_evaluator.AssessUrgency(patient.Value));

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Assess_SameInputShuffled_GivesAnEqualResult(ValidPresentation patient)
    {
        var p = patient.Value;
        var shuffled = p with { History = p.History with { Cancers = p.History.Cancers.Reverse().ToArray() } };
        var expected = s_evaluator.Assess(p);
        Assert.Equal(expected, s_evaluator.Assess(p));
        Assert.Equal(expected, s_evaluator.Assess(shuffled));
        Assert.Equal(expected, s_reversed.Assess(shuffled));
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Assess_UnknownOrAbsentFindingMadePresent_NeverLowersUrgencyOrRemovesAFlag(ValidPresentation patient, int pick)
    {
        var findings = PresentationExtensions.IndependentFindings;
        var finding = findings[(int)((uint)pick % (uint)findings.Count)];
        var before = s_evaluator.Assess(patient.Value);
        var changed = patient.Value.WithFinding(finding, Presence.Present);
        if (!PresentationValidator.Validate(changed).IsValid)
        {
            return; // e.g. corticosteroid use made present where a duration contradicts nothing: skip only invalid edits
        }

        var after = s_evaluator.Assess(changed);
        Assert.True(after.Urgency >= before.Urgency, $"{finding}: {before.Urgency} -> {after.Urgency}");
        Assert.Empty(Fired(before).Except(Fired(after)));
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Assess_LargerMonotoneNumber_NeverLowersUrgency(ValidPresentation patient, int pick, byte step)
    {
        var quantity = s_monotoneQuantities[(int)((uint)pick % (uint)s_monotoneQuantities.Length)];
        var p = patient.Value;
        var current = ReadQuantity(p, quantity);
        if (current is not double value)
        {
            return;
        }

        var (_, maximum) = Vocabulary.Range(quantity);
        var larger = Math.Min(maximum, value + 1 + step);
        var changed = p.WithQuantity(quantity, larger);
        if (!PresentationValidator.Validate(changed).IsValid)
        {
            return;
        }

        Assert.True(s_evaluator.AssessUrgency(changed) >= s_evaluator.AssessUrgency(p), $"{quantity} {value} -> {larger}");
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Assess_UnknownFindingWhoseAnswerWouldRaiseTheUrgency_IsAskedAsAQuestion(ValidPresentation patient)
    {
        var assessment = s_evaluator.Assess(patient.Value);
        var asked = assessment.Questions.Select(q => q.Name).ToHashSet();
        foreach (var finding in PresentationExtensions.IndependentFindings)
        {
            var name = Vocabulary.Name(finding);
            if (!IsUnknown(patient.Value, finding) || asked.Contains(name))
            {
                continue;
            }

            var answered = patient.Value.WithFinding(finding, Presence.Present);
            Assert.False(s_evaluator.AssessUrgency(answered) > assessment.Urgency, $"Answering {name} raises the urgency but it is not asked.");
        }
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Urgency_IsTheHighestFiredFlag_WhateverTheProbabilityEstimate(ValidPresentation patient)
    {
        var assessment = s_evaluator.Assess(patient.Value);
        var highest = assessment.Conditions.SelectMany(c => c.Flags).Select(f => f.Urgency).DefaultIfEmpty(Urgency.Routine).Max();
        Assert.Equal(highest, assessment.Urgency);
        if (assessment.Conditions.Any(c => c.Flags.Any(f => f.Urgency == Urgency.Emergency)))
        {
            Assert.Equal(Urgency.Emergency, assessment.Urgency);
            Assert.Equal(Urgency.Emergency, assessment.Recommendation.Urgency);
        }
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Assess_ValidPresentation_ListsAreInTheirDocumentedOrder(ValidPresentation patient)
    {
        var a = s_evaluator.Assess(patient.Value);
        Assert.Equal(a.Conditions.OrderBy(c => c.Condition), a.Conditions);
        Assert.Equal(a.Investigations.Order(), a.Investigations);
        Assert.All(a.Conditions, c => Assert.Equal(c.Flags.OrderByDescending(f => f.Urgency).ThenBy(f => f.ContributesOnly).ThenBy(f => PriorityOf(f.RuleId)).ThenBy(f => f.RuleId, StringComparer.Ordinal), c.Flags));
        Assert.Equal(ExpectedQuestionOrder.Sort(a.Questions), a.Questions);
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Validate_GeneratedValidPresentation_IsAccepted(ValidPresentation patient)
        => Assert.Empty(PresentationValidator.Validate(patient.Value).Errors);

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Validate_GeneratedInvalidPresentation_IsRejectedWithItsCode(InvalidPresentation patient)
    {
        Assert.Contains(patient.ExpectedCode, PresentationValidator.Validate(patient.Value).Errors.Select(e => e.Code));
        var thrown = Assert.Throws<RedFlagsValidationException>(() => s_evaluator.AssessUrgency(patient.Value));
        Assert.Contains(patient.ExpectedCode, thrown.Errors.Select(e => e.Code));
    }

    [Property(Arbitrary = [typeof(RedFlagsArbitraries)], MaxTest = 1000)]
    public void Equals_CopiedPresentation_IsEqualWithEqualHashCodes(ValidPresentation patient)
    {
        var p = patient.Value;
        var copy = p with { Pain = p.Pain with { }, History = p.History with { Cancers = p.History.Cancers.Select(c => c with { }).ToList() } };
        Assert.Equal(p, copy);
        Assert.Equal(p.GetHashCode(), copy.GetHashCode());
        var a = s_evaluator.Assess(p);
        Assert.Equal(a.GetHashCode(), s_evaluator.Assess(copy).GetHashCode());
    }

    [Property(MaxTest = 20)]
    public Property Assess_OnAllCores_GivesTheSequentialResults()
        => Prop.ForAll(
            Gen.ArrayOf(RedFlagsArbitraries.ValidPresentationGenerator(), 200).ToArbitrary(),
            patients =>
            {
                var sequential = patients.Select(s_evaluator.Assess).ToArray();
                var parallel = new Assessment[patients.Length];
                Parallel.For(0, patients.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => parallel[i] = s_evaluator.Assess(patients[i]));
                return sequential.SequenceEqual(parallel);
            });

    private static IEnumerable<string> Fired(Assessment a) => a.Conditions.SelectMany(c => c.Flags).Concat(a.ContributingFlags).Select(f => f.RuleId);

    private static int PriorityOf(string ruleId) => DefaultCatalogue.RuleSet.TryGetRule(ruleId, out var rule) ? rule.Priority : 0;

    private static bool IsUnknown(PatientPresentation p, Finding finding)
    {
        // Read through the evaluator's own questions: a finding is unknown when setting it absent or present changes the presentation.
        var absent = p.WithFinding(finding, Presence.Absent);
        var unknown = p.WithFinding(finding, Presence.Unknown);
        return unknown == p && absent != p;
    }

    private static double? ReadQuantity(PatientPresentation p, Quantity quantity) => quantity switch
    {
        Quantity.AgeYears => p.AgeYears,
        Quantity.PainDurationDays => p.Pain.DurationDays,
        Quantity.TemperatureCelsius => p.Systemic.TemperatureCelsius,
        Quantity.EsrMillimetresPerHour => p.Labs.EsrMillimetresPerHour,
        Quantity.PostVoidResidualMillilitres => p.Examination.PostVoidResidualMillilitres,
        Quantity.WeightLossKilograms => p.Systemic.WeightLossKilograms,
        Quantity.CorticosteroidDurationDays => p.History.CorticosteroidDurationDays,
        _ => null,
    };
}
