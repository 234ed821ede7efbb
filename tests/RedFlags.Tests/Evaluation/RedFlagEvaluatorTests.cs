using RedFlags.Rules;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Evaluation;

public class RedFlagEvaluatorTests
{
    [Fact]
    public void Assess_SparsePresentation_IsRoutineButAsksEveryEmergencyQuestion()
    {
        var a = Evaluator.Assess(new PatientPresentation { AssessmentDate = Today });

        Assert.Equal(Urgency.Routine, a.Urgency);
        var emergencyQuestions = a.Questions.Where(q => q.CouldRaiseUrgencyTo == Urgency.Emergency).Select(q => q.Name).ToArray();
        foreach (var name in new[] { "saddleNumbness", "urinaryRetention", "faecalIncontinence", "progressiveLegWeakness", "reducedAnalTone", "highEnergyTrauma", "postVoidResidualMillilitres" })
        {
            Assert.Contains(name, emergencyQuestions);
        }
    }

    [Fact]
    public void Assess_UnknownFinding_IsNeverReadAsAbsent()
    {
        // Unknown onset of saddle numbness must not lower the emergency: the rule counts it as recent.
        var a = Evaluator.Assess(Sparse().With(Finding.SaddleNumbness));
        Assert.Equal(Urgency.Emergency, a.Urgency);
        var fact = Assert.Single(a.Conditions.Single(c => c.Condition == SuspectedCondition.CaudaEquinaSyndrome).Flags.Single(f => f.RuleId == "CES-SADDLE-SENSORY").Facts, f => f.Name == "neurologicalSymptomsRecent");
        Assert.Equal("unknown (counted as present for safety)", fact.Observed);
    }

    [Fact]
    public void Assess_KnownLongStandingSaddleNumbness_IsNotACaudaEquinaEmergency()
        => Assert.DoesNotContain("CES-SADDLE-SENSORY", Evaluator.Assess(NothingFound().With(Finding.SaddleNumbness)).FiredRuleIds());

