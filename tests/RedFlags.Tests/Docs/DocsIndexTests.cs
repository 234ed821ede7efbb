namespace RedFlags.Tests.Docs;

public class DocsIndexTests
{
    [Fact]
    public void DocsIndex_EveryDocument_IsLinked()
    {
        var index = RepositoryFiles.ReadText("docs/index.md");
        var docs = Path.GetFullPath(RepositoryFiles.PathOf("docs"));
        var unlinked = Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(docs, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => relative != "index.md" && !index.Contains($"]({relative})", StringComparison.Ordinal));
        Assert.Empty(unlinked);
    }
}
