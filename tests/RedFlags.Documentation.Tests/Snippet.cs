using System.Text.RegularExpressions;

namespace RedFlags.Documentation.Tests;

/// <summary>
/// One C# block of the documentation, with what its <c>&lt;!-- compile: ... --&gt;</c> directive (an HTML comment on
/// one of the lines just above the block) says about it:
/// <list type="bullet">
/// <item><c>&lt;!-- compile: PACKAGE ... --&gt;</c>: the packages the block needs besides <c>RedFlags</c>.</item>
/// <item><c>&lt;!-- compile: after-previous PACKAGE ... --&gt;</c>: the block goes in the same file as the block before it.</item>
/// <item><c>&lt;!-- compile: no (reason) --&gt;</c>: not a program (an API summary, a line of internal code); the reason is required.</item>
/// </list>
/// Without a directive the block needs only the <c>RedFlags</c> package.
/// </summary>
internal sealed partial record Snippet(string File, int Line, string Code, IReadOnlyList<string> Packages, bool AfterPrevious, string? NotCompiledReason)
{
    /// <summary>The pages whose blocks are compiled: the README, every page under docs/ and each package's readme.</summary>
    public static IEnumerable<string> Pages() =>
        new[] { "README.md" }
            .Concat(Directory.GetFiles(RepositoryFiles.PathOf("docs"), "*.md", SearchOption.AllDirectories).Select(Relative))
            .Concat(Directory.GetDirectories(RepositoryFiles.PathOf("src")).Select(d => Path.Combine(d, "README.md")).Where(System.IO.File.Exists).Select(Relative))
            .Order(StringComparer.Ordinal);

    /// <summary>Every C# block of every page.</summary>
    public static IEnumerable<Snippet> All() => Pages().SelectMany(In);

    /// <summary>Every C# block of one page, in order.</summary>
    public static IEnumerable<Snippet> In(string page)
    {
        var lines = RepositoryFiles.ReadText(page).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!CSharpFence().IsMatch(lines[i]))
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            var directive = DirectiveAbove(lines, i);
            var words = directive?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            string? reason = null;
            if (words.Length > 0 && words[0] == "no")
            {
                reason = directive![2..].Trim().Trim('(', ')').Trim();
                words = [];
            }

            var afterPrevious = words.Length > 0 && words[0] == "after-previous";
            yield return new Snippet(page, i + 1, string.Join('\n', lines[start..end]), words.Skip(afterPrevious ? 1 : 0).ToArray(), afterPrevious, reason);
            i = end;
        }
    }

    public override string ToString() => $"{File}:{Line}";

    /// <summary>The text after "compile:" of the directive among the HTML comment lines just above the fence, if any.</summary>
    private static string? DirectiveAbove(string[] lines, int fence)
    {
        for (var j = fence - 1; j >= 0 && lines[j].TrimStart().StartsWith("<!--", StringComparison.Ordinal); j--)
        {
            var match = Directive().Match(lines[j]);
            if (match.Success)
            {
                return match.Groups["text"].Value.Trim();
            }
        }

        return null;
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryFiles.Root, path).Replace(Path.DirectorySeparatorChar, '/');

    [GeneratedRegex(@"^```(?:csharp|cs|c#)\s*$")]
    private static partial Regex CSharpFence();

    [GeneratedRegex(@"<!--\s*compile:(?<text>.*?)-->")]
    private static partial Regex Directive();
}
