using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace RedFlags.CdsHooks.Internal;

/// <summary>
/// Healthy when the rule set assesses a presentation and the service has issuers to trust; degraded when it serves
/// anonymously (development only). The data names the rule set and its fingerprint.
/// </summary>
internal sealed class CdsHooksHealthCheck(RedFlagsAssessor assessor, IOptions<RedFlagsCdsHooksOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var ruleSet = assessor.RuleSet;
        var data = new Dictionary<string, object> { ["ruleSetId"] = ruleSet.Id, ["ruleSetVersion"] = ruleSet.Version, ["fingerprint"] = ruleSet.Fingerprint };
        var urgency = assessor.AssessUrgency(new PatientPresentation { AssessmentDate = assessor.GetToday(), AgeYears = 40 });
        data["probe"] = urgency.ToString();
        return Task.FromResult(options.Value.AllowAnonymousForDevelopment
            ? HealthCheckResult.Degraded("Anonymous access is on (development only).", data: data)
            : HealthCheckResult.Healthy("Rule set loaded; " + options.Value.Issuers.Count + " issuer(s) trusted.", data));
    }
}
