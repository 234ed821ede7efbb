using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedFlags.CdsHooks.Tests;

/// <summary><c>patient-view</c> over real HTTP: prefetch in, cards out.</summary>
public sealed class PatientViewTests : SignedCallTests
{

    private async Task<(HttpStatusCode Status, string Body)> CallAsync(JsonObject request, string serviceId = CdsHooksServiceIds.PatientView)
    {
        using var response = await PostSignedAsync(serviceId, request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PatientView_EmergencyPrefetch_FirstCardIsCriticalAndLinksNg234()
    {
        var patient = PatientRecord.Emergency();

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch()));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var cards = CardRules.Cards(json);
        Assert.Equal("critical", cards[0].GetProperty("indicator").GetString());
        Assert.Equal("https://www.nice.org.uk/guidance/ng234", cards[0].GetProperty("source").GetProperty("url").GetString());
        Assert.Contains("MAL-MSCC-SUSPECTED", cards[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(cards, c => c.GetProperty("source").GetProperty("topic").GetProperty("code").GetString() == nameof(SuspectedCondition.MetastaticSpinalCordCompression));
        var suggestion = Assert.Single(cards[0].GetProperty("suggestions").EnumerateArray());
        var create = Assert.Single(suggestion.GetProperty("actions").EnumerateArray());
        Assert.Equal("create", create.GetProperty("type").GetString());
        Assert.Equal("MRI of the whole spine", create.GetProperty("resource").GetProperty("code").GetProperty("text").GetString());
    }

    [Fact]
    public async Task PatientView_RoutinePrefetch_FirstCardIsInfoWithOverrideReasons()
    {
        var patient = PatientRecord.Routine();

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch()));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var card = CardRules.Cards(json)[0];
        Assert.Equal("info", card.GetProperty("indicator").GetString());
        Assert.Equal("https://www.nice.org.uk/guidance/ng59", card.GetProperty("source").GetProperty("url").GetString());
        Assert.True(card.GetProperty("overrideReasons").GetArrayLength() > 0);
        Assert.False(card.TryGetProperty("suggestions", out _));
    }

    [Fact]
    public async Task PatientView_DetailOfTheEmergency_PutsTheDecidingReasonFirst()
    {
        var patient = PatientRecord.Emergency();

        var (_, body) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch()));

        using var json = JsonDocument.Parse(body);
        var lines = CardRules.Cards(json)[0].GetProperty("detail").GetString()!.Split('\n');
        Assert.StartsWith("**Urgency: Emergency**", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("**Deciding reason:** ", lines[2], StringComparison.Ordinal);
        Assert.Contains("(`MAL-MSCC-SUSPECTED`)", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientView_KnownCancerWithQuestionsOpen_ListsFiveQuestionsAndCountsTheRest()
    {
        var patient = PatientRecord.KnownCancer();

        var (_, body) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch()));

        using var json = JsonDocument.Parse(body);
        var detail = CardRules.Cards(json)[0].GetProperty("detail").GetString()!;
        var list = detail.Split("### Questions to ask\n\n")[1].Split("\n\n")[0].Split('\n');
        Assert.Equal(6, list.Length);
        Assert.All(list[..5], line => Assert.EndsWith("(could raise the urgency to emergency)", line, StringComparison.Ordinal));
        Assert.Matches(@"^- and \d+ more$", list[5]);
    }

    [Fact]
    public async Task PatientView_SameRequestTwice_GivesTheSameCards()
    {
        var patient = PatientRecord.KnownCancer();

        var first = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch()));
        var second = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch()));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task Call_UnknownService_Returns404()
    {
        var patient = PatientRecord.Routine();

        var (status, _) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch()), "no-such-service");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task PatientView_OtherHookOrNoPatient_Returns400()
    {
        var patient = PatientRecord.Routine();
        var wrongHook = HookRequests.PatientView(patient, patient.Prefetch());
        wrongHook["hook"] = "order-sign";
        var noPatient = HookRequests.PatientView(patient, patient.Prefetch());
        noPatient["context"]!.AsObject().Remove("patientId");

        Assert.Equal(HttpStatusCode.BadRequest, (await CallAsync(wrongHook)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await CallAsync(noPatient)).Status);
    }

    [Fact]
    public async Task PatientView_PrefetchMissingAndNoFhirServer_Returns412()
    {
        var patient = PatientRecord.Emergency();

        var (status, _) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch("patient", "condition")));

        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
    }

    [Fact]
    public async Task PatientView_UrgentFromCodedCancerAndQuestionnaireAnswersInThePrefetch_FirstCardIsWarning()
    {
        var patient = PatientRecord.Urgent();

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch()));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var card = CardRules.Cards(json)[0];
        Assert.Equal("warning", card.GetProperty("indicator").GetString());
        Assert.StartsWith("**Urgency: Urgent", card.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("(`MAL-MSCC-PAIN`)", card.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientView_SameRecordWithoutTheQuestionnaireResponseAndNoFhirServer_IsAssessedWithoutTheAnswers()
    {
        var patient = PatientRecord.Urgent();
        var prefetch = patient.Prefetch();
        prefetch.Remove("questionnaireResponse");

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, prefetch));

        // The answers are optional data: no 412, but without them the urgency is not reached and the questions are asked.
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var detail = CardRules.Cards(json)[0].GetProperty("detail").GetString()!;
        Assert.StartsWith("**Urgency: Soon", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("MAL-MSCC-PAIN", detail, StringComparison.Ordinal);
        Assert.Contains("### Questions to ask", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientView_CodedSymptomObservationAlone_IsAnEmergency()
    {
        var patient = PatientRecord.CodedRetention();

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch()));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("critical", CardRules.Cards(json)[0].GetProperty("indicator").GetString());
        Assert.Contains(CardRules.Cards(json), c => c.GetProperty("source").GetProperty("topic").GetProperty("code").GetString() == nameof(SuspectedCondition.CaudaEquinaSyndrome));
    }

    [Fact]
    public async Task PatientView_IncompleteRecord_IsSoonAndAsksTheQuestionsThatCouldMakeItAnEmergency()
    {
        var patient = PatientRecord.KnownCancer();

        var (status, body) = await CallAsync(HookRequests.PatientView(patient, patient.Prefetch()));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var card = CardRules.Cards(json)[0];
        Assert.Equal("warning", card.GetProperty("indicator").GetString());
        Assert.StartsWith("**Urgency: Soon", card.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("(could raise the urgency to emergency)", card.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
