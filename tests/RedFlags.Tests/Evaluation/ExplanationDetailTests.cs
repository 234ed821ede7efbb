using RedFlags.Evaluation;
using RedFlags.Rules;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// Details of the explanation with small rule sets built in each test (so that the plan is compiled inside the test):
/// triggering facts, advice, likelihood-ratio and pre-test sources.
/// </summary>
public class ExplanationDetailTests
{
    private static readonly EvidenceSource s_noRatio = new() { Citation = "Design note", Tag = EvidenceTag.Design };

    [Fact]
    public void Assess_OneFiredFlag_GivesItsPatientAdviceOnce()
    {
        var evaluator = Evaluator(Rule("R-ONE", Criterion.Present(Finding.Fever), Urgency.Urgent));
        var advice = evaluator.Assess(Sparse().With(Finding.Fever)).PatientAdvice;
        Assert.Equal(DefaultCatalogue.RuleSet.DefaultRecommendation.PatientAdvice, advice[0]);
        Assert.Single(advice, a => a == DefaultCatalogue.RuleSet.DefaultRecommendation.PatientAdvice);
    }

    [Fact]
    public void Assess_FactRepeatedInACriterion_IsListedOnce()
    {
        var evaluator = Evaluator(Rule(
            "R-REPEAT",
            Criterion.AllOf(
                Criterion.Present(Finding.Fever),
                Criterion.AtLeast(Quantity.EsrMillimetresPerHour, 20),
                Criterion.AnyOf(Criterion.Present(Finding.Fever), Criterion.AtLeast(Quantity.EsrMillimetresPerHour, 20), Criterion.Present(Finding.NightPain))),
            Urgency.Urgent));
        var p = Sparse().With(Finding.Fever, Finding.NightPain).With(Quantity.EsrMillimetresPerHour, 25);
        var facts = evaluator.Assess(p).Conditions.Single().Flags.Single().Facts;
        Assert.Equal(["fever", "esrMillimetresPerHour", "nightPain"], facts.Select(f => f.Name));
    }

    [Fact]
    public void Assess_NegatedGroup_ListsTheFactsThatMakeTheGroupFalse()
    {
        var notBoth = Evaluator(Rule("R-NOT", Criterion.Not(Criterion.AllOf(Criterion.Present(Finding.Fever), Criterion.Present(Finding.NightPain))), Urgency.Urgent));
        var p = Sparse().With(Finding.Fever, Presence.Absent).With(Finding.NightPain);
        var fact = Assert.Single(notBoth.Assess(p).Conditions.Single().Flags.Single().Facts);
        Assert.Equal(("fever", "absent"), (fact.Name, fact.Observed));

        var notNotEither = Evaluator(Rule("R-NOT-NOT", Criterion.Not(Criterion.Not(Criterion.AnyOf(Criterion.Present(Finding.Fever), Criterion.Present(Finding.NightPain)))), Urgency.Urgent));
        var q = Sparse().With(Finding.Fever).With(Finding.NightPain, Presence.Absent);
        fact = Assert.Single(notNotEither.Assess(q).Conditions.Single().Flags.Single().Facts);
        Assert.Equal(("fever", "present"), (fact.Name, fact.Observed));
    }