    [Fact]
    public void Assess_FamilyHistoryOfCancer_IsNeverAPersonalHistory()
    {
        var a = Evaluator.Assess(Sparse().With(Finding.FamilyHistoryOfCancer).With(Finding.PersonalHistoryOfCancer, Presence.Absent));
        Assert.DoesNotContain(a.FiredRuleIds(), id => id.StartsWith("MAL-HISTORY", StringComparison.Ordinal) || id.StartsWith("MAL-MSCC", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_NonMelanomaSkinCancerOnly_IsNotAHistoryOfCancer()
    {
        var p = NothingFound();
        p = p with { History = p.History with { Cancers = [new CancerHistory { PrimarySite = CancerSite.NonMelanomaSkin }] } };
        Assert.DoesNotContain("MAL-HISTORY-OF-CANCER", Evaluator.Assess(p).FiredRuleIds());
    }

    [Fact]
    public void Assess_FiredFlag_NamesTheFactsThatFiredIt()
    {
        var a = Evaluator.Assess(NothingFound().With(Quantity.AgeYears, 72).With(Finding.PersonalHistoryOfCancer, Presence.Present).With(Finding.PainWorseOnStraining));
        var flag = a.Conditions.SelectMany(c => c.Flags).Single(f => f.RuleId == "MAL-MSCC-PAIN");
        Assert.Equal(
            ["personalHistoryOfCancer: present", "painWorseOnStraining: present"],
            flag.Facts.Select(f => $"{f.Name}: {f.Observed}"));
        var age = a.Conditions.SelectMany(c => c.Flags).Single(f => f.RuleId == "MAL-AGE-50").Facts.Single();
        Assert.Equal(("72 years", ">= 50 years"), (age.Observed, age.Test));
    }

    [Fact]
    public void Assess_NotCriterionFired_NamesTheAbsentFactsAsItsReason()
    {
        var rule = new RedFlagRule
        {
            Id = "TEST-NO-TRAUMA-OLDER",
            Condition = SuspectedCondition.VertebralFracture,
            Title = "Older without trauma",
            ClinicianText = "Test rule.",
            PatientText = "Test rule.",
            Criterion = Criterion.AllOf(Criterion.AtLeast(Quantity.AgeYears, 80), Criterion.Not(Criterion.Present(Finding.HighEnergyTrauma))),
            Recommendation = DefaultCatalogue.RuleSet.DefaultRecommendation,
            Evidence = [new EvidenceSource { Citation = "Test", Tag = EvidenceTag.Design }],
        };
        var set = RuleSet.Create("test", "1.0.0", [rule], [], DefaultCatalogue.RuleSet.DefaultRecommendation);
        var flag = new RedFlagEvaluator(set).Assess(NothingFound().With(Quantity.AgeYears, 85)).Conditions.Single().Flags.Single();
        Assert.Equal(["ageYears: 85 years", "highEnergyTrauma: absent"], flag.Facts.Select(f => $"{f.Name}: {f.Observed}"));
    }

    [Fact]
    public void Assess_HistoryOfCancerInPrimaryCare_EstimatesPostTestProbabilityOnTheOddsScale()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.PersonalHistoryOfCancer, Presence.Present));
        var estimate = a.Conditions.Single(c => c.Condition == SuspectedCondition.Malignancy).Probability;

        // Brief §6.2 worked example: prior 0.3%, LR+ 15.3 -> 4.4%.
        Assert.Equal(15.3, estimate.LikelihoodRatio);
        Assert.Equal("MAL-HISTORY-OF-CANCER", estimate.LikelihoodRatioRuleId);
        Assert.Equal(0.044, estimate.PostTestLow!.Value, 3);
        Assert.Equal(ProbabilityEstimate.MethodText, estimate.Method);
        Assert.Contains("never lowers the urgency", estimate.Caveat, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_RangePrior_GivesARangeEstimate()
    {
        var p = NothingFound().With(Quantity.CorticosteroidDurationDays, 100) with { CareSetting = CareSetting.PrimaryCare };
        var estimate = Evaluator.Assess(p).Conditions.Single(c => c.Condition == SuspectedCondition.VertebralFracture).Probability;

        // Brief §6.2 fracture example: corticosteroids (LR+ 48.5) at prior 0.7% -> 25.5%, at 4.5% -> 69.6%.
        Assert.Equal(0.255, estimate.PostTestLow!.Value, 3);
        Assert.Equal(0.696, estimate.PostTestHigh!.Value, 3);
    }

    [Fact]
    public void Assess_UnspecifiedSetting_GivesNoNumberAndSaysWhy()
    {
        var p = NothingFound().With(Finding.PersonalHistoryOfCancer, Presence.Present) with { CareSetting = CareSetting.Unspecified };
        var estimate = Evaluator.Assess(p).Conditions.Single(c => c.Condition == SuspectedCondition.Malignancy).Probability;
        Assert.Null(estimate.PostTestLow);
        Assert.Contains("No care setting", estimate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_EmergencyWithLowProbabilityEstimate_StaysAnEmergency()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.PersonalHistoryOfCancer, Presence.Present).With(Finding.GaitDisturbance));
        Assert.Equal(Urgency.Emergency, a.Urgency);
        Assert.True(a.Conditions.Single(c => c.Condition == SuspectedCondition.Malignancy).Probability.PostTestHigh < 0.05);
    }

    [Fact]
    public void Assess_QuestionsToAsk_IncludeUnknownsThatCouldRaiseTheUrgency()
    {
        var p = Sparse().With(Finding.PersonalHistoryOfCancer);
        var a = Evaluator.Assess(p);
        Assert.Equal(Urgency.Soon, a.Urgency);
        var gait = Assert.Single(a.Questions, q => q.Name == "gaitDisturbance");
        Assert.Equal(Urgency.Emergency, gait.CouldRaiseUrgencyTo);
        Assert.Contains("MAL-MSCC-NEURO", gait.RuleIds);
        Assert.DoesNotContain(a.Questions, q => q.CouldRaiseUrgencyTo <= a.Urgency);
    }

    [Fact]
    public void Assess_Questions_AreSortedByUrgencyThenReachThenClinicalOrder()
    {
        var questions = Evaluator.Assess(Sparse()).Questions;
        Assert.Equal(ExpectedQuestionOrder.Sort(questions), questions);
    }

    [Fact]
    public void Assess_EmptyPresentation_AsksCaudaEquinaAndCordSymptomsFirstAndAgeAndSexLast()
    {
        var names = Evaluator.Assess(Sparse(null) with { Sex = Sex.Unknown }).Questions.Select(q => q.Name).ToList();
        Assert.Equal(["saddleNumbness", "urinaryRetention", "faecalIncontinence"], names[..3]);
        Assert.Equal(["ageYears", "female"], names[^2..]);
    }

    [Fact]
    public void Assess_UnknownAgeAndSex_AreRecordItemsAndLaboratoryFindingsAreTests()
    {
        var questions = Evaluator.Assess(Sparse(null) with { Sex = Sex.Unknown }).Questions.ToDictionary(q => q.Name);
        Assert.Equal(QuestionAction.Record, questions["ageYears"].Action);
        Assert.Equal(QuestionAction.Record, questions["female"].Action);
        Assert.Equal(QuestionAction.RequestTest, questions["hypercalcaemia"].Action);
        Assert.Equal(QuestionAction.Examine, questions["reducedAnalTone"].Action);
        Assert.Equal(QuestionAction.Ask, questions["saddleNumbness"].Action);
    }

    [Fact]
    public void Assess_SamePresentationTwice_GivesEqualAssessments()
    {
        var p = Sparse(71).With(Finding.PersonalHistoryOfCancer, Finding.NightPain, Finding.Fever);
        Assert.Equal(Evaluator.Assess(p), Evaluator.Assess(p));
        Assert.Equal(Evaluator.Assess(p).GetHashCode(), Evaluator.Assess(p).GetHashCode());
    }

    [Fact]
    public void Assess_RuleSetBuiltFromShuffledRules_GivesTheSameFingerprintAndAssessment()
    {
        var set = DefaultCatalogue.RuleSet;
        var shuffled = RuleSet.Create(set.Id, set.Version, set.Rules.Reverse(), set.PreTestProbabilities.Reverse(), set.DefaultRecommendation);
        var p = Sparse(66).With(Finding.UnexplainedWeightLoss, Finding.ThoracicPain);
        Assert.Equal(set.Fingerprint, shuffled.Fingerprint);
        Assert.Equal(Evaluator.Assess(p), new RedFlagEvaluator(shuffled).Assess(p));
    }

    [Fact]
    public void Assess_AnyPresentation_ReportsTheRuleSetIdentity()
    {
        var reference = Evaluator.Assess(Sparse()).RuleSet;
        Assert.Equal((DefaultCatalogue.Id, DefaultCatalogue.Version, DefaultCatalogue.RuleSet.Fingerprint), (reference.Id, reference.Version, reference.Fingerprint));
        Assert.Matches("^[0-9a-f]{64}$", reference.Fingerprint);
    }

    [Fact]
    public void Assess_InvalidValueSetWithWith_ThrowsListingEveryProblem()
    {
        var p = Sparse() with { AgeYears = 150, Systemic = new SystemicFeatures { TemperatureCelsius = 102 } };
        var ex = Assert.Throws<RedFlagsValidationException>(() => Evaluator.Assess(p));
        Assert.Equal([ErrorCodes.AgeOutOfRange, ErrorCodes.TemperatureOutOfRange], ex.Errors.Select(e => e.Code));
        Assert.Throws<RedFlagsValidationException>(() => Evaluator.AssessUrgency(p));
    }

    [Fact]
    public void Assess_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Evaluator.Assess(null!));

