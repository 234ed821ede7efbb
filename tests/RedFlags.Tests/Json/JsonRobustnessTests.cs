using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using RedFlags.Json;
using static RedFlags.Tests.Json.JsonTestData;

namespace RedFlags.Tests.Json;

/// <summary>
/// Thousands of random mutations of valid documents (fixed seed) must end in a result or a
/// <see cref="RedFlagsValidationException"/>: never another exception, a hang or a partial result.
/// </summary>
public class JsonRobustnessTests
{
    private static readonly string[] s_values = ["null", "true", "0", "-1", "1.5", "1e400", "-1e400", "99999999999999999999999", "\"\"", "\"present\"", "[]", "{}", "[1,2]", "{\"a\":1}", "\"2025-13-45\""];

    [Fact]
    public void ParsePresentation_RandomMutations_OnlyEverThrowValidationException()
    {
        var random = new Random(20250314);
        var documents = Presentations.Values.Select(p => RedFlagsJson.Serialize(p, indented: true)).ToArray();
        Run(random, documents, 4000, json => RedFlagsJson.ParsePresentation(json), bytes => RedFlagsJson.ReadPresentation(new MemoryStream(bytes)));
    }

    [Fact]
    public void ParseRuleSet_RandomMutations_OnlyEverThrowValidationException()
    {
        var random = new Random(4);
        var local = """
            {
              "id": "my-clinic",
              "version": "1.0.0",
              "extends": "redflags-lbp-default",
              "disabled": [ { "ruleId": "MAL-NIGHT-SWEATS", "reason": "Audit" } ],
              "added": [ {
                "id": "LOCAL-X",
                "condition": "malignancy",
                "title": "t",
                "clinicianText": "c",
                "patientText": "p",
                "criterion": { "anyOf": [ { "atLeastOf": 1, "criteria": [ { "finding": "fever", "unknownCountsAsPresent": true } ] }, { "not": { "quantity": "ageYears", "lessThan": 18 } }, { "flag": "MAL-HISTORY-OF-CANCER" } ] },
                "recommendation": { "urgency": "soon", "action": "a", "timeframe": "t", "investigations": ["esr"], "basis": "b", "patientAdvice": "p" },
                "evidence": [ { "citation": "c", "tag": "design", "positiveLikelihoodRatio": { "value": 2, "lower": 1, "upper": 3 } } ],
                "priority": 50
              } ]
            }
            """;
        Run(random, [local], 1500, json => RuleSetJson.Parse(json), bytes => RuleSetJson.Load(new MemoryStream(bytes)));

        var catalogue = RuleSetJson.Serialize(DefaultCatalogue.RuleSet, indented: false);
        Run(random, [catalogue], 150, json => RuleSetJson.Parse(json), bytes => RuleSetJson.Load(new MemoryStream(bytes)));
    }

    [Fact]
    public void ParseAssessment_RandomMutations_OnlyEverThrowValidationException()
    {
        var random = new Random(7);
        var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);
        var documents = Presentations.Values.Select(p => RedFlagsJson.Serialize(evaluator.Assess(p))).ToArray();
        Run(random, documents, 800, json => RedFlagsJson.ParseAssessment(json), bytes => RedFlagsJson.ParseAssessment(Encoding.UTF8.GetString(bytes)));
    }

    private static void Run<T>(Random random, string[] documents, int count, Func<string, T> parseText, Func<byte[], T> parseBytes)
        where T : class
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var original = documents[random.Next(documents.Length)];
            var kind = random.Next(9);
            byte[]? bytes = null;
            string? text = null;
            switch (kind)
            {
                case 0:
                    bytes = Encoding.UTF8.GetBytes(original);
                    for (var k = random.Next(1, 4); k > 0; k--)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    bytes = Encoding.UTF8.GetBytes(original);
                    bytes = [.. bytes.Take(random.Next(bytes.Length)), (byte)random.Next(0x80, 0x100), .. bytes.Skip(random.Next(bytes.Length))];
                    break;
                case 2:
                    var start = random.Next(original.Length);
                    text = original.Remove(start, random.Next(Math.Min(40, original.Length - start) + 1));
                    break;
                case 3:
                    var from = random.Next(original.Length);
                    var length = random.Next(Math.Min(60, original.Length - from) + 1);
                    text = original.Insert(random.Next(original.Length), original.Substring(from, length));
                    break;
                case 4:
                    var depth = random.Next(30, 200);
                    text = original.Insert(original.IndexOf(':', StringComparison.Ordinal) + 1, new string('[', depth) + new string(']', depth));
                    break;
                case 5:
                    // An escaped lone surrogate inside a string (valid JSON syntax, invalid UTF-16).
                    var quote = original.IndexOf('"', random.Next(original.Length));
                    text = quote < 0 ? original : original.Insert(quote + 1, random.Next(2) == 0 ? "\\ud800" : "\\udc00x");
                    break;
                default:
                    text = Structural(random, original);
                    break;
            }

            try
            {
                var result = text is not null ? parseText(text) : parseBytes(bytes!);
                Assert.NotNull(result);
            }
            catch (RedFlagsValidationException exception)
            {
                Assert.NotEmpty(exception.Errors);
                Assert.All(exception.Errors, e => Assert.StartsWith("RF", e.Code, StringComparison.Ordinal));
            }
            catch (Exception exception)
            {
                Assert.Fail($"Mutation {i} (kind {kind}) threw {exception.GetType().Name}: {exception.Message}\n{text ?? Convert.ToBase64String(bytes!)}");
            }
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{count} mutations took {watch.Elapsed}");
    }

    // Drops, duplicates, renames or retypes one property chosen at random anywhere in the document.
    private static string Structural(Random random, string original)
    {
        var root = JsonNode.Parse(original)!;
        var slots = new List<(JsonObject Parent, string Key)>();
        Collect(root, slots);
        var (parent, key) = slots[random.Next(slots.Count)];
        switch (random.Next(4))
        {
            case 0:
                parent.Remove(key);
                return root.ToJsonString();
            case 1:
                var json = root.ToJsonString();
                var value = parent[key]?.ToJsonString() ?? "null";
                var marker = $"\"{key}\":";
                var at = json.IndexOf(marker, StringComparison.Ordinal);
                return at < 0 ? json : json.Insert(at, $"{marker}{value},");
            case 2:
                var moved = parent[key];
                parent.Remove(key);
                parent[key.ToUpperInvariant() + "x"] = moved;
                return root.ToJsonString();
            default:
                parent[key] = JsonNode.Parse(s_values[random.Next(s_values.Length)]);
                return root.ToJsonString();
        }
    }

    private static void Collect(JsonNode? node, List<(JsonObject, string)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj.ToList())
                {
                    slots.Add((obj, property.Key));
                    Collect(property.Value, slots);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, slots);
                }

                break;
        }
    }
}
