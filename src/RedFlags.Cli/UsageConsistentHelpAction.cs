using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Text;

namespace RedFlags.Cli;

/// <summary>
/// System.CommandLine's help, with the "Commands:" list showing each command as its own usage line does. The library lists
/// <c>fingerprint &lt;FILE&gt;</c> for an optional argument that the command's usage line shows as <c>[&lt;FILE&gt;]</c>, and
/// its help builder cannot be customised from outside (it is internal in 2.0.0), so the rows are rewritten and realigned.
/// </summary>
internal sealed class UsageConsistentHelpAction : SynchronousCommandLineAction
{
    private const string Indent = "  ";
    private readonly HelpAction _help;

    public UsageConsistentHelpAction(HelpAction help) => _help = help;

    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var help = new StringWriter();
        configuration.Output = help;
        try
        {
            _help.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        output.Write(Rewrite(help.ToString(), parseResult.CommandResult.Command));
        return 0;
    }

    /// <summary>Rewrites the first column of the "Commands:" section of <paramref name="help"/> with <see cref="CommandTree.UsageLabel"/>.</summary>
    public static string Rewrite(string help, Command command)
    {
        var lines = help.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var section = Array.IndexOf(lines, "Commands:");
        if (section < 0 || command.Subcommands.Count == 0)
        {
            return help;
        }

        var end = section + 1;
        while (end < lines.Length && lines[end].StartsWith(Indent, StringComparison.Ordinal))
        {
            end++;
        }

        var labels = command.Subcommands.Where(c => !c.Hidden).ToDictionary(c => c.Name, CommandTree.UsageLabel, StringComparer.Ordinal);
        var width = labels.Values.Max(label => label.Length);
        var text = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i > section && i < end)
            {
                var isRow = line.Length > Indent.Length && line[Indent.Length] != ' ';
                if (isRow)
                {
                    var name = line[Indent.Length..].Split(' ', 2)[0];
                    var description = DescriptionOf(line);
                    line = labels.TryGetValue(name, out var label)
                        ? Indent + label.PadRight(width) + Indent + description
                        : line;
                }
                else
                {
                    line = new string(' ', Indent.Length + width + Indent.Length) + line.TrimStart();
                }
            }

            text.Append(line);
            if (i < lines.Length - 1)
            {
                text.Append(Environment.NewLine);
            }
        }

        return text.ToString();
    }

    /// <summary>The description after the first column: what follows the first run of two or more spaces after the label.</summary>
    private static string DescriptionOf(string row)
    {
        var gap = row.IndexOf(Indent, Indent.Length, StringComparison.Ordinal);
        return gap < 0 ? string.Empty : row[gap..].TrimStart();
    }
}
