using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace RedFlags.CdsHooks.Internal;

/// <summary>A draft spine imaging order: its reference (<c>ServiceRequest/id</c>, when it has an id) and the code row that matched.</summary>
internal sealed record ImagingOrder(string? Reference, SpineImagingCode Code);

/// <summary>Finds the spine imaging orders among the draft orders of an <c>order-select</c> or <c>order-sign</c> context.</summary>
internal static class ImagingOrders
{
    private static readonly FhirJsonDeserializer s_deserializer = new(new DeserializerSettings().UsingMode(DeserializationMode.Recoverable));

    /// <summary>
    /// The ServiceRequests of <c>context.draftOrders</c> whose code is in the table; with <paramref name="selectedOnly"/>,
    /// only those named in <c>context.selections</c>.
    /// </summary>
    public static List<ImagingOrder> Find(JsonElement context, IEnumerable<SpineImagingCode> table, bool selectedOnly)
    {
        if (!context.TryGetProperty("draftOrders", out var draft) || draft.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        HashSet<string>? selections = null;
        if (selectedOnly && context.TryGetProperty("selections", out var selected) && selected.ValueKind == JsonValueKind.Array)
        {
            selections = selected.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!).ToHashSet(System.StringComparer.Ordinal);
        }

        s_deserializer.TryDeserializeResource(draft.GetRawText(), out var resource, out _);
        var requests = resource switch
        {
            Bundle bundle => bundle.Entry.Select(e => e.Resource).OfType<ServiceRequest>(),
            ServiceRequest single => [single],
            _ => [],
        };
        var rows = table.ToList();
        var orders = new List<ImagingOrder>();
        foreach (var request in requests)
        {
            var reference = request.Id is null ? null : "ServiceRequest/" + request.Id;
            if (selections is not null && (reference is null || !selections.Contains(reference)))
            {
                continue;
            }

            var row = (request.Code?.Coding ?? []).Select(c => rows.FirstOrDefault(r => r.System == c.System && r.Code == c.Code)).FirstOrDefault(r => r is not null);
            if (row is not null)
            {
                orders.Add(new ImagingOrder(reference, row));
            }
        }

        return orders;
    }
}
