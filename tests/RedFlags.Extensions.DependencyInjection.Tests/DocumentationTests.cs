using System.Text.RegularExpressions;

namespace RedFlags.Extensions.DependencyInjection.Tests;

public sealed class DocumentationTests
{
    [Theory]
    [InlineData("Example")]
    [InlineData("RuleFile")]
    public void DependencyInjectionPage_SnippetRegion_ShowsTheCompiledExampleVerbatim(string region)
    {
        var page = RepositoryFiles.ReadText("docs/dependency-injection.md");
        var source = RepositoryFiles.ReadText("tests/RedFlags.Extensions.DependencyInjection.Tests/DocumentationExample.cs");

        var code = Regex.Match(source, $@"#region {region}\n(?<code>.*?)#endregion\n", RegexOptions.Singleline);
        var block = Regex.Match(page, $@"<!-- snippet: DocumentationExample\.cs#{region} -->\n```csharp\n(?<code>.*?)```\n", RegexOptions.Singleline);

        Assert.True(code.Success, $"DocumentationExample.cs has no '#region {region}' ... '#endregion'.");
        Assert.True(block.Success, $"docs/dependency-injection.md has no csharp block after '<!-- snippet: DocumentationExample.cs#{region} -->'.");
        Assert.Equal(code.Groups["code"].Value, block.Groups["code"].Value);
    }
}
