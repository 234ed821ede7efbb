using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using RedFlags.CdsHooks.Internal;

namespace RedFlags.CdsHooks;

/// <summary>Registers the RedFlags CDS Hooks service.</summary>
public static class CdsHooksServiceCollectionExtensions
{
    /// <summary>
    /// Adds the services behind <see cref="CdsHooksEndpointRouteBuilderExtensions.MapRedFlagsCdsHooks"/>: the hook
    /// handler, the JWT checks, the FHIR client (with retries and a timeout), CORS, the meter and activity source
    /// (<see cref="CdsHooksTelemetry"/>) and a health check (map it with <c>app.MapHealthChecks(...)</c>). Call <c>AddRedFlags</c> first to
    /// choose the rule set and the care setting; without it the default catalogue is used with no care setting.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options: the allowed issuers and their keys, the FHIR timeout, CORS.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRedFlagsCdsHooks(this IServiceCollection services, Action<RedFlagsCdsHooksOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (!services.Any(d => d.ServiceType == typeof(RedFlagsAssessor)))
        {
            services.AddRedFlags();
        }

        services.AddOptions<RedFlagsCdsHooksOptions>().Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IssuerKeys>();
        services.TryAddSingleton<TokenValidator>();
        services.TryAddSingleton<FhirDataSource>();
        services.TryAddSingleton<CdsReadOptions>();
        services.TryAddSingleton<CdsHookService>();
        services.TryAddSingleton<CdsHooksMetrics>();
        services.AddMetrics();
        services.AddCors();
        services.AddHealthChecks().AddCheck<CdsHooksHealthCheck>(CdsHooksTelemetry.HealthCheckName);

        // One circuit per FHIR server (authority): an EHR that is down does not stop the calls of another. The default
        // request logs are removed: the URLs name the patient.
        services.AddHttpClient(FhirDataSource.HttpClientName)
            .RemoveAllLoggers()
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.MaxRetryAttempts = 2;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(15);
            })
            .SelectPipelineByAuthority();
        services.AddHttpClient(IssuerKeys.HttpClientName)
            .AddStandardResilienceHandler()
            .SelectPipelineByAuthority();
        return services;
    }
}
