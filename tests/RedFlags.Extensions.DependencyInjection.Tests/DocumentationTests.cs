using System.Text.RegularExpressions;

namespace RedFlags.Extensions.DependencyInjection.Tests;

public sealed partial class DocumentationTests
{
    [Fact]
    public void DependencyInjectionPage_ShowsTheCompiledExampleVerbatim()
    {
        var root = RepositoryRoot();
        var page = File.ReadAllText(Path.Combine(root, "docs", "dependency-injection.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(root, "tests", "RedFlags.Extensions.DependencyInjection.Tests", "DocumentationExample.cs")).ReplaceLineEndings("\n");

        var region = RegionPattern().Match(source);
        var block = SnippetPattern().Match(page);

        Assert.True(region.Success, "DocumentationExample.cs has no '#region Example' ... '#endregion'.");
        Assert.True(block.Success, "docs/dependency-injection.md has no csharp block after '<!-- snippet: DocumentationExample.cs -->'.");
        Assert.Equal(region.Groups["code"].Value, block.Groups["code"].Value);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RedFlags.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RedFlags.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"#region Example\n(?<code>.*?)#endregion\n", RegexOptions.Singleline)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"<!-- snippet: DocumentationExample\.cs -->\n```csharp\n(?<code>.*?)```\n", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();
}
