using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RedFlags.Fhir;
using RedFlags.Fhir.CdsHooks;
using RedFlags.Rules;

namespace RedFlags.CdsHooks.Internal;

/// <summary>Serves the CDS Hooks endpoints: discovery, hook calls.</summary>
internal sealed class CdsHookService(
    RedFlagsAssessor assessor,
    FhirDataSource data,
    CdsReadOptions readOptions,
    TokenValidator tokens,
    IEnumerable<IRedFlagsFeedbackSink> feedbackSinks,
    CdsHooksMetrics metrics,
    TimeProvider time,
    IOptions<RedFlagsCdsHooksOptions> options,
    ILogger<CdsHookService> logger)
{
    private static readonly string s_discovery = JsonSerializer.Serialize(new CdsDiscoveryResponse { Services = CdsServiceCatalog.Services }, CdsJsonContext.Default.CdsDiscoveryResponse);

    public static IResult Discovery() => Results.Text(s_discovery, "application/json");

    /// <summary><c>POST {id}</c>: a hook call, measured and traced.</summary>
    public Task<IResult> CallAsync(string id, HttpContext context) => MeasureAsync(id, "call", context, CallCoreAsync);

    /// <summary>
    /// <c>POST {id}/feedback</c>: each item is checked, logged (never its comment) and handed to every registered
    /// <see cref="IRedFlagsFeedbackSink"/>; 200 with no body. Measured and traced.
    /// </summary>
    public Task<IResult> FeedbackAsync(string id, HttpContext context) => MeasureAsync(id, "feedback", context, FeedbackCoreAsync);

    /// <summary>Finds the service, checks the token, then handles the call; measures and traces it whatever the outcome.</summary>
    private async Task<IResult> MeasureAsync(string id, string kind, HttpContext context, Func<CdsServiceDescriptor, HttpContext, Task<IResult>> handle)
    {
        var started = time.GetTimestamp();
        using var activity = CdsHooksMetrics.ActivitySource.StartActivity("cds-hooks " + kind, ActivityKind.Internal);
        activity?.SetTag("cds_hooks.service", id);
        var ruleSet = assessor.RuleSet;
        activity?.SetTag("redflags.rule_set.id", ruleSet.Id);
        activity?.SetTag("redflags.rule_set.version", ruleSet.Version);
        activity?.SetTag("redflags.rule_set.fingerprint", ruleSet.Fingerprint);
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            var service = CdsServiceCatalog.Find(id);
            var result = service is null
                ? Results.NotFound()
                : await AuthorizeAsync(id, context, context.RequestAborted).ConfigureAwait(false) ?? await handle(service, context).ConfigureAwait(false);
            status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
            return result;
        }
        finally
        {
            activity?.SetTag("http.response.status_code", status);
            metrics.Call(id, status, time.GetElapsedTime(started).TotalSeconds);
        }
    }

    private async Task<IResult> CallCoreAsync(CdsServiceDescriptor service, HttpContext context)
    {
        var id = service.Id;
        var cancellationToken = context.RequestAborted;
        var request = await ReadAsync(context, CdsJsonContext.Default.CdsHookRequest).ConfigureAwait(false);
        if (request is null || request.Hook != service.Hook || string.IsNullOrEmpty(request.HookInstance))
        {
            return BadRequest(id, "not a " + service.Hook + " request (hook, hookInstance)");
        }

        Activity.Current?.SetTag("cds_hooks.hook", request.Hook);
        Activity.Current?.SetTag("cds_hooks.hook_instance", request.HookInstance);

        if (request.Context.ValueKind != JsonValueKind.Object
            || !request.Context.TryGetProperty("patientId", out var patient) || patient.ValueKind != JsonValueKind.String
            || patient.GetString() is not { Length: > 0 } patientId)
        {
            return BadRequest(id, "context.patientId missing");
        }

        List<ImagingOrder>? orders = null;
        if (service.Hook is "order-select" or "order-sign")
        {
            orders = ImagingOrders.Find(request.Context, options.Value.SpineImagingCodes, selectedOnly: service.Hook == "order-select");
            if (orders.Count == 0)
            {
                return Respond([]);
            }
        }

        var gathered = await data.GatherAsync(request, patientId, cancellationToken).ConfigureAwait(false);
        if (gathered.Texts is null)
        {
            Log.DataUnavailable(logger, id, gathered.Fetched, gathered.Failure ?? "unknown");
            return Results.StatusCode(StatusCodes.Status412PreconditionFailed);
        }

        var read = FhirPresentationReader.ReadJson(gathered.Texts, assessor.GetToday(), assessor.DefaultCareSetting, readOptions.Value);
        var assessment = assessor.Assess(read.Presentation);
        var questionnaire = QuestionnaireLink();
        var cards = orders is null
            ? PatientViewCards(assessment, patientId, questionnaire)
            : ImagingOrderCards.For(assessment, orders, patientId, questionnaire);
        Log.Assessed(logger, id, assessment.Urgency, cards.Count, gathered.Fetched);
        metrics.Assessment(id, assessment.Urgency);
        Activity.Current?.SetTag("redflags.urgency", assessment.Urgency.ToString());
        return Respond(cards);
    }

    private static IResult Respond(IReadOnlyList<CdsCard> cards) =>
        Results.Text(CdsHooksWriter.ToJson(new CdsResponse { Cards = cards }), "application/json");

    private async Task<IResult> FeedbackCoreAsync(CdsServiceDescriptor service, HttpContext context)
    {
        var id = service.Id;
        var cancellationToken = context.RequestAborted;
        var request = await ReadAsync(context, CdsJsonContext.Default.CdsFeedbackRequest).ConfigureAwait(false);

        var items = new List<RedFlagsFeedback>();
        foreach (var item in request?.Feedback ?? [])
        {
            if (Feedback(id, item) is not RedFlagsFeedback feedback)
            {
                return BadRequest(id, "feedback item without card, outcome or outcomeTimestamp");
            }

            items.Add(feedback);
        }

        if (items.Count == 0)
        {
            return BadRequest(id, "no feedback item");
        }

        foreach (var feedback in items)
        {
            Log.Feedback(logger, id, feedback.Outcome, feedback.OverrideReason?.Code ?? "-");
            metrics.Feedback(id, feedback.Outcome);
            foreach (var sink in feedbackSinks)
            {
                await sink.RecordAsync(feedback, cancellationToken).ConfigureAwait(false);
            }
        }

        return Results.Ok();
    }

    /// <summary>The request body as JSON, or null when it is not.</summary>
    private static async Task<T?> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> contract)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(context.Request.Body, contract, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static RedFlagsFeedback? Feedback(string id, CdsFeedbackItem item)
    {
        CdsFeedbackOutcome? outcome = item.Outcome switch
        {
            "accepted" => CdsFeedbackOutcome.Accepted,
            "overridden" => CdsFeedbackOutcome.Overridden,
            _ => null,
        };
        if (string.IsNullOrEmpty(item.Card) || outcome is null || item.OutcomeTimestamp is null)
        {
            return null;
        }

        var reason = item.OverrideReason?.Reason;
        return new RedFlagsFeedback
        {
            ServiceId = id,
            Card = item.Card,
            Outcome = outcome.Value,
            AcceptedSuggestions = (item.AcceptedSuggestions ?? []).Select(s => s.Id).OfType<string>().ToList(),
            OverrideReason = reason?.System is { Length: > 0 } system && reason.Code is { Length: > 0 } code
                ? new CdsCoding { System = system, Code = code, Display = reason.Display }
                : null,
            UserComment = item.OverrideReason?.UserComment,
            OutcomeTimestamp = item.OutcomeTimestamp.Value,
        };
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

    /// <summary>The SMART link to the red-flag questionnaire, when one is configured.</summary>
    private CdsLink? QuestionnaireLink()
    {
        var launch = options.Value.QuestionnaireLaunchUrl;
        return launch is null
            ? null
            : new CdsLink { Label = "Answer the red-flag questions", Url = launch.AbsoluteUri, Type = "smart", AppContext = options.Value.QuestionnaireCanonical };
    }

    /// <summary>
    /// The assessment's cards; the overall card suggests the imaging an urgent or emergency pathway names, and links
    /// the red-flag questionnaire (SMART) when a decisive question is open.
    /// </summary>
    private static List<CdsCard> PatientViewCards(Assessment assessment, string patientId, CdsLink? questionnaire)
    {
        var cards = CdsHooksWriter.ToCards(assessment).ToList();
        if (ImagingOrderCards.ClearImaging(assessment) is Investigation imaging)
        {
            cards[0] = cards[0] with { Suggestions = [ImagingOrderCards.Suggestion(assessment, imaging, [], patientId)], SelectionBehavior = "at-most-one" };
        }

        if (questionnaire is not null && assessment.Questions.Any(q => q.CouldRaiseUrgencyTo > assessment.Urgency))
        {
            cards[0] = cards[0] with { Links = [questionnaire] };
        }

        return cards;
    }
}
