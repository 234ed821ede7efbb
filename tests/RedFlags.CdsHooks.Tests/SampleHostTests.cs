using System.Net;
using System.Text;
using System.Text.Json;

namespace RedFlags.CdsHooks.Tests;

/// <summary>
/// The sample host (samples/RedFlags.CdsHooks.Host) in process, as <c>dotnet run</c> starts it in Development: what an
/// integrator sees in the CDS Hooks Sandbox for an emergency, a routine and an incomplete patient.
/// </summary>
public sealed class SampleHostTests : IClassFixture<DevelopmentSampleHost>
{
    private readonly HttpClient _client;

    public SampleHostTests(DevelopmentSampleHost host) => _client = host.CreateClient();

    private async Task<List<JsonElement>> CardsAsync(PatientRecord patient)
    {
        using var content = new StringContent(HookRequests.PatientView(patient, patient.Prefetch()).ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("cds-services/" + CdsHooksServiceIds.PatientView, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return CardRules.Cards(json).Select(c => c.Clone()).ToList();
    }

    [Fact]
    public async Task SampleHost_Discovery_ListsTheThreeServices()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("cds-services"));

        Assert.Equal(
            [CdsHooksServiceIds.PatientView, CdsHooksServiceIds.OrderSelect, CdsHooksServiceIds.OrderSign],
            json.RootElement.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task SampleHost_EmergencyPatient_FirstCardIsCritical()
    {
        var cards = await CardsAsync(PatientRecord.Emergency());

        Assert.Equal("critical", cards[0].GetProperty("indicator").GetString());
    }

    [Fact]
    public async Task SampleHost_KnownCancerWithQuestionsOpen_AsksTheQuestionsThatCouldRaiseTheUrgency()
    {
        var cards = await CardsAsync(PatientRecord.KnownCancer());

        Assert.Contains("(could raise the urgency to emergency)", cards[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SampleHost_RoutinePatient_OneInfoCardCitingNg59()
    {
        var cards = await CardsAsync(PatientRecord.Routine());

        Assert.Equal("info", Assert.Single(cards).GetProperty("indicator").GetString());
        Assert.Equal("https://www.nice.org.uk/guidance/ng59", cards[0].GetProperty("source").GetProperty("url").GetString());
    }

    [Fact]
    public async Task SampleHost_Health_IsDegradedWhileAnonymous()
    {
        Assert.Equal("Degraded", await _client.GetStringAsync("health"));
    }
}
