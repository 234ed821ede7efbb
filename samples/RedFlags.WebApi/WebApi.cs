using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RedFlags.Json;

namespace RedFlags.WebApi;

/// <summary>
/// Two ways to take a presentation in a minimal API. <c>POST /assess</c> binds it as a parameter (the strict reader runs
/// inside the binding; a bad body gets a 400). <c>POST /assess/checked</c> reads the body itself and answers a bad body
/// with a 400 that lists every problem as RFC 9457 problem details.
/// </summary>
public static class WebApi
{
    /// <summary>Builds the application.</summary>
    /// <param name="args">Command-line arguments, for example <c>--urls http://127.0.0.1:5080</c>.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, RedFlagsJson.TypeInfoResolver));
        builder.Services.AddSingleton(new RedFlagEvaluator(DefaultCatalogue.RuleSet));

        var app = builder.Build();
        app.MapPost("/assess", (PatientPresentation presentation, RedFlagEvaluator evaluator) => evaluator.Assess(presentation));
        app.MapPost("/assess/checked", async (HttpRequest request, RedFlagEvaluator evaluator, CancellationToken cancellationToken) =>
        {
            try
            {
                return Results.Ok(evaluator.Assess(await RedFlagsJson.ReadPresentationAsync(request.Body, cancellationToken)));
            }
            catch (RedFlagsValidationException problems)
            {
                return Results.Json(ValidationProblem.For(problems), statusCode: StatusCodes.Status400BadRequest, contentType: "application/problem+json");
            }
        });
        return app;
    }
}
