using System;
using System.Globalization;
using System.IO;
using System.Linq;
using RedFlags.Json;
using RedFlags.Rules;

namespace RedFlags.Cli;

/// <summary><c>redflags rules list|show|validate|fingerprint|export</c>.</summary>
internal static class RulesCommands
{
    public static int List(string? rulesPath)
    {
        if (!RuleSetSource.TryLoad(rulesPath, out var ruleSet, out var exitCode))
        {
            return exitCode;
        }

        var output = TextOutput.ForConsole();
        output.Raw(output.Bold($"{ruleSet.Id} {ruleSet.Version}") + output.Dim($"  sha256:{ruleSet.Fingerprint}  {ruleSet.Rules.Count} rules"));
        output.Blank();
        var idWidth = ruleSet.Rules.Max(r => r.Id.Length);
        var conditionWidth = ruleSet.Rules.Max(r => Vocabulary.Label(r.Condition).Length);
        output.Raw(output.Bold("ID".PadRight(idWidth) + "  " + "CONDITION".PadRight(conditionWidth) + "  " + "URGENCY  " + " TITLE"));
        foreach (var rule in ruleSet.Rules)
        {
            var urgency = rule.Recommendation.Urgency;
            output.Raw(
                rule.Id.PadRight(idWidth) + "  "
                + Vocabulary.Label(rule.Condition).PadRight(conditionWidth) + "  "
                + output.Accent(urgency, Names.Heading(urgency).PadRight(9)) + " "
                + rule.Title);
        }

        output.Flush();
        return ExitCodes.Success;
    }

    public static int Show(string id, string? rulesPath)
    {
        if (!RuleSetSource.TryLoad(rulesPath, out var ruleSet, out var exitCode))
        {
            return exitCode;
        }

        if (!ruleSet.TryGetRule(id, out var rule))
        {
            // A part of an id (MSCC) lists the ids that contain it; a mistyped id (MAL-MSCC-NEUR) gets the nearest one.
            var near = ruleSet.Rules.Where(r => r.Id.Contains(id, StringComparison.OrdinalIgnoreCase)).Select(r => r.Id).Take(5).ToArray();
            if (near.Length == 0 && Suggestions.Nearest(id, ruleSet.Rules.Select(r => r.Id)) is string nearest)
            {
                near = [nearest];
            }

            Console.Error.WriteLine($"redflags: no rule '{id}' in {ruleSet.Id} {ruleSet.Version}." + (near.Length > 0 ? " Did you mean: " + string.Join(", ", near) + "?" : " Run 'redflags rules list'."));
            return ExitCodes.UsageOrIOError;
        }

        var output = TextOutput.ForConsole();
        var recommendation = rule.Recommendation;
        output.Raw(output.Bold(rule.Id) + "  " + rule.Title);
        output.Line(0, output.Bold(Pad("Condition")), Vocabulary.Label(rule.Condition), 12);
        output.Line(0, output.Bold(Pad("Urgency")), output.Accent(recommendation.Urgency, Names.Heading(recommendation.Urgency)) + string.Create(CultureInfo.InvariantCulture, $" (priority {rule.Priority})"), 12);
        output.Line(0, output.Bold(Pad("Criterion")), rule.Criterion.ToString(), 12);
        output.Line(0, output.Bold(Pad("Clinician")), rule.ClinicianText, 12);
        output.Line(0, output.Bold(Pad("Patient")), rule.PatientText, 12);
        output.Heading("Recommendation");
        output.Line(2, output.Bold(Pad("Action")), recommendation.Action, 12);
        output.Line(2, output.Bold(Pad("Timeframe")), recommendation.Timeframe, 12);
        if (recommendation.Investigations.Count > 0)
        {
            output.Line(2, output.Bold(Pad("Tests")), string.Join("; ", recommendation.Investigations.Select(Vocabulary.Label)), 12);
        }

        output.Line(2, output.Bold(Pad("Basis")), recommendation.Basis, 12);
        output.Line(2, output.Bold(Pad("Advice")), recommendation.PatientAdvice, 12);
        output.Heading("Evidence");
        foreach (var evidence in rule.Evidence)
        {
            output.Line(2, "- ", $"{evidence.Citation} {Names.Words(evidence.Tag)}");
            if (evidence.StudySetting is not null)
            {
                output.Line(4, output.Bold(Pad("Setting")), evidence.StudySetting, 12);
            }

            var figures = string.Join("; ", new[]
            {
                Figure("LR+", evidence.PositiveLikelihoodRatio),
                Figure("LR-", evidence.NegativeLikelihoodRatio),
                Figure("sensitivity", evidence.Sensitivity),
                Figure("specificity", evidence.Specificity),
            }.Where(f => f.Length > 0));
            if (figures.Length > 0)
            {
                output.Line(4, output.Bold(Pad("Figures")), figures, 12);
            }

            if (evidence.Note is not null)
            {
                output.Line(4, output.Bold(Pad("Note")), evidence.Note, 12);
            }
        }

        output.Flush();
        return ExitCodes.Success;
    }

    public static int Validate(string path)
    {
        if (!InputFiles.TryReadAllText(path, "a rule-set JSON object", out var json, out var exitCode))
        {
            return exitCode;
        }

        var result = RuleSetJson.Validate(json);
        if (!result.IsValid)
        {
            Console.Error.WriteLine($"{path}: invalid rule set: {RuleSetSource.Plural(result.Errors.Count, "problem")}.");
            Diagnostics.WriteErrors(Console.Out, path, result.Errors);
            return ExitCodes.InvalidInput;
        }

        var ruleSet = RuleSetJson.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        Console.Out.WriteLine($"{path}: valid: {ruleSet.Id} {ruleSet.Version}, {ruleSet.Rules.Count} rules, sha256:{ruleSet.Fingerprint}");
        return ExitCodes.Success;
    }

    public static int Fingerprint(string? path)
    {
        if (!RuleSetSource.TryLoad(path, out var ruleSet, out var exitCode))
        {
            return exitCode;
        }

        // The same form as every other output of the tool (and the report's "Fingerprint" line): sha256:<hex>.
        Console.Out.WriteLine("sha256:" + ruleSet.Fingerprint);
        return ExitCodes.Success;
    }

    public static int Export()
    {
        Console.Out.WriteLine(RuleSetJson.Serialize(DefaultCatalogue.RuleSet, indented: true));
        return ExitCodes.Success;
    }

    private static string Pad(string label) => (label + ":").PadRight(12);

    private static string Figure(string name, Estimate? estimate)
    {
        if (estimate is null)
        {
            return string.Empty;
        }

        var value = estimate.Value.ToString("0.###", CultureInfo.InvariantCulture);
        return estimate.Lower is double lower && estimate.Upper is double upper
            ? string.Create(CultureInfo.InvariantCulture, $"{name} {value} ({lower:0.###}-{upper:0.###})")
            : $"{name} {value}";
    }
}
