using RedFlags.Rules;

namespace RedFlags.Tests.Catalogue;

public class DefaultCatalogueTests
{
    public static TheoryData<string> RuleIds() => new(DefaultCatalogue.RuleSet.Rules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_InTheCatalogue_CitesItsSourceWithAnEvidenceTag(string ruleId)
    {
        Assert.True(DefaultCatalogue.RuleSet.TryGetRule(ruleId, out var rule));
        Assert.NotEmpty(rule.Evidence);
        Assert.All(rule.Evidence, source =>
        {
            Assert.False(string.IsNullOrWhiteSpace(source.Citation));
            Assert.True(Enum.IsDefined(source.Tag));
        });
        Assert.False(string.IsNullOrWhiteSpace(rule.Recommendation.Basis));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_InTheCatalogue_IdNamesItsCondition(string ruleId)
    {
        Assert.True(DefaultCatalogue.RuleSet.TryGetRule(ruleId, out var rule));
        var prefix = rule.Condition switch
        {
            SuspectedCondition.Malignancy or SuspectedCondition.MetastaticSpinalCordCompression => "MAL-",
            SuspectedCondition.CaudaEquinaSyndrome => "CES-",
            SuspectedCondition.VertebralFracture => "FRX-",
            _ => "INF-",
        };
        Assert.StartsWith(prefix, ruleId, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_AllFiveConditions_HaveRules()
        => Assert.Equal(Enum.GetValues<SuspectedCondition>(), DefaultCatalogue.RuleSet.Rules.Select(r => r.Condition).Distinct().Order());

    [Fact]
    public void Catalogue_HasNoNegation_SoEveryRuleIsMonotone()
    {
        static bool HasNot(Criterion c) => c is NotCriterion || c.Children().Any(HasNot);
        Assert.DoesNotContain(DefaultCatalogue.RuleSet.Rules, rule => HasNot(rule.Criterion));
    }

    [Fact]
    public void Catalogue_FigureFromTheBrief_IsCarriedOverExactly()
    {
        Assert.True(DefaultCatalogue.RuleSet.TryGetRule("MAL-HISTORY-OF-CANCER", out var rule));
        var deyo = rule.Evidence[0];
        Assert.Equal(EvidenceTag.Computed, deyo.Tag);
        Assert.Equal(new Estimate(15.3, 6.4, 36.6), deyo.PositiveLikelihoodRatio);
        Assert.Equal(new Estimate(0.71, 0.49, 1.02), deyo.NegativeLikelihoodRatio);
    }

    [Fact]
    public void Catalogue_FiguresTheBriefLeavesUnverified_AreLeftEmpty()
    {
        // Brief §1.2: the Deyo combination's specificity (~0.60) is [U]; it must not be coded as a figure.
        Assert.True(DefaultCatalogue.RuleSet.TryGetRule("MAL-DEYO-COMBINATION", out var rule));
        Assert.All(rule.Evidence, source => Assert.Null(source.Specificity));
    }

    [Fact]
    public void Catalogue_EmergencyRules_CoverEveryEmergencyPathwayOfTheBrief()
    {
        var emergencies = DefaultCatalogue.RuleSet.Rules.Where(r => r.Recommendation.Urgency == Urgency.Emergency).Select(r => r.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "CES-SADDLE-SENSORY", "CES-BLADDER", "CES-BOWEL", "CES-SEXUAL", "MAL-MSCC-NEURO", "INF-RISK-COMBINATION", "INF-TRIAD", "FRX-HIGH-ENERGY-TRAUMA", "FRX-NEURO-DEFICIT" }, emergencies);
    }
}
