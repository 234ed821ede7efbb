using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using RedFlags.Json;

namespace RedFlags.Testing;

/// <summary>Loads scenario files and checks them against a rule set with one call, from any test framework.</summary>
/// <example>
/// <code>
/// var evaluator = new RedFlagEvaluator(RuleSetJson.LoadFile("rules/our-clinic.json"));
/// Scenarios.RunDirectory("scenarios", evaluator);   // throws, listing every failing scenario, when one fails
/// </code>
/// </example>
public static class Scenarios
{
    private static readonly string[] s_scenarioProperties = ["name", "presentation", "expect"];
    private static readonly string[] s_expectProperties = ["urgency", "decidedBy", "fires", "doesNotFire", "asks"];

    /// <summary>Parses one scenario.</summary>
    /// <param name="json">The scenario JSON.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="FormatException">Thrown when the scenario is malformed; the message names the problem and the source.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the presentation in it is invalid.</exception>
    public static Scenario Parse(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var where = source ?? "scenario";
        RequireObject(root, where);
        RejectUnknown(root, s_scenarioProperties, where);
        if (!root.TryGetProperty("presentation", out var presentation) || !root.TryGetProperty("expect", out var expect))
        {
            throw new FormatException($"{where}: a scenario needs \"presentation\" and \"expect\".");
        }

        RequireObject(expect, where + ".expect");
        RejectUnknown(expect, s_expectProperties, where + ".expect");
        if (!expect.EnumerateObject().Any())
        {
            throw new FormatException($"{where}.expect: give at least one expectation ({string.Join(", ", s_expectProperties)}).");
        }

        return new Scenario
        {
            Name = root.TryGetProperty("name", out var name) ? name.GetString() ?? where : where,
            Source = source,
            Presentation = RedFlagsJson.ParsePresentation(presentation.GetRawText()),
            ExpectedUrgency = expect.TryGetProperty("urgency", out var urgency) ? ParseUrgency(urgency.GetString(), where) : null,
            ExpectedDecidingRule = expect.TryGetProperty("decidedBy", out var decidedBy) ? decidedBy.GetString() : null,
            MustFire = Strings(expect, "fires"),
            MustNotFire = Strings(expect, "doesNotFire"),
            MustAsk = Strings(expect, "asks"),
        };
    }

    /// <summary>Loads a scenario file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The scenario.</returns>
    public static Scenario Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Loads every <c>*.json</c> scenario file of a directory, in ordinal file-name order.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The scenarios.</returns>
    public static IReadOnlyList<Scenario> LoadDirectory(string directory)
        => Directory.GetFiles(directory, "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(Load).ToArray();

    /// <summary>Checks a scenario and returns what failed (empty when it passes).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="evaluator">The evaluator of the rule set under test.</param>
    /// <returns>Each unmet expectation, in words.</returns>
    public static IReadOnlyList<string> Check(Scenario scenario, RedFlagEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(evaluator);
        var assessment = evaluator.Assess(scenario.Presentation);
        var fired = assessment.Conditions.SelectMany(c => c.Flags).Concat(assessment.ContributingFlags).Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var failures = new List<string>();
        if (scenario.ExpectedUrgency is Urgency urgency && assessment.Urgency != urgency)
        {
            failures.Add($"expected urgency {urgency} but was {assessment.Urgency}");
        }

        if (scenario.ExpectedDecidingRule is string deciding && !string.Equals(deciding, assessment.DecidingRuleId, StringComparison.Ordinal))
        {
            failures.Add($"expected the action of {deciding} but it came from {assessment.DecidingRuleId ?? "no rule"}");
        }

        failures.AddRange(scenario.MustFire.Where(id => !fired.Contains(id)).Select(id => $"expected {id} to fire"));
        failures.AddRange(scenario.MustNotFire.Where(fired.Contains).Select(id => $"expected {id} not to fire"));
        failures.AddRange(scenario.MustAsk.Where(q => assessment.Questions.All(x => x.Name != q)).Select(q => $"expected the question '{q}'"));
        if (failures.Count > 0)
        {
            failures.Add(AssessmentAssertions.Explain(assessment));
        }

        return failures;
    }

    /// <summary>Checks scenarios and throws one exception listing every failing scenario with an explanation.</summary>
    /// <param name="scenarios">The scenarios.</param>
    /// <param name="evaluator">The evaluator of the rule set under test.</param>
    /// <exception cref="RedFlagsAssertionException">Thrown when any scenario fails.</exception>
    public static void Run(IEnumerable<Scenario> scenarios, RedFlagEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var report = new StringBuilder();
        var count = 0;
        var failed = 0;
        foreach (var scenario in scenarios)
        {
            count++;
            var failures = Check(scenario, evaluator);
            if (failures.Count > 0)
            {
                failed++;
                report.Append('\n').Append(scenario.Name).Append(scenario.Source is null ? string.Empty : $" ({scenario.Source})").Append(':');
                foreach (var failure in failures)
                {
                    report.Append("\n  ").Append(failure.Replace("\n", "\n    ", StringComparison.Ordinal));
                }
            }
        }

        if (count == 0)
        {
            throw new RedFlagsAssertionException("No scenario was given.");
        }

        if (failed > 0)
        {
            throw new RedFlagsAssertionException($"{failed} of {count} scenarios failed with rule set {evaluator.RuleSet}:{report}");
        }
    }

    /// <summary>Loads and checks every scenario file of a directory.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="evaluator">The evaluator of the rule set under test.</param>
    /// <exception cref="RedFlagsAssertionException">Thrown when any scenario fails.</exception>
    public static void RunDirectory(string directory, RedFlagEvaluator evaluator) => Run(LoadDirectory(directory), evaluator);

    private static Urgency ParseUrgency(string? text, string where) => text switch
    {
        "routine" => Urgency.Routine,
        "soon" => Urgency.Soon,
        "urgent" => Urgency.Urgent,
        "emergency" => Urgency.Emergency,
        _ => throw new FormatException($"{where}.expect.urgency: '{text}' is not one of routine, soon, urgent, emergency."),
    };

    private static string[] Strings(JsonElement expect, string property)
        => expect.TryGetProperty(property, out var array) ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray() : [];

    private static void RequireObject(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{where}: expected a JSON object.");
        }
    }

    private static void RejectUnknown(JsonElement element, string[] known, string where)
    {
        var unknown = element.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(n, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0)
        {
            throw new FormatException($"{where}: unknown propert{(unknown.Length == 1 ? "y" : "ies")} {string.Join(", ", unknown)}; expected {string.Join(", ", known)}.");
        }
    }
}
