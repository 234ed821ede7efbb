using System;
using System.IO;
using RedFlags.Json;
using RedFlags.Rules;

namespace RedFlags.Cli;

/// <summary>Loads the rule set a command uses: the default catalogue, or the file given with <c>--rules</c>.</summary>
internal static class RuleSetSource
{
    /// <summary>Loads the rule set, or writes every problem to standard error and returns the exit code to use.</summary>
    public static bool TryLoad(string? path, out RuleSet ruleSet, out int exitCode)
    {
        ruleSet = DefaultCatalogue.RuleSet;
        exitCode = ExitCodes.Success;
        if (path is null)
        {
            return true;
        }

        if (InputFiles.IsDirectory(path))
        {
            exitCode = ExitCodes.UsageOrIOError;
            return false;
        }

        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"redflags: the rule-set file '{path}' does not exist.");
            exitCode = ExitCodes.UsageOrIOError;
            return false;
        }

        if (new FileInfo(path).Length == 0)
        {
            Console.Error.WriteLine($"redflags: the rule-set file '{path}' is empty; expected a rule-set JSON object.");
            exitCode = ExitCodes.InvalidInput;
            return false;
        }

        try
        {
            ruleSet = RuleSetJson.LoadFile(path);
            return true;
        }
        catch (RedFlagsValidationException exception)
        {
            Console.Error.WriteLine($"redflags: the rule set '{path}' is invalid: {Plural(exception.Errors.Count, "problem")}.");
            Diagnostics.WriteErrors(Console.Error, path, exception.Errors);
            exitCode = ExitCodes.InvalidInput;
            return false;
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"redflags: cannot read the rule-set file '{path}': {exception.Message}");
            exitCode = ExitCodes.UsageOrIOError;
            return false;
        }
        catch (UnauthorizedAccessException exception)
        {
            Console.Error.WriteLine($"redflags: cannot read the rule-set file '{path}': {exception.Message}");
            exitCode = ExitCodes.UsageOrIOError;
            return false;
        }
    }

    internal static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
