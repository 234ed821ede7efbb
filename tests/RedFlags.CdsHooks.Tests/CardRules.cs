using System.Text.Json;

namespace RedFlags.CdsHooks.Tests;

/// <summary>The CDS Hooks 2.0 JSON rules a response must keep, checked on the wire format.</summary>
internal static class CardRules
{
    private static readonly string[] s_indicators = ["info", "warning", "critical"];

    /// <summary>Asserts the response follows the rules and returns its cards.</summary>
    public static List<JsonElement> Cards(JsonDocument response)
    {
        NoNullOrEmpty(response.RootElement, "$");
        var cards = response.RootElement.GetProperty("cards").EnumerateArray().ToList();
        foreach (var card in cards)
        {
            var summary = card.GetProperty("summary").GetString()!;
            Assert.InRange(summary.Length, 1, 139);
            Assert.Contains(card.GetProperty("indicator").GetString(), s_indicators);
            Assert.False(string.IsNullOrWhiteSpace(card.GetProperty("source").GetProperty("label").GetString()));
            Assert.True(Guid.TryParse(card.GetProperty("uuid").GetString(), out _));
            Assert.Equal(card.TryGetProperty("suggestions", out _), card.TryGetProperty("selectionBehavior", out _));
            if (card.TryGetProperty("links", out var links))
            {
                Assert.All(links.EnumerateArray(), link => Assert.Contains(link.GetProperty("type").GetString(), new[] { "absolute", "smart" }));
            }
        }

        return cards;
    }

    // CDS Hooks: "a service SHOULD NOT send null or empty values"; every string, array and object carries something.
    private static void NoNullOrEmpty(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.Fail(path + " is null");
                break;
            case JsonValueKind.String:
                Assert.False(string.IsNullOrWhiteSpace(element.GetString()), path + " is empty");
                break;
            case JsonValueKind.Array:
                Assert.True(element.GetArrayLength() > 0 || path == "$.cards", path + " is an empty array");
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    NoNullOrEmpty(item, path + "[" + i++ + "]");
                }

                break;
            case JsonValueKind.Object:
                Assert.True(element.EnumerateObject().Any(), path + " is an empty object");
                foreach (var property in element.EnumerateObject())
                {
                    NoNullOrEmpty(property.Value, path + "." + property.Name);
                }

                break;
        }
    }
}
