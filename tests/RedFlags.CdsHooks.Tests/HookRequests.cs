using System.Text.Json.Nodes;

namespace RedFlags.CdsHooks.Tests;

/// <summary>CDS Hooks requests shaped like the specification's examples.</summary>
internal static class HookRequests
{
    public const string FhirToken = "some-opaque-fhir-access-token";

    public static JsonObject PatientView(PatientRecord patient, JsonObject? prefetch, string? fhirServer = null, string? fhirToken = FhirToken)
    {
        var request = new JsonObject
        {
            ["hookInstance"] = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
            ["hook"] = "patient-view",
            ["context"] = new JsonObject { ["userId"] = "Practitioner/example", ["patientId"] = patient.Id },
        };
        if (fhirServer is not null)
        {
            request["fhirServer"] = fhirServer;
            if (fhirToken is not null)
            {
                request["fhirAuthorization"] = new JsonObject
                {
                    ["access_token"] = fhirToken,
                    ["token_type"] = "Bearer",
                    ["expires_in"] = 300,
                    ["scope"] = "user/Patient.read user/Condition.read user/Observation.read",
                    ["subject"] = "cds-service4",
                };
            }
        }

        if (prefetch is not null)
        {
            request["prefetch"] = prefetch;
        }

        return request;
    }

    /// <summary>An order-select or order-sign request with draft ServiceRequests (system, code) and, for order-select, the selections.</summary>
    public static JsonObject Order(string hook, PatientRecord patient, JsonObject? prefetch, (string Id, string System, string Code)[] orders, string[]? selections = null, string? fhirServer = null)
    {
        var request = PatientView(patient, prefetch, fhirServer);
        request["hook"] = hook;
        var entries = new JsonArray();
        foreach (var (id, system, code) in orders)
        {
            entries.Add(new JsonObject
            {
                ["resource"] = new JsonObject
                {
                    ["resourceType"] = "ServiceRequest",
                    ["id"] = id,
                    ["status"] = "draft",
                    ["intent"] = "order",
                    ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = system, ["code"] = code }) },
                    ["subject"] = new JsonObject { ["reference"] = "Patient/" + patient.Id },
                },
            });
        }

        var context = request["context"]!.AsObject();
        context["draftOrders"] = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = entries };
        if (selections is not null)
        {
            context["selections"] = new JsonArray(selections.Select(s => (JsonNode)JsonValue.Create(s)).ToArray());
        }

        return request;
    }
}
