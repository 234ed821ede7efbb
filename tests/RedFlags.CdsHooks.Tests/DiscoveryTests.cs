using System.Net;
using System.Text.Json;
using RedFlags.Fhir;

namespace RedFlags.CdsHooks.Tests;

/// <summary><c>GET /cds-services</c> over real HTTP.</summary>
public sealed class DiscoveryTests
{
    [Fact]
    public async Task Discovery_Get_ListsPatientViewWithAPrefetchTemplateForEveryTypeTheReaderUses()
    {
        using var signer = new EhrSigner();
        await using var server = await ServiceHost.StartTrustingAsync(signer);

        using var response = await server.Client.GetAsync("cds-services");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var service = Assert.Single(json.RootElement.GetProperty("services").EnumerateArray(), s => s.GetProperty("id").GetString() == CdsHooksServiceIds.PatientView);
        Assert.Equal("patient-view", service.GetProperty("hook").GetString());
        foreach (var property in new[] { "title", "description", "usageRequirements" })
        {
            Assert.False(string.IsNullOrWhiteSpace(service.GetProperty(property).GetString()));
        }

        var templates = service.GetProperty("prefetch").EnumerateObject().Select(p => p.Value.GetString()!).ToList();
        Assert.Equal(FhirPresentationReader.ResourceTypes.Count + 1, templates.Count);
        Assert.Contains("QuestionnaireResponse?patient={{context.patientId}}", templates);
        Assert.Contains("Patient/{{context.patientId}}", templates);
        Assert.All(FhirPresentationReader.ResourceTypes.Where(t => t != "Patient"), type => Assert.Contains(templates, t => t.StartsWith(type + "?patient={{context.patientId}}", StringComparison.Ordinal)));
        var observations = templates.Single(t => t.StartsWith("Observation?", StringComparison.Ordinal));
        Assert.All(FhirPresentationReader.ObservationCodes, code => Assert.Contains("http://loinc.org|" + code, observations, StringComparison.Ordinal));
        Assert.Contains("http://loinc.org|75325-1", observations, StringComparison.Ordinal);
        Assert.Contains("http://snomed.info/sct|267064002", observations, StringComparison.Ordinal);
        Assert.Contains("http://snomed.info/sct|386661006", observations, StringComparison.Ordinal);
    }
}
