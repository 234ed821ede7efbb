using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace RedFlags.CdsHooks.Tests;

/// <summary><c>POST /cds-services/{id}/feedback</c> over real HTTP, handed to the host's feedback sink.</summary>
public sealed class FeedbackTests : SignedCallTests
{
    private const string FeedbackPath = CdsHooksServiceIds.PatientView + "/feedback";

    private readonly RecordingFeedbackSink _sink = new();

    private protected override Task<LoopbackServer> StartAsync() => ServiceHost.StartTrustingAsync(Signer, services => services.AddSingleton<IRedFlagsFeedbackSink>(_sink));

    private async Task<HttpStatusCode> SendAsync(JsonObject body, bool withToken = true)
    {
        using var response = withToken ? await PostSignedAsync(FeedbackPath, body) : await ServiceHost.PostAsync(Server, FeedbackPath, body, token: null);
        return response.StatusCode;
    }

    private static JsonObject Overridden() => new()
    {
        ["feedback"] = new JsonArray(new JsonObject
        {
            ["card"] = "9368d37b-283f-44a0-93ea-547cebab93ef",
            ["outcome"] = "overridden",
            ["overrideReason"] = new JsonObject
            {
                ["reason"] = new JsonObject { ["code"] = "already-assessed", ["system"] = "https://github.com/redflags-dotnet/redflags/cds-hooks", ["display"] = "Red flags already assessed in this episode" },
                ["userComment"] = "Seen in clinic yesterday",
            },
            ["outcomeTimestamp"] = "2026-11-24T10:05:31Z",
        }),
    };

    [Fact]
    public async Task Feedback_OverriddenWithAReason_Returns200AndReachesTheSink()
    {
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Overridden()));

        var item = Assert.Single(_sink.Items);
        Assert.Equal(CdsHooksServiceIds.PatientView, item.ServiceId);
        Assert.Equal(CdsFeedbackOutcome.Overridden, item.Outcome);
        Assert.Equal("already-assessed", item.OverrideReason!.Code);
        Assert.Equal("Seen in clinic yesterday", item.UserComment);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 5, 31, TimeSpan.Zero), item.OutcomeTimestamp);
    }

    [Fact]
    public async Task Feedback_AcceptedSuggestion_ReachesTheSinkWithTheSuggestionId()
    {
        var body = new JsonObject
        {
            ["feedback"] = new JsonArray(new JsonObject
            {
                ["card"] = "9368d37b-283f-44a0-93ea-547cebab93ef",
                ["outcome"] = "accepted",
                ["acceptedSuggestions"] = new JsonArray(new JsonObject { ["id"] = "e56e1945-20b3-4393-8503-a1a20fd73152" }),
                ["outcomeTimestamp"] = "2026-11-24T10:05:31Z",
            }),
        };

        Assert.Equal(HttpStatusCode.OK, await SendAsync(body));

        var item = Assert.Single(_sink.Items);
        Assert.Equal(CdsFeedbackOutcome.Accepted, item.Outcome);
        Assert.Equal(["e56e1945-20b3-4393-8503-a1a20fd73152"], item.AcceptedSuggestions);
    }

    [Fact]
    public async Task Feedback_NoToken_Returns401AndStoresNothing()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(Overridden(), withToken: false));

        Assert.Empty(_sink.Items);
    }

    [Fact]
    public async Task Feedback_UnknownOutcome_Returns400AndStoresNothing()
    {
        var body = Overridden();
        body["feedback"]![0]!["outcome"] = "ignored";

        Assert.Equal(HttpStatusCode.BadRequest, await SendAsync(body));

        Assert.Empty(_sink.Items);
    }
}

/// <summary>A feedback sink as a host writes one: it keeps every item.</summary>
internal sealed class RecordingFeedbackSink : IRedFlagsFeedbackSink
{
    private readonly List<RedFlagsFeedback> _items = [];

    public IReadOnlyList<RedFlagsFeedback> Items
    {
        get
        {
            lock (_items)
            {
                return _items.ToList();
            }
        }
    }

    public Task RecordAsync(RedFlagsFeedback feedback, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            _items.Add(feedback);
        }

        return Task.CompletedTask;
    }
}
