using System;
using System.CommandLine.Invocation;

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
            // Usage errors get their own documented exit code (System.CommandLine's default is 1).
            foreach (var error in parseResult.Errors)
            {
                Console.Error.WriteLine($"redflags: {error.Message}");
            }

            Console.Error.WriteLine("Run 'redflags --help' or 'redflags <command> --help' for usage.");
            return ExitCodes.UsageOrIOError;
        }

        return parseResult.Invoke();
    }
}
