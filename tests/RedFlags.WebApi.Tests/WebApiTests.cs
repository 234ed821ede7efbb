using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RedFlags.Json;
using RedFlags.WebApi;

namespace RedFlags.WebApi.Tests;

/// <summary>The sample minimal API in process (WebApplicationFactory) and on Kestrel over loopback, with a real HttpClient.</summary>
public sealed class WebApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Emergency = """{"assessmentDate":"2025-03-14","ageYears":58,"neurology":{"saddleNumbnessOrTingling":"present","urinaryRetention":"present"}}""";

    private readonly WebApplicationFactory<Program> _factory;

    public WebApiTests(WebApplicationFactory<Program> factory) => _factory = factory;

    [Fact]
    public async Task Assess_BoundPresentation_ReturnsTheAssessmentInTheDocumentedShape()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync("/assess", Json(Emergency));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(RedFlagsJson.ParsePresentation(Emergency));
        Assert.Equal(expected, RedFlagsJson.ParseAssessment(body));
        Assert.Equal("emergency", JsonNode.Parse(body)!["urgency"]!.GetValue<string>());
        Assert.Equal("2025-03-14", JsonNode.Parse(body)!["assessmentDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task Assess_BoundPresentationWithAnUnknownProperty_IsABadRequest()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync("/assess", Json("""{"assessmentDate":"2025-03-14","pain":{"lumbr":"present"}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AssessChecked_BodyWithTwoProblems_Returns400ProblemDetailsListingBoth()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync("/assess/checked", Json("""{"assessmentDate":"2025-03-14","ageYears":"old","pain":{"lumbr":"present"}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal("The presentation is invalid.", problem["title"]!.GetValue<string>());
        Assert.Equal(
            [("RF3003", "ageYears"), ("RF3002", "pain.lumbr")],
            problem["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["path"]!.GetValue<string>())));
    }

    [Fact]
    public async Task AssessChecked_BodyOverTheSizeLimit_IsRefusedWithRF3008()
    {
        using var client = _factory.CreateClient();
        var oversized = "{\"assessmentDate\":\"2025-03-14\",\"pad\":\"" + new string('x', RedFlagsJson.MaximumDocumentBytes) + "\"}";

        using var response = await client.PostAsync("/assess/checked", Json(oversized));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("RF3008", problem["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AssessChecked_OnKestrelOverLoopback_ReturnsTheAssessment()
    {
        await using var app = WebApi.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await client.PostAsync("/assess/checked", Json(Emergency));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Urgency.Emergency, RedFlagsJson.ParseAssessment(await response.Content.ReadAsStringAsync()).Urgency);
        await app.StopAsync();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
