using System;
using RedFlags.Json;

namespace RedFlags.Cli;

/// <summary><c>redflags assess FILE|-</c>: one presentation, one report.</summary>
internal static class AssessCommand
{
    public static int Run(string path, string format, CalendarDate? date, string? rulesPath)
    {
        if (!RuleSetSource.TryLoad(rulesPath, out var ruleSet, out var exitCode))
        {
            return exitCode;
        }

        if (!InputFiles.TryReadAllText(path, out var json))
        {
            return ExitCodes.UsageOrIOError;
        }

        var source = path == InputFiles.StandardInput ? "<stdin>" : path;
        Assessment assessment;
        try
        {
            var presentation = PresentationInput.Parse(json, date, PresentationInput.Today);
            assessment = new RedFlagEvaluator(ruleSet).Assess(presentation);
        }
        catch (RedFlagsValidationException exception)
        {
            Console.Error.WriteLine($"redflags: the presentation in '{source}' is invalid: {RuleSetSource.Plural(exception.Errors.Count, "problem")}.");
            Diagnostics.WriteErrors(Console.Error, source, exception.Errors);
            return ExitCodes.InvalidInput;
        }

        if (format == "json")
        {
            Console.Out.WriteLine(RedFlagsJson.Serialize(assessment, indented: true));
            Console.Out.Flush();
        }
        else
        {
            ReportRenderer.Render(assessment, TextOutput.ForConsole());
        }

        return ExitCodes.Success;
    }
}
