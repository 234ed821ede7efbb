namespace RedFlags.Cli.Tests;

public class TextOutputTests
{
    // A redirected process never sees a terminal, so the end-to-end tests cannot reach this decision; it is tested here.
    [Theory]
    [InlineData(true, null, "xterm-256color", true)]
    [InlineData(true, "", "xterm", true)]
    [InlineData(true, null, "dumb", false)]
    [InlineData(true, "1", "xterm", false)]
    [InlineData(false, null, "xterm", false)]
    public void UsesEscapeCodes_TerminalNoColorAndTerm_OnlyOnAColourTerminal(bool isTerminal, string? noColor, string? term, bool expected)
    {
        Assert.Equal(expected, TextOutput.UsesEscapeCodes(isTerminal, noColor, term));
    }
}