    [Fact]
    public void AssessUrgency_SamePresentation_AgreesWithAssess()
    {
        foreach (var p in Scenarios())
        {
            Assert.Equal(Evaluator.Assess(p).Urgency, Evaluator.AssessUrgency(p));
        }
    }

    [Fact]
    public void AssessUrgency_ValidPresentation_AllocatesNothing() => Assert.Equal(0, AllocatedByASecondPass(Evaluator));

    /// <summary>What <see cref="RedFlagEvaluator.AssessUrgency"/> allocates over the scenarios once they have all been
    /// assessed once (so that compilation and pools are warm).</summary>
    private static long AllocatedByASecondPass(RedFlagEvaluator evaluator)
    {
        var scenarios = Scenarios().ToArray();
        foreach (var p in scenarios)
        {
            evaluator.AssessUrgency(p);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var p in scenarios)
        {
            evaluator.AssessUrgency(p);
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Theory]
    [InlineData(EvaluationMode.Interpreted)]
    [InlineData(EvaluationMode.Compiled)]
    public void AssessUrgency_LargeRuleSetWithPooledNodeTruths_AllocatesNothing(EvaluationMode mode)
    {
        // More than 2,048 nodes (interpreted truths leave the stack for a pooled array) and more than one compiled
        // chunk (the urgency form needs an array): the array goes back to the pool, so the next call allocates nothing.
        Assert.Equal(0, AllocatedByASecondPass(new RedFlagEvaluator(EngineEquivalenceTests.LargeRuleSet(), mode)));
    }

    [Fact]
    public void Assess_InParallel_GivesTheSequentialResults()
    {
        var scenarios = Enumerable.Range(0, 40).SelectMany(_ => Scenarios()).ToArray();
        var sequential = scenarios.Select(Evaluator.Assess).ToArray();
        var parallel = new Assessment[scenarios.Length];
        Parallel.For(0, scenarios.Length, i => parallel[i] = Evaluator.Assess(scenarios[i]));
        Assert.Equal(sequential, parallel);
    }

    private static IEnumerable<PatientPresentation> Scenarios()
    {
        yield return Sparse();
        yield return NothingFound();
        yield return Sparse(72).With(Finding.PersonalHistoryOfCancer, Finding.NightPain);
        yield return Sparse(30).With(Finding.SaddleNumbness);
        yield return Sparse(55).With(Finding.Fever, Finding.InjectingDrugUse);
        yield return NothingFound().With(Quantity.CorticosteroidDurationDays, 200).With(Finding.Female);
        var withCancers = Sparse(64);
        yield return withCancers with { History = withCancers.History with { Cancers = [new CancerHistory { PrimarySite = CancerSite.Breast }, new CancerHistory { PrimarySite = CancerSite.NonMelanomaSkin }] } };
        yield return new PatientPresentation { AssessmentDate = Today, DateOfBirth = new CalendarDate(1950, 2, 28), Pain = new PainFeatures { OnsetDate = new CalendarDate(2026, 9, 1) } };
    }
}