    [Fact]
    public void Assess_TriggeringFacts_ShowTheTestAndTheObservedValue()
    {
        var evaluator = Evaluator(Rule(
            "R-FACTS",
            Criterion.AllOf(
                Criterion.PresentOrUnknown(Finding.SaddleNumbness),
                Criterion.Present(Finding.Fever),
                Criterion.LessThan(Quantity.CrpMilligramsPerLitre, 1000),
                Criterion.AtMost(Quantity.PainDurationDays, 36_500),
                Criterion.GreaterThan(Quantity.TemperatureCelsius, 37.25)),
            Urgency.Urgent));
        var p = Sparse().With(Finding.Fever).With(Quantity.CrpMilligramsPerLitre, 0).With(Quantity.PainDurationDays, 36_500).With(Quantity.TemperatureCelsius, 37.5);
        var facts = evaluator.Assess(p).Conditions.Single().Flags.Single().Facts;
        Assert.Equal(
            [
                ("saddleNumbness", "present or unknown", "unknown (counted as present for safety)"),
                ("fever", "present", "present"),
                ("crpMilligramsPerLitre", "< 1000 mg/L", "0 mg/L"),
                ("painDurationDays", "<= 36500 days", "36500 days"),
                ("temperatureCelsius", "> 37.25 °C", "37.5 °C"),
            ],
            facts.Select(f => (f.Name, f.Test, f.Observed)));
    }

    // The plan builds the flags that one finding alone fires once and shares them: each must still be its own rule's
    // flag with the fact as observed, also when the finding is reached through another rule.
    [Fact]
    public void Assess_FlagFiredByOneFinding_IsItsOwnRulesFlagWithTheFactAsObserved()
    {
        var evaluator = Evaluator(
            Rule("R-ALONE", Criterion.PresentOrUnknown(Finding.Fever), Urgency.Urgent),
            Rule("R-EITHER", Criterion.AnyOf(Criterion.Present(Finding.NightPain), Criterion.Present(Finding.Fever)), Urgency.Urgent),
            Rule("R-BY-REFERENCE", Criterion.AnyOf(Criterion.Flag("R-ALONE"), Criterion.Present(Finding.ConstantUnremittingPain)), Urgency.Urgent));

        (string RuleId, string Criterion, string Facts)[] FlagsOf(PatientPresentation p) =>
            evaluator.Assess(p).Conditions.Single().Flags
                .Select(f => (f.RuleId, f.Criterion, string.Join("; ", f.Facts.Select(x => $"{x.Name} {x.Test}: {x.Observed}"))))
                .OrderBy(f => f.RuleId, StringComparer.Ordinal)
                .ToArray();

        Assert.Equal(
            [
                ("R-ALONE", "fever (present or unknown)", "fever present or unknown: unknown (counted as present for safety)"),
                ("R-BY-REFERENCE", "any of (flag R-ALONE; constantUnremittingPain)", "fever present or unknown: unknown (counted as present for safety)"),
            ],
            FlagsOf(Sparse().With(Finding.NightPain, Presence.Absent).With(Finding.ConstantUnremittingPain, Presence.Absent)));
        Assert.Equal(
            [
                ("R-ALONE", "fever (present or unknown)", "fever present or unknown: present"),
                ("R-BY-REFERENCE", "any of (flag R-ALONE; constantUnremittingPain)", "fever present or unknown: present"),
                ("R-EITHER", "any of (nightPain; fever)", "fever present: present"),
            ],
            FlagsOf(Sparse().With(Finding.Fever).With(Finding.NightPain, Presence.Absent).With(Finding.ConstantUnremittingPain, Presence.Absent)));
    }

    [Fact]
    public void Assess_LikelihoodRatio_IsTheStrongestAndOnATieTheFirstListedFlags()
    {
        var evaluator = Evaluator(
            Rule("A-WEAK", Criterion.Present(Finding.Fever), Urgency.Urgent, priority: 1, Ratio("Weak study", 3)),
            Rule("B-STRONG", Criterion.Present(Finding.NightPain), Urgency.Urgent, priority: 2, Ratio("Strong study", 7)),
            Rule("C-TIE", Criterion.Present(Finding.NightSweats), Urgency.Urgent, priority: 3, Ratio("Strong too", 7)));
        var strongest = evaluator.Assess(Sparse().With(Finding.Fever, Finding.NightPain, Finding.NightSweats)).Conditions.Single().Probability;
        Assert.Equal((7.0, "B-STRONG", "Strong study [V]"), (strongest.LikelihoodRatio!.Value, strongest.LikelihoodRatioRuleId, strongest.LikelihoodRatioSource));

        var weakest = evaluator.Assess(Sparse().With(Finding.Fever)).Conditions.Single().Probability;
        Assert.Equal((3.0, "A-WEAK"), (weakest.LikelihoodRatio!.Value, weakest.LikelihoodRatioRuleId));
    }

