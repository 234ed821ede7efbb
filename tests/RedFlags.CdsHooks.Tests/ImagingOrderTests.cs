using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RedFlags.CdsHooks.Internal;
using RedFlags.Fhir;
using RedFlags.Rules;

namespace RedFlags.CdsHooks.Tests;

/// <summary><c>order-select</c> and <c>order-sign</c> on spine imaging orders, over real HTTP.</summary>
public sealed class ImagingOrderTests : SignedCallTests
{
    private const string LumbarXRay = "72100";
    private const string LumbarMri = "72148";

    private protected override Task<LoopbackServer> StartAsync() => ServiceHost.StartAsync(options =>
    {
        var issuer = new CdsHooksIssuer { Issuer = EhrSigner.Issuer };
        issuer.JsonWebKeys.Add(Signer.RsaPublicJwk);
        options.Issuers.Add(issuer);
        options.QuestionnaireLaunchUrl = new Uri("https://apps.example.org/redflags-questionnaire/launch");
        options.QuestionnaireCanonical = "https://example.org/fhir/Questionnaire/redflags-lbp";
    });

    private async Task<List<JsonElement>> CardsAsync(string serviceId, JsonObject request)
    {
        using var response = await PostSignedAsync(serviceId, request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        return CardRules.Cards(json).Select(c => c.Clone()).ToList();
    }

    [Fact]
    public async Task OrderSign_LumbarXRayWithSpinalCordCompression_NamesWholeSpineMriAndSuggestsIt()
    {
        var patient = PatientRecord.Emergency();
        var request = HookRequests.Order("order-sign", patient, patient.Prefetch(), [("xr-1", FhirCodeSystems.Cpt, LumbarXRay)]);

        var card = Assert.Single(await CardsAsync(CdsHooksServiceIds.OrderSign, request));

        Assert.Equal("critical", card.GetProperty("indicator").GetString());
        Assert.Contains("MRI of the whole spine rather than X-ray lumbosacral spine", card.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("at-most-one", card.GetProperty("selectionBehavior").GetString());
        var actions = Assert.Single(card.GetProperty("suggestions").EnumerateArray()).GetProperty("actions").EnumerateArray().ToList();
        var create = actions.Single(a => a.GetProperty("type").GetString() == "create").GetProperty("resource");
        Assert.Equal("ServiceRequest", create.GetProperty("resourceType").GetString());
        Assert.Equal("stat", create.GetProperty("priority").GetString());
        Assert.Equal("MRI of the whole spine", create.GetProperty("code").GetProperty("text").GetString());
        Assert.Equal("Patient/" + patient.Id, create.GetProperty("subject").GetProperty("reference").GetString());
        Assert.Equal("ServiceRequest/xr-1", actions.Single(a => a.GetProperty("type").GetString() == "delete").GetProperty("resourceId").GetString());
    }

    [Fact]
    public async Task OrderSelect_NoRedFlagWithQuestionsOpen_AsksTheQuestionsAndLinksTheQuestionnaire()
    {
        var patient = PatientRecord.Routine();
        var request = HookRequests.Order("order-select", patient, patient.Prefetch(), [("mri-1", FhirCodeSystems.Cpt, LumbarMri)], ["ServiceRequest/mri-1"]);

        var card = Assert.Single(await CardsAsync(CdsHooksServiceIds.OrderSelect, request));

        Assert.Equal("info", card.GetProperty("indicator").GetString());
        Assert.StartsWith("Before spine imaging: ask the red-flag questions", card.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("### Questions to ask", card.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var link = Assert.Single(card.GetProperty("links").EnumerateArray());
        Assert.Equal("smart", link.GetProperty("type").GetString());
        Assert.Equal("https://example.org/fhir/Questionnaire/redflags-lbp", link.GetProperty("appContext").GetString());
        Assert.False(card.TryGetProperty("suggestions", out _));
    }

    [Fact]
    public async Task PatientView_DecisiveQuestionOpen_OverallCardLinksTheQuestionnaire()
    {
        var open = PatientRecord.KnownCancer();
        var emergency = PatientRecord.Emergency();

        var openCards = await CardsAsync(CdsHooksServiceIds.PatientView, HookRequests.PatientView(open, open.Prefetch()));
        var emergencyCards = await CardsAsync(CdsHooksServiceIds.PatientView, HookRequests.PatientView(emergency, emergency.Prefetch()));

        var link = Assert.Single(openCards[0].GetProperty("links").EnumerateArray());
        Assert.Equal("https://apps.example.org/redflags-questionnaire/launch", link.GetProperty("url").GetString());
        Assert.False(emergencyCards[0].TryGetProperty("links", out _));
    }

    [Fact]
    public async Task OrderSelect_ImagingOrderNotSelected_ReturnsNoCardAndReadsNoData()
    {
        var patient = PatientRecord.Emergency();
        var request = HookRequests.Order("order-select", patient, prefetch: null, [("xr-1", FhirCodeSystems.Cpt, LumbarXRay), ("lab-1", FhirCodeSystems.Loinc, "4537-7")],
            ["ServiceRequest/lab-1"], fhirServer: "http://127.0.0.1:9/fhir");

        Assert.Empty(await CardsAsync(CdsHooksServiceIds.OrderSelect, request));
    }

    [Fact]
    public async Task OrderSign_OrderCodeNotInTheTable_ReturnsNoCard()
    {
        var patient = PatientRecord.Emergency();
        var request = HookRequests.Order("order-sign", patient, patient.Prefetch(), [("other-1", FhirCodeSystems.Cpt, "99999")]);

        Assert.Empty(await CardsAsync(CdsHooksServiceIds.OrderSign, request));
    }

    [Fact]
    public void For_NoRedFlagAndEveryQuestionAnswered_CitesNg59WithOverrideReasons()
    {
        var presentation = Enum.GetValues<Finding>().Aggregate(
            new PatientPresentation { AssessmentDate = new CalendarDate(2026, 1, 15), CareSetting = CareSetting.PrimaryCare, AgeYears = 35 },
            (p, finding) => p.With(finding, Presence.Absent))
            .With(Quantity.PostVoidResidualMillilitres, 50)
            .With(Quantity.EsrMillimetresPerHour, 10)
            .With(Quantity.TemperatureCelsius, 36.8);
        var assessment = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(presentation);
        var order = new ImagingOrder("ServiceRequest/xr-1", SpineImagingCode.Defaults[0]);

        var card = Assert.Single(ImagingOrderCards.For(assessment, [order], "p1", questionnaire: null));

        Assert.Equal(Urgency.Routine, assessment.Urgency);
        Assert.Empty(assessment.Questions);
        Assert.Equal(Fhir.CdsHooks.CdsIndicator.Info, card.Indicator);
        Assert.Contains("NICE NG59", card.Summary, StringComparison.Ordinal);
        Assert.Equal("https://www.nice.org.uk/guidance/ng59", card.Source.Url);
        Assert.Contains(card.OverrideReasons!, r => r.Code == "specialist-setting");
        Assert.Null(card.Suggestions);
    }

    [Theory]
    [InlineData(SpineImagingModality.XRay, SpineImagingRegion.Lumbar, false, Investigation.MriWholeSpine, false)]
    [InlineData(SpineImagingModality.Mri, SpineImagingRegion.Lumbar, false, Investigation.MriWholeSpine, false)]
    [InlineData(SpineImagingModality.Mri, SpineImagingRegion.WholeSpine, false, Investigation.MriWholeSpine, true)]
    [InlineData(SpineImagingModality.Mri, SpineImagingRegion.Lumbar, false, Investigation.MriLumbosacralSpine, true)]
    [InlineData(SpineImagingModality.Mri, SpineImagingRegion.Lumbar, false, Investigation.MriSpineWithContrast, false)]
    [InlineData(SpineImagingModality.Mri, SpineImagingRegion.Thoracic, true, Investigation.MriSpineWithContrast, true)]
    [InlineData(SpineImagingModality.XRay, SpineImagingRegion.Lumbar, false, Investigation.SpinalImagingForFracture, true)]
    [InlineData(SpineImagingModality.Ct, SpineImagingRegion.Lumbar, false, Investigation.CtSpine, true)]
    [InlineData(SpineImagingModality.Ct, SpineImagingRegion.Lumbar, false, Investigation.FullBloodCount, false)]
    public void Satisfies_OrderAndInvestigation_MatchesModalityRegionAndContrast(SpineImagingModality modality, SpineImagingRegion region, bool contrast, Investigation investigation, bool expected)
    {
        var code = new SpineImagingCode { System = "urn:local", Code = "x", Display = "x", Modality = modality, Region = region, WithContrast = contrast };

        Assert.Equal(expected, ImagingOrderCards.Satisfies(code, investigation));
    }
}
