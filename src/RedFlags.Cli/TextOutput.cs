using System;
using System.IO;
using System.Text;

namespace RedFlags.Cli;

/// <summary>
/// A writer for reports that adds ANSI colour and word-wrapping when the output is a terminal, and writes plain, unwrapped
/// text otherwise (so that redirected output is easy to grep and diff).
/// </summary>
internal sealed class TextOutput
{
    private const string Reset = "\u001b[0m";
    private readonly TextWriter _writer;
    private readonly bool _ansi;
    private readonly int _width;

    public TextOutput(TextWriter writer, bool ansi, int width)
    {
        _writer = writer;
        _ansi = ansi;
        _width = width;
    }

    /// <summary>A writer for standard output: colour and layout only on a terminal that is not dumb and when NO_COLOR is not set.</summary>
    public static TextOutput ForConsole()
    {
        var terminal = !Console.IsOutputRedirected;
        var width = 0;
        if (terminal)
        {
            try
            {
                width = Math.Clamp(Console.WindowWidth, 60, 120);
            }
            catch (IOException)
            {
                width = 100;
            }
        }

        return new TextOutput(Console.Out, UsesEscapeCodes(terminal, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM")), width);
    }

    /// <summary>
    /// Whether output may carry ANSI escape codes: only to a terminal, only when <c>NO_COLOR</c> is unset or empty
    /// (no-color.org), and never when <c>TERM</c> is <c>dumb</c> (Emacs shells, some CI logs), which shows them as garbage.
    /// </summary>
    public static bool UsesEscapeCodes(bool isTerminal, string? noColor, string? term) =>
        isTerminal && string.IsNullOrEmpty(noColor) && !string.Equals(term, "dumb", StringComparison.Ordinal);

    public string Bold(string text) => Wrap(text, "\u001b[1m");

    public string Dim(string text) => Wrap(text, "\u001b[2m");

    /// <summary>The urgency as a coloured badge on a terminal (padded so the background shows), plain otherwise.</summary>
    public string Badge(Urgency urgency, string text) => _ansi ? Colour(urgency, " " + text + " ") : text;

    public string Colour(Urgency urgency, string text) => urgency switch
    {
        Urgency.Emergency => Wrap(text, "\u001b[1;97;41m"),
        Urgency.Urgent => Wrap(text, "\u001b[1;30;43m"),
        Urgency.Soon => Wrap(text, "\u001b[1;33m"),
        _ => Wrap(text, "\u001b[1;32m"),
    };

    public string Accent(Urgency urgency, string text) => urgency switch
    {
        Urgency.Emergency => Wrap(text, "\u001b[1;31m"),
        Urgency.Urgent => Wrap(text, "\u001b[1;33m"),
        Urgency.Soon => Wrap(text, "\u001b[33m"),
        _ => Wrap(text, "\u001b[32m"),
    };

    public void Blank() => _writer.WriteLine();

    /// <summary>Writes a heading with an underline.</summary>
    public void Heading(string text)
    {
        _writer.WriteLine();
        _writer.WriteLine(Bold(text));
        _writer.WriteLine(Dim(new string('-', text.Length)));
    }

    /// <summary>
    /// Writes a line: <paramref name="indent"/> spaces, the already-styled <paramref name="lead"/>, then <paramref name="text"/>
    /// word-wrapped (on a terminal) with continuation lines aligned after the lead.
    /// </summary>
    public void Line(int indent, string lead, string text, int leadWidth = -1)
    {
        var visibleLead = leadWidth >= 0 ? leadWidth : lead.Length;
        var prefix = new string(' ', indent);
        if (_width <= 0 || indent + visibleLead + text.Length <= _width)
        {
            _writer.WriteLine(prefix + lead + text);
            return;
        }

        var available = Math.Max(20, _width - indent - visibleLead);
        var hanging = new string(' ', indent + visibleLead);
        var line = new StringBuilder(prefix + lead);
        var used = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (used > 0 && used + 1 + word.Length > available)
            {
                _writer.WriteLine(line.ToString());
                line.Clear().Append(hanging);
                used = 0;
            }

            if (used > 0)
            {
                line.Append(' ');
                used++;
            }

            line.Append(word);
            used += word.Length;
        }

        _writer.WriteLine(line.ToString());
    }

    /// <summary>Writes a line as it is.</summary>
    public void Raw(string text) => _writer.WriteLine(text);

    public void Flush() => _writer.Flush();

    private string Wrap(string text, string code) => _ansi ? code + text + Reset : text;
}