    [Fact]
    public void Assess_LikelihoodRatioSource_IsTheRulesFirstSourceWithARatioCitedWithTagAndStudySetting()
    {
        EvidenceSource Source(string citation, EvidenceTag tag, double ratio, string? setting = null)
            => new() { Citation = citation, Tag = tag, PositiveLikelihoodRatio = new Estimate(ratio), StudySetting = setting };
        (EvidenceSource[] Evidence, double Ratio, string Text)[] cases =
        [
            ([s_noRatio, Source("First", EvidenceTag.Verified, 2, "primary care cohort"), Source("Second", EvidenceTag.Computed, 9)], 2, "First [V]; study setting: primary care cohort"),
            ([Source("Computed", EvidenceTag.Computed, 4)], 4, "Computed [C]"),
            ([Source("Secondary", EvidenceTag.Secondary, 4)], 4, "Secondary [S]"),
            ([Source("Unverified", EvidenceTag.Unverified, 4)], 4, "Unverified [U]"),
            ([Source("Design", EvidenceTag.Design, 4)], 4, "Design [design]"),
        ];
        foreach (var (evidence, ratio, text) in cases)
        {
            var evaluator = Evaluator(Rule("R-SOURCE", Criterion.Present(Finding.Fever), Urgency.Urgent, 1, evidence));
            var probability = evaluator.Assess(Sparse().With(Finding.Fever)).Conditions.Single().Probability;
            Assert.Equal((ratio, text), (probability.LikelihoodRatio!.Value, probability.LikelihoodRatioSource));
        }
    }

    [Fact]
    public void Assess_PreTestProbability_IsTheOneForTheConditionAndSettingCitedWithItsTag()
    {
        PreTestProbability[] priors =
        [
            new() { Condition = SuspectedCondition.SpinalInfection, Setting = CareSetting.PrimaryCare, Low = 0.01, High = 0.02, Citation = "Infection prior", Tag = EvidenceTag.Verified },
            new() { Condition = SuspectedCondition.Malignancy, Setting = CareSetting.PrimaryCare, Low = 0.001, High = 0.005, Citation = "Malignancy prior", Tag = EvidenceTag.Computed },
            new() { Condition = SuspectedCondition.Malignancy, Setting = CareSetting.Oncology, Low = 0.1, High = 0.2, Citation = "Oncology prior", Tag = EvidenceTag.Secondary },
        ];
        var ruleSet = RuleSet.Create(
            "priors",
            "1.0.0",
            [
                Rule("M-RULE", Criterion.Present(Finding.Fever), Urgency.Urgent, 1, [s_noRatio]) with { Condition = SuspectedCondition.Malignancy },
                Rule("I-RULE", Criterion.Present(Finding.Fever), Urgency.Urgent, 1, [s_noRatio]) with { Condition = SuspectedCondition.SpinalInfection },
            ],
            priors,
            DefaultCatalogue.RuleSet.DefaultRecommendation);
        var evaluator = new RedFlagEvaluator(ruleSet);

        var conditions = evaluator.Assess(Sparse().With(Finding.Fever)).Conditions.ToDictionary(c => c.Condition, c => c.Probability);
        Assert.Equal((0.001, 0.005, "Malignancy prior [C]"), (conditions[SuspectedCondition.Malignancy].PreTestLow!.Value, conditions[SuspectedCondition.Malignancy].PreTestHigh!.Value, conditions[SuspectedCondition.Malignancy].PreTestSource));
        Assert.Equal((0.01, 0.02, "Infection prior [V]"), (conditions[SuspectedCondition.SpinalInfection].PreTestLow!.Value, conditions[SuspectedCondition.SpinalInfection].PreTestHigh!.Value, conditions[SuspectedCondition.SpinalInfection].PreTestSource));

        var oncology = evaluator.Assess(Sparse().With(Finding.Fever) with { CareSetting = CareSetting.Oncology }).Conditions.Single(c => c.Condition == SuspectedCondition.Malignancy).Probability;
        Assert.Equal("Oncology prior [S]", oncology.PreTestSource);
    }

