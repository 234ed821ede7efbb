using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Catalogue;

/// <summary>Issue #18 item 9: among equally urgent cauda equina flags the most specific decides (brief §9.2: altered
/// saddle sensation LR+ about 1.8, bladder disturbance about 1.1).</summary>
public class CaudaEquinaOrderingTests
{
    [Fact]
    public void Assess_NewSaddleNumbnessAndBladderRetention_SaddleSensoryDecides()
    {
        var a = Evaluator.Assess(NothingFound().With(Finding.SaddleNumbness, Finding.UrinaryRetention, Finding.NeurologicalSymptomsRecent));

        Assert.Equal(Urgency.Emergency, a.Urgency);
        Assert.Equal("CES-SADDLE-SENSORY", a.DecidingRuleId);
    }

    [Fact]
    public void Assess_NewBladderRetentionAlone_BladderDecides()
        => Assert.Equal("CES-BLADDER", Evaluator.Assess(NothingFound().With(Finding.UrinaryRetention, Finding.NeurologicalSymptomsRecent)).DecidingRuleId);
}
