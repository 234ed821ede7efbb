using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedFlags.CdsHooks.Tests;

/// <summary><c>LocalCodesFile</c>: a hospital's local codes, read from a real file at start and used to read the prefetch.</summary>
public sealed class LocalCodesTests : IDisposable
{
    private const string LocalSystem = "https://hospital.example.org/codes/symptoms";

    private readonly string _file = Path.Combine(Path.GetTempPath(), "redflags-local-codes-" + Guid.NewGuid().ToString("N") + ".json");
    private readonly EhrSigner _signer = new();

    public void Dispose()
    {
        File.Delete(_file);
        _signer.Dispose();
    }

    private Task<LoopbackServer> StartAsync() => ServiceHost.StartAsync(options =>
    {
        var issuer = new CdsHooksIssuer { Issuer = EhrSigner.Issuer };
        issuer.JsonWebKeys.Add(_signer.RsaPublicJwk);
        options.Issuers.Add(issuer);
        options.LocalCodesFile = _file;
    });

    // A woman of 45 with one Observation: the HL7 Symptoms IG pattern (LOINC 75325-1) naming the hospital's saddle-numbness code.
    private static JsonObject SaddleRequest()
    {
        var patient = new JsonObject { ["resourceType"] = "Patient", ["id"] = "local-1", ["gender"] = "female", ["birthDate"] = "1980-09-09" };
        var observation = new JsonObject
        {
            ["resourceType"] = "Observation",
            ["id"] = "o1",
            ["status"] = "final",
            ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://loinc.org", ["code"] = "75325-1" }) },
            ["effectiveDateTime"] = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["valueCodeableConcept"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = LocalSystem, ["code"] = "SADDLE" }) },
        };
        var prefetch = new JsonObject { ["patient"] = patient };
        foreach (var key in new[] { "condition", "observation", "medicationStatement", "medicationRequest", "procedure", "familyMemberHistory", "questionnaireResponse" })
        {
            var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "searchset" };
            if (key == "observation")
            {
                bundle["entry"] = new JsonArray(new JsonObject { ["resource"] = observation });
            }

            prefetch[key] = bundle;
        }

        return new JsonObject
        {
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["hook"] = "patient-view",
            ["context"] = new JsonObject { ["userId"] = "Practitioner/example", ["patientId"] = "local-1" },
            ["prefetch"] = prefetch,
        };
    }

    private async Task<string> FirstIndicatorAsync(LoopbackServer server)
    {
        using var response = await ServiceHost.PostAsync(server, CdsHooksServiceIds.PatientView, SaddleRequest(), _signer.Token(ServiceHost.Audience(server, CdsHooksServiceIds.PatientView)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return CardRules.Cards(json)[0].GetProperty("indicator").GetString()!;
    }

    [Fact]
    public async Task PatientView_LocalSaddleCodeFromTheLocalCodesFile_IsReadAndIsAnEmergency()
    {
        await File.WriteAllTextAsync(_file, """
            {"codes": [{"kind": "condition", "system": "https://hospital.example.org/codes/symptoms", "code": "SADDLE", "finding": "saddleNumbness", "display": "Saddle numbness (local)", "source": "Hospital symptom list v2"}]}
            """);
        await using var server = await StartAsync();

        Assert.Equal("critical", await FirstIndicatorAsync(server));
    }

    [Fact]
    public async Task PatientView_SameCodeWithoutLocalCodes_IsNotAnEmergency()
    {
        await File.WriteAllTextAsync(_file, """{"codes": []}""");
        await using var server = await StartAsync();

        Assert.NotEqual("critical", await FirstIndicatorAsync(server));
    }

    [Fact]
    public async Task MapRedFlagsCdsHooks_InvalidLocalCodesFile_FailsAtStartListingEveryError()
    {
        await File.WriteAllTextAsync(_file, """{"codes": [{"kind": "observation", "system": "x", "code": "", "finding": "saddle", "source": ""}]}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(StartAsync);

        Assert.Contains("LocalCodesFile", error.Message, StringComparison.Ordinal);
        Assert.Contains("codes[0].kind: 'observation'", error.Message, StringComparison.Ordinal);
        Assert.Contains("codes[0].finding: 'saddle'", error.Message, StringComparison.Ordinal);
        Assert.Contains("codes[0].source: is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapRedFlagsCdsHooks_MissingLocalCodesFile_FailsAtStart()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(StartAsync);

        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }
}
