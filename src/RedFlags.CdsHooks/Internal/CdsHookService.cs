using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Threading;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RedFlags.Fhir.CdsHooks;
using RedFlags.Fhir;

namespace RedFlags.CdsHooks.Internal;

/// <summary>Serves the CDS Hooks endpoints: discovery, hook calls.</summary>
internal sealed class CdsHookService(
    RedFlagsAssessor assessor,
    FhirDataSource data,
    TokenValidator tokens,
    IOptions<RedFlagsCdsHooksOptions> options,
    ILogger<CdsHookService> logger)
{
    private static readonly string s_discovery = JsonSerializer.Serialize(new CdsDiscoveryResponse { Services = CdsServiceCatalog.Services }, CdsJsonContext.Default.CdsDiscoveryResponse);

    public static IResult Discovery() => Results.Text(s_discovery, "application/json");

    public async Task<IResult> CallAsync(string id, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var service = CdsServiceCatalog.Find(id);
        if (service is null)
        {
            return Results.NotFound();
        }

        if (await AuthorizeAsync(id, context, cancellationToken).ConfigureAwait(false) is IResult refused)
        {
            return refused;
        }

        CdsHookRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(context.Request.Body, CdsJsonContext.Default.CdsHookRequest, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request is null || request.Hook != service.Hook || string.IsNullOrEmpty(request.HookInstance))
        {
            return BadRequest(id, "not a " + service.Hook + " request (hook, hookInstance)");
        }

        if (request.Context.ValueKind != JsonValueKind.Object
            || !request.Context.TryGetProperty("patientId", out var patient) || patient.ValueKind != JsonValueKind.String
            || patient.GetString() is not { Length: > 0 } patientId)
        {
            return BadRequest(id, "context.patientId missing");
        }

        var gathered = await data.GatherAsync(request, patientId, cancellationToken).ConfigureAwait(false);
        if (gathered.Texts is null)
        {
            Log.DataUnavailable(logger, id, gathered.Fetched, gathered.Failure ?? "unknown");
            return Results.StatusCode(StatusCodes.Status412PreconditionFailed);
        }

        var read = FhirPresentationReader.ReadJson(gathered.Texts, assessor.GetToday(), assessor.DefaultCareSetting);
        var assessment = assessor.Assess(read.Presentation);
        var cards = WithQuestionnaireLink(CdsHooksWriter.ToCards(assessment), assessment);
        Log.Assessed(logger, id, assessment.Urgency, cards.Count, gathered.Fetched);
        return Results.Text(CdsHooksWriter.ToJson(new CdsResponse { Cards = cards }), "application/json");
    }

    /// <summary>Null when the call may go on; else the plain 401 (the reason goes to the log only).</summary>
    private async Task<IResult?> AuthorizeAsync(string id, HttpContext context, CancellationToken cancellationToken)
    {
        if (options.Value.AllowAnonymousForDevelopment)
        {
            return null;
        }

        var reason = await tokens.ValidateAsync(context.Request.Headers.Authorization.ToString(), Audience(context.Request), cancellationToken).ConfigureAwait(false);
        if (reason is null)
        {
            return null;
        }

        Log.Unauthorized(logger, id, reason);
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }

    /// <summary>The URL of the endpoint called: what the token's <c>aud</c> must be.</summary>
    private string Audience(HttpRequest request)
    {
        var configured = options.Value.PublicBaseUrl;
        var path = request.PathBase.Add(request.Path).ToUriComponent();
        return configured is null
            ? request.Scheme + "://" + request.Host.ToUriComponent() + path
            : configured.AbsoluteUri.TrimEnd('/') + path;
    }

    private IResult BadRequest(string id, string reason)
    {
        Log.BadRequest(logger, id, reason);
        return Results.BadRequest();
    }

    /// <summary>Links the overall card to the red-flag questionnaire (SMART) when a decisive question is open.</summary>
    private List<CdsCard> WithQuestionnaireLink(IReadOnlyList<CdsCard> cards, Assessment assessment)
    {
        var list = cards.ToList();
        var launch = options.Value.QuestionnaireLaunchUrl;
        if (launch is null || !assessment.Questions.Any(q => q.CouldRaiseUrgencyTo > assessment.Urgency))
        {
            return list;
        }

        list[0] = list[0] with
        {
            Links = [new CdsLink { Label = "Answer the red-flag questions", Url = launch.AbsoluteUri, Type = "smart", AppContext = options.Value.QuestionnaireCanonical }],
        };
        return list;
    }
}
