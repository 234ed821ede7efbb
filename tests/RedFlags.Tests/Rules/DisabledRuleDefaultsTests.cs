using RedFlags.Rules;

namespace RedFlags.Tests.Rules;

/// <summary>A <see cref="DisabledRule"/> left at its defaults names no rule and gives no reason, and composition says so.</summary>
public class DisabledRuleDefaultsTests
{
    [Fact]
    public void Compose_DisabledRuleWithoutAReason_ReportsTheMissingReason()
    {
        var composition = DefaultCatalogue.RuleSet.Compose(new RuleSetChanges { Disabled = [new DisabledRule { RuleId = "MAL-NIGHT-SWEATS" }] });

        Assert.Null(composition.RuleSet);
        var error = Assert.Single(composition.Errors).Error;
        Assert.Equal((ErrorCodes.CustomisationInvalid, "disabled[MAL-NIGHT-SWEATS].reason"), (error.Code, error.Path));
    }

    [Fact]
    public void Compose_DisabledRuleWithoutARuleId_ReportsThatNoRuleHasTheEmptyId()
    {
        var composition = DefaultCatalogue.RuleSet.Compose(new RuleSetChanges { Disabled = [new DisabledRule { Reason = "Local audit" }] });

        Assert.Null(composition.RuleSet);
        var error = Assert.Single(composition.Errors).Error;
        Assert.Equal((ErrorCodes.RuleSetChangeInvalid, "disabled[]"), (error.Code, error.Path));
    }
}
