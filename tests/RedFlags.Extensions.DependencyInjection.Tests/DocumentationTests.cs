using System.Text.RegularExpressions;

namespace RedFlags.Extensions.DependencyInjection.Tests;

public sealed class DocumentationTests
{
    [Theory]
    [InlineData("Example")]
    [InlineData("RuleFile")]
    public void DependencyInjectionPage_ShowsTheCompiledExampleVerbatim(string region)
    {
        var root = RepositoryRoot();
        var page = File.ReadAllText(Path.Combine(root, "docs", "dependency-injection.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(root, "tests", "RedFlags.Extensions.DependencyInjection.Tests", "DocumentationExample.cs")).ReplaceLineEndings("\n");

        var code = Regex.Match(source, $@"#region {region}\n(?<code>.*?)#endregion\n", RegexOptions.Singleline);
        var block = Regex.Match(page, $@"<!-- snippet: DocumentationExample\.cs#{region} -->\n```csharp\n(?<code>.*?)```\n", RegexOptions.Singleline);

        Assert.True(code.Success, $"DocumentationExample.cs has no '#region {region}' ... '#endregion'.");
        Assert.True(block.Success, $"docs/dependency-injection.md has no csharp block after '<!-- snippet: DocumentationExample.cs#{region} -->'.");
        Assert.Equal(code.Groups["code"].Value, block.Groups["code"].Value);
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
}
