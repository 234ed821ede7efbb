namespace RedFlags.Documentation.Tests;

/// <summary>
/// Every C# block of README.md, docs/ and the package readmes compiles as pasted into a new project that references
/// the packages its page names (issue #22). See <see cref="Snippet"/> for the directive that names them.
/// </summary>
public class SnippetTests
{
    public static TheoryData<string, int> Snippets
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var snippet in Snippet.All())
            {
                data.Add(snippet.File, snippet.Line);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_AsPasted_CompilesWithThePackagesItsPageNames(string page, int line)
    {
        var blocks = Snippet.In(page).ToList();
        var index = blocks.FindIndex(block => block.Line == line);
        var snippet = blocks[index];
        if (snippet.NotCompiledReason is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace(snippet.NotCompiledReason), $"{snippet}: '<!-- compile: no -->' needs a reason in brackets.");
            return;
        }

        // A block marked after-previous is pasted into the same file as the block before it.
        var first = index;
        while (blocks[first].AfterPrevious)
        {
            Assert.True(first > 0, $"{snippet}: 'after-previous' on the first block of the page.");
            first--;
        }

        var chain = blocks[first..(index + 1)];
        var unknown = chain.SelectMany(block => block.Packages).Where(package => !SnippetCompiler.Packages.ContainsKey(package)).ToList();
        Assert.True(unknown.Count == 0, $"{snippet}: unknown package(s) {string.Join(", ", unknown)}; SnippetCompiler.Packages lists the known ones.");

        var errors = SnippetCompiler.Errors(string.Join('\n', chain.Select(block => block.Code)), chain.SelectMany(block => block.Packages));

        Assert.True(errors.Count == 0, $"{snippet} does not compile as pasted:\n{string.Join('\n', errors)}\n--- code ---\n{string.Join('\n', chain.Select(block => block.Code))}");
    }

    [Fact]
    public void Snippet_PackagesItNeeds_AreNamedInThePagesText()
    {
        var missing = Snippet.All()
            .SelectMany(snippet => snippet.Packages.Select(package => (snippet, package)))
            .Where(pair => !TextOutsideCode(pair.snippet.File).Contains(pair.package, StringComparison.Ordinal))
            .Select(pair => $"{pair.snippet} needs {pair.package}, which its page does not name outside code blocks.")
            .ToList();

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void Snippets_OfTheDocumentation_AreFoundOnEveryPageThatHasThem()
    {
        var pages = Snippet.All().Select(snippet => snippet.File).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("README.md", pages);
        Assert.Contains("docs/dependency-injection.md", pages);
        Assert.Contains("docs/fhir.md", pages);
        Assert.Contains("docs/testing.md", pages);
        Assert.Contains("src/RedFlags.Extensions.DependencyInjection/README.md", pages);
        Assert.Contains("src/RedFlags.Testing/README.md", pages);
    }

    [Fact]
    public void Errors_SnippetWithoutItsUsing_ReportsTheMissingType()
    {
        // The check itself can fail: the README's sample as it was before issue #22, without 'using RedFlags;'.
        var errors = SnippetCompiler.Errors("var evaluator = new RedFlagEvaluator(DefaultCatalogue.RuleSet);", []);

        Assert.Contains(errors, error => error.Contains("CS0246", StringComparison.Ordinal) && error.Contains("RedFlagEvaluator", StringComparison.Ordinal));
    }

    private static string TextOutsideCode(string page) =>
        System.Text.RegularExpressions.Regex.Replace(RepositoryFiles.ReadText(page), "^```.*?^```", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.Multiline);
}
