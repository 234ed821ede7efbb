using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Linq;

namespace RedFlags.Cli;

/// <summary>The entry point of the <c>redflags</c> command-line tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = CommandTree.Build();
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            // Usage errors get their own documented exit code (System.CommandLine's default is 1), every error, and a
            // "did you mean" for each mistyped command or option.
            foreach (var error in parseResult.Errors)
            {
                Console.Error.WriteLine($"redflags: {error.Message}");
            }

            foreach (var suggestion in TypoSuggestions(parseResult, args))
            {
                Console.Error.WriteLine($"redflags: {suggestion}");
            }

            Console.Error.WriteLine("Run 'redflags --help' or 'redflags <command> --help' for usage.");
            return ExitCodes.UsageOrIOError;
        }

        // The runtime's own handling of SIGINT and SIGTERM stays: System.CommandLine's would cancel and then, after a
        // timeout, end the process mid-record. batch handles both signals itself (StopSignals).
        return parseResult.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }

    /// <summary>
    /// For each token the parser did not match, and each unknown word that looks like an option (the parser may have taken
    /// <c>--fomat</c> as the FILE argument), the nearest subcommand or option of the command it was given to.
    /// </summary>
    private static string[] TypoSuggestions(ParseResult parseResult, string[] args)
    {
        var command = parseResult.CommandResult.Command;
        var names = command.Subcommands.Select(subcommand => subcommand.Name)
            .Concat(command.Options.Concat(parseResult.RootCommandResult.Command.Options)
                .Where(option => !option.Hidden)
                .SelectMany(option => option.Aliases.Prepend(option.Name)))
            .ToArray();
        var unknownOptions = args.Where(arg => arg.Length > 1 && arg[0] == '-' && !names.Contains(arg, StringComparer.Ordinal));
        return parseResult.UnmatchedTokens.Concat(unknownOptions).Distinct(StringComparer.Ordinal)
            .Select(token => (Token: token, Nearest: Suggestions.Nearest(token, names)))
            .Where(pair => pair.Nearest is not null)
            .Select(pair => $"'{pair.Token}' is not a command or option of '{command.Name}'. Did you mean '{pair.Nearest}'?")
            .ToArray();
    }
}
