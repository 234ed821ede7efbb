using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace RedFlags.CdsHooks.Tests;

/// <summary>
/// Prefetch missing: the service reads the data from the EHR's FHIR server (a small FHIR endpoint on loopback that
/// answers only with the right bearer token), and answers 412 when it cannot.
/// </summary>
public sealed class FhirFetchTests : SignedCallTests
{

    private async Task<(HttpStatusCode Status, string Body)> CallAsync(System.Text.Json.Nodes.JsonObject request)
    {
        using var response = await PostSignedAsync(CdsHooksServiceIds.PatientView, request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PatientView_NoPrefetch_ReadsEveryTypeAndEveryPageFromTheFhirServerWithTheBearerToken()
    {
        var patient = PatientRecord.Emergency();
        var log = new FhirServerLog();
        await using var fhir = await ServiceHost.StartFhirServerAsync(patient, log);

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, prefetch: null, new Uri(fhir.Address, "fhir").AbsoluteUri));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("critical", CardRules.Cards(json)[0].GetProperty("indicator").GetString());
        Assert.Equal(9, log.Requests.Count);
        Assert.Contains(log.Requests, r => r.Request == "/fhir/Condition?patient=" + patient.Id + "&_page=2");
        Assert.All(log.Requests, r => Assert.True(r.Authorized, r.Request));
        Assert.Contains(log.Requests, r => r.Request == "/fhir/Patient/" + patient.Id);
        Assert.Contains(log.Requests, r => r.Request == "/fhir/Condition?patient=" + patient.Id);
        Assert.Contains(log.Requests, r => Uri.UnescapeDataString(r.Request).StartsWith("/fhir/Observation?patient=" + patient.Id + "&code=http://loinc.org|8310-5,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PatientView_NoPrefetch_ReadsTheQuestionnaireResponsesFromTheServerAndTheirAnswersDecide()
    {
        var patient = PatientRecord.Urgent();
        var log = new FhirServerLog();
        await using var fhir = await ServiceHost.StartFhirServerAsync(patient, log);

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, prefetch: null, new Uri(fhir.Address, "fhir").AbsoluteUri));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("warning", CardRules.Cards(json)[0].GetProperty("indicator").GetString());
        Assert.Contains(log.Requests, r => r.Request == "/fhir/QuestionnaireResponse?patient=" + patient.Id && r.Authorized);
    }

    [Fact]
    public async Task PatientView_PartOfThePrefetch_ReadsOnlyTheMissingTypes()
    {
        var patient = PatientRecord.Emergency();
        var log = new FhirServerLog();
        await using var fhir = await ServiceHost.StartFhirServerAsync(patient, log);

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch("patient", "observation"), new Uri(fhir.Address, "fhir").AbsoluteUri));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("critical", CardRules.Cards(json)[0].GetProperty("indicator").GetString());
        Assert.Equal(7, log.Requests.Count);
        Assert.DoesNotContain(log.Requests, r => r.Request.StartsWith("/fhir/Patient", StringComparison.Ordinal) || r.Request.StartsWith("/fhir/Observation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PatientView_PrefetchedSearchWithANextLink_ReadsTheOtherPagesFromTheServer()
    {
        var patient = PatientRecord.Emergency();
        var log = new FhirServerLog();
        await using var fhir = await ServiceHost.StartFhirServerAsync(patient, log);
        var prefetch = patient.Prefetch();
        var conditions = prefetch["condition"]!.AsObject();
        conditions["entry"]!.AsArray().RemoveAt(1);   // the abnormal gait is on the server's page 2 only
        conditions["link"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["relation"] = "next",
            ["url"] = new Uri(fhir.Address, "fhir/Condition?patient=" + patient.Id + "&_page=2").AbsoluteUri,
        });

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, prefetch, new Uri(fhir.Address, "fhir").AbsoluteUri));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("critical", CardRules.Cards(json)[0].GetProperty("indicator").GetString());
        var request = Assert.Single(log.Requests);
        Assert.Equal("/fhir/Condition?patient=" + patient.Id + "&_page=2", request.Request);
        Assert.True(request.Authorized);
    }

    [Fact]
    public async Task PatientView_FhirServerRefusesTheToken_Returns412()
    {
        var patient = PatientRecord.Emergency();
        var log = new FhirServerLog();
        await using var fhir = await ServiceHost.StartFhirServerAsync(patient, log, expectedToken: "another-token");

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, prefetch: null, new Uri(fhir.Address, "fhir").AbsoluteUri));

        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(string.Empty, body);
        Assert.NotEmpty(log.Requests);
    }

    [Fact]
    public async Task PatientView_FhirServerUnreachable_Returns412()
    {
        var patient = PatientRecord.Emergency();
        var closedPort = ClosedLoopbackPort();

        var (status, _) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch("patient"), "http://127.0.0.1:" + closedPort + "/fhir"));

        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
    }

    // A port that was free a moment ago and has nothing listening on it now.
    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
