using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RedFlags.CdsHooks.Internal;

namespace RedFlags.CdsHooks;

/// <summary>Maps the RedFlags CDS Hooks endpoints.</summary>
public static class CdsHooksEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>GET {prefix}</c> (discovery), <c>POST {prefix}/{id}</c> (the hooks) and <c>POST {prefix}/{id}/feedback</c>
    /// of CDS Hooks 2.0. Fails at start
    /// when no issuer is configured and anonymous access is not switched on, or when the local codes file is missing or
    /// invalid; logs a warning when anonymous access is on.
    /// </summary>
    /// <param name="endpoints">The endpoint route builder (the web application).</param>
    /// <param name="prefix">The path of the discovery endpoint; <c>/cds-services</c> as the specification says.</param>
    /// <returns>The route group, for more conventions.</returns>
    public static RouteGroupBuilder MapRedFlagsCdsHooks(this IEndpointRouteBuilder endpoints, string prefix = "/cds-services")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<RedFlagsCdsHooksOptions>>().Value;
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("RedFlags.CdsHooks");
        if (options.AllowAnonymousForDevelopment)
        {
            Log.AnonymousAccess(logger);
        }
        else if (options.Issuers.Count == 0 || options.Issuers.Any(i => string.IsNullOrEmpty(i.Issuer) || (i.JwksUrl is null && i.JsonWebKeys.Count == 0)))
        {
            throw new InvalidOperationException(
                "RedFlags CDS Hooks: configure at least one issuer, each with a JWKS URL or JSON Web Keys (RedFlagsCdsHooksOptions.Issuers), "
                + "or switch on AllowAnonymousForDevelopment for local development.");
        }

        foreach (var issuer in options.Issuers)
        {
            IssuerKeys.CheckConfigured(issuer);
        }

        // The local codes are read now, so that a missing or invalid file fails at start.
        _ = endpoints.ServiceProvider.GetRequiredService<CdsReadOptions>().Value;

        var group = endpoints.MapGroup(prefix);
        if (options.CorsOrigins.Count > 0)
        {
            var origins = options.CorsOrigins.ToArray();
            group.RequireCors(cors =>
            {
                if (origins.Contains("*"))
                {
                    cors.AllowAnyOrigin();
                }
                else
                {
                    cors.WithOrigins(origins);
                }

                cors.AllowAnyHeader().WithMethods("GET", "POST");
            });
        }

        group.MapGet("", CdsHookService.Discovery);
        group.MapPost("{id}", (string id, HttpContext context, CdsHookService service) => service.CallAsync(id, context));
        group.MapPost("{id}/feedback", (string id, HttpContext context, CdsHookService service) => service.FeedbackAsync(id, context));
        return group;
    }
}
