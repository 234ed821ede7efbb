using RedFlags.Rules;

namespace RedFlags.Tests.Support;

/// <summary>Rules for tests that build their own rule sets: only the id, criterion, urgency and condition matter.</summary>
internal static class TestRules
{
    public static RedFlagRule Rule(string id, Criterion criterion, Urgency urgency = Urgency.Routine, SuspectedCondition condition = SuspectedCondition.SpinalInfection) => new()
    {
        Id = id,
        Condition = condition,
        Title = "Test rule",
        ClinicianText = "Test rule.",
        PatientText = "Test rule.",
        Criterion = criterion,
        Recommendation = DefaultCatalogue.RuleSet.DefaultRecommendation with { Urgency = urgency },
        Evidence = [new EvidenceSource { Citation = "Test", Tag = EvidenceTag.Design }],
    };
}
