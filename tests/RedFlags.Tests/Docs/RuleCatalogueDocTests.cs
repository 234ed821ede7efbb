namespace RedFlags.Tests.Docs;

public class RuleCatalogueDocTests
{
    [Fact]
    public void Render_DefaultCatalogue_MatchesTheRuleCatalogueDoc()
        => RepositoryFiles.AssertUpToDate("docs/rule-catalogue.md", RuleCatalogueMarkdown.Render(DefaultCatalogue.RuleSet));

    [Fact]
    public void RuleCatalogueDoc_DefaultCatalogue_ListsEveryRule()
    {
        var doc = RuleCatalogueMarkdown.Render(DefaultCatalogue.RuleSet);
        Assert.All(DefaultCatalogue.RuleSet.Rules, rule => Assert.Contains($"### {rule.Id}\n", doc, StringComparison.Ordinal));
    }
}
