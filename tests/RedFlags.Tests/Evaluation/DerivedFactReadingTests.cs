using RedFlags.Tests.Support;
using RedFlags.Rules;
using RedFlags.Testing;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Evaluation;

/// <summary>
/// Findings derived from the cancer list, and every number, read the same way by each of the evaluator's three paths:
/// the full assessment, the urgency program (rule sets without negation) and the interpreted urgency (rule sets with
/// negation, which the program cannot take).
/// </summary>
public class DerivedFactReadingTests
{
    private const string ReadingRule = "READ-RULE";

    // A routine rule with negation: it cannot raise the urgency, but it sends AssessUrgency down the interpreted path.
    private static readonly RedFlagRule s_negation = Rule("NEGATION", Criterion.Not(Criterion.Present(Finding.Male)), Urgency.Routine);

    private static CancerHistory Cancer(CancerSite site, Presence metastatic = Presence.Unknown) => new() { PrimarySite = site, Metastatic = metastatic };

    // History recorded, cancers listed, then the expected personal history, high-risk primary and metastatic cancer,
    // worked out from the documented meaning (see FactReader): a property no listed cancer has is absent when every
    // counted cancer (not non-melanoma skin) rules it out, and unknown when there is no counted cancer or one leaves it open.
    public static TheoryData<Presence, CancerHistory[], Presence, Presence, Presence> CancerCases() => new()
    {
        { Presence.Unknown, [], Presence.Unknown, Presence.Unknown, Presence.Unknown },
        { Presence.Absent, [], Presence.Absent, Presence.Absent, Presence.Absent },
        { Presence.Present, [], Presence.Present, Presence.Unknown, Presence.Unknown },
        { Presence.Unknown, [Cancer(CancerSite.NonMelanomaSkin)], Presence.Unknown, Presence.Unknown, Presence.Unknown },
        { Presence.Absent, [Cancer(CancerSite.NonMelanomaSkin, Presence.Absent)], Presence.Absent, Presence.Absent, Presence.Absent },
        { Presence.Present, [Cancer(CancerSite.NonMelanomaSkin, Presence.Absent)], Presence.Present, Presence.Unknown, Presence.Unknown },
        { Presence.Unknown, [Cancer(CancerSite.Colorectal, Presence.Absent)], Presence.Present, Presence.Absent, Presence.Absent },
        { Presence.Present, [Cancer(CancerSite.Colorectal, Presence.Absent), Cancer(CancerSite.Unknown, Presence.Absent)], Presence.Present, Presence.Unknown, Presence.Absent },
        { Presence.Present, [Cancer(CancerSite.Colorectal, Presence.Unknown)], Presence.Present, Presence.Absent, Presence.Unknown },
        { Presence.Present, [Cancer(CancerSite.Colorectal, Presence.Absent), Cancer(CancerSite.Other, Presence.Unknown)], Presence.Present, Presence.Absent, Presence.Unknown },
        { Presence.Present, [Cancer(CancerSite.NonMelanomaSkin, Presence.Unknown), Cancer(CancerSite.Colorectal, Presence.Absent)], Presence.Present, Presence.Absent, Presence.Absent },
        { Presence.Present, [Cancer(CancerSite.Colorectal, Presence.Absent), Cancer(CancerSite.Breast, Presence.Absent)], Presence.Present, Presence.Present, Presence.Absent },
        { Presence.Unknown, [Cancer(CancerSite.Other, Presence.Present)], Presence.Present, Presence.Absent, Presence.Present },
        { Presence.Unknown, [Cancer(CancerSite.NonMelanomaSkin, Presence.Present)], Presence.Unknown, Presence.Unknown, Presence.Present },
        { Presence.Unknown, [Cancer(CancerSite.Myeloma, Presence.Absent)], Presence.Present, Presence.Present, Presence.Absent },
    };

    [Theory]
    [MemberData(nameof(CancerCases))]
    public void CancerFindings_DerivedFromHistoryAndList_AreReadAlikeByEveryPath(
        Presence history, CancerHistory[] cancers, Presence personal, Presence highRisk, Presence metastatic)
    {
        var p = Sparse() with { History = new MedicalHistory { PersonalHistoryOfCancer = history, Cancers = cancers } };
        Assert.True(PresentationValidator.Validate(p).IsValid);
        Assert.Equal([personal, personal, personal], ReadEveryWay(p, Finding.PersonalHistoryOfCancer));
        Assert.Equal([highRisk, highRisk, highRisk], ReadEveryWay(p, Finding.HighRiskPrimaryCancer));
        Assert.Equal([metastatic, metastatic, metastatic], ReadEveryWay(p, Finding.MetastaticCancer));
    }

    [Fact]
    public void EveryQuantity_KnownOrUnknown_IsReadAlikeByEveryPath()
    {
        foreach (var quantity in Vocabulary.AllQuantities)
        {
            var (minimum, _) = Vocabulary.Range(quantity);
            var criterion = Criterion.AtLeast(quantity, minimum);
            Assert.Equal([true, true, true], FiresEveryWay(Sparse(null).WithQuantity(quantity, minimum), criterion));
            Assert.Equal([false, false, false], FiresEveryWay(Sparse(null).WithQuantity(quantity, null), criterion));
        }
    }

    [Fact]
    public void CorticosteroidDuration_WithUseKnownAbsent_IsZeroOnEveryPath()
    {
        var noUse = Sparse() with { History = new MedicalHistory { CorticosteroidUse = Presence.Absent } };
        var unknownUse = Sparse() with { History = new MedicalHistory { CorticosteroidUse = Presence.Unknown } };
        Assert.Equal([true, true, true], FiresEveryWay(noUse, Criterion.AtMost(Quantity.CorticosteroidDurationDays, 0)));
        Assert.Equal([false, false, false], FiresEveryWay(noUse, Criterion.GreaterThan(Quantity.CorticosteroidDurationDays, 0)));
        Assert.Equal([false, false, false], FiresEveryWay(unknownUse, Criterion.AtMost(Quantity.CorticosteroidDurationDays, 0)));
    }

    // The reading of a finding by the full assessment, the urgency program and the interpreted urgency.
    private static Presence[] ReadEveryWay(PatientPresentation p, Finding finding)
    {
        var present = FiresEveryWay(p, Criterion.Present(finding));
        var presentOrUnknown = FiresEveryWay(p, Criterion.PresentOrUnknown(finding));
        return present.Zip(presentOrUnknown, (isPresent, maybe) => isPresent ? Presence.Present : maybe ? Presence.Unknown : Presence.Absent).ToArray();
    }

    private static bool[] FiresEveryWay(PatientPresentation p, Criterion criterion)
    {
        var rule = Rule(ReadingRule, criterion, Urgency.Urgent);
        var plain = new RedFlagEvaluator(RuleSet.Create("read", "1.0.0", [rule], [], DefaultCatalogue.RuleSet.DefaultRecommendation));
        var negated = new RedFlagEvaluator(RuleSet.Create("read", "1.0.0", [rule, s_negation], [], DefaultCatalogue.RuleSet.DefaultRecommendation));
        return
        [
            plain.Assess(p).FiredRuleIds().Contains(ReadingRule),
            plain.AssessUrgency(p) == Urgency.Urgent,
            negated.AssessUrgency(p) == Urgency.Urgent,
        ];
    }

    private static RedFlagRule Rule(string id, Criterion criterion, Urgency urgency) => TestRules.Rule(id, criterion, urgency, SuspectedCondition.Malignancy);
}