    [Theory]
    [InlineData(CareSetting.Unspecified, true, "No care setting was given, so no pre-test probability applies.")]
    [InlineData(CareSetting.Unspecified, false, "No care setting was given, so no pre-test probability applies. None of the fired flags has a published positive likelihood ratio in the evidence brief.")]
    [InlineData(CareSetting.PrimaryCare, true, null)]
    [InlineData(CareSetting.PrimaryCare, false, "None of the fired flags has a published positive likelihood ratio in the evidence brief.")]
    [InlineData(CareSetting.EmergencyDepartment, true, "The evidence brief gives no pre-test probability for this condition in the emergency department.")]
    [InlineData(CareSetting.EmergencyDepartment, false, "The evidence brief gives no pre-test probability for this condition in the emergency department. None of the fired flags has a published positive likelihood ratio in the evidence brief.")]
    public void Assess_ProbabilityNote_SaysWhichOfSettingPriorAndRatioIsMissing(CareSetting setting, bool withRatio, string? note)
    {
        // A prior for primary care only; the rule set is built in the test, so its estimates are built in the test too.
        var ruleSet = RuleSet.Create(
            "notes",
            "1.0.0",
            [Rule("N-RULE", Criterion.Present(Finding.Fever), Urgency.Urgent, 1, withRatio ? Ratio("Study", 4) : s_noRatio)],
            [new() { Condition = SuspectedCondition.Malignancy, Setting = CareSetting.PrimaryCare, Low = 0.01, High = 0.02, Citation = "Prior", Tag = EvidenceTag.Verified }],
            DefaultCatalogue.RuleSet.DefaultRecommendation);

        var probability = new RedFlagEvaluator(ruleSet).Assess(Sparse().With(Finding.Fever) with { CareSetting = setting }).Conditions.Single().Probability;

        Assert.Equal(note, probability.Note);
        Assert.Equal(withRatio && setting == CareSetting.PrimaryCare, probability.PostTestLow is not null);
    }

    [Theory]
    [InlineData(0.0, 4.0, 0.0)]
    [InlineData(-0.5, 4.0, 0.0)]
    [InlineData(1.0, 4.0, 1.0)]
    [InlineData(1.5, 4.0, 1.0)]
    [InlineData(0.5, 3.0, 0.75)]
    [InlineData(0.2, 2.0, 1.0 / 3.0)]
    public void PostTest_ProbabilityAndLikelihoodRatio_ClampsCertaintyAndOtherwiseMultipliesTheOdds(double probability, double likelihoodRatio, double expected)
        => Assert.Equal(expected, ProbabilityEstimates.PostTest(probability, likelihoodRatio), 12);

    private static EvidenceSource Ratio(string citation, double ratio) => new() { Citation = citation, Tag = EvidenceTag.Verified, PositiveLikelihoodRatio = new Estimate(ratio) };

    private static RedFlagEvaluator Evaluator(params RedFlagRule[] rules)
        => new(RuleSet.Create("details", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation));

    private static RedFlagRule Rule(string id, Criterion criterion, Urgency urgency, int priority = 1, params EvidenceSource[] evidence)
        => TestRules.Rule(id, criterion, urgency, SuspectedCondition.Malignancy) with
        {
            Evidence = evidence.Length == 0 ? [s_noRatio] : evidence,
            Priority = priority,
        };
}
