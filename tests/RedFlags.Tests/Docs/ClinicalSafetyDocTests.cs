using System.Text.RegularExpressions;

namespace RedFlags.Tests.Docs;

/// <summary>The hazard log cites the tests that prove each control; a renamed or deleted test must not leave a dangling claim.</summary>
public class ClinicalSafetyDocTests
{
    [Fact]
    public void ClinicalSafetyCase_CitedTests_AllExist()
    {
        var doc = RepositoryFiles.ReadText("docs/clinical-safety.md");
        var sources = Directory.GetFiles(RepositoryFiles.PathOf("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToArray();
        var cited = Regex.Matches(doc, @"`(?:(?<class>[A-Z][A-Za-z]*(?:Tests|Properties))\.)?(?<method>[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+)`")
            .Select(m => (Class: m.Groups["class"].Value, Method: m.Groups["method"].Value))
            .ToArray();

        Assert.True(cited.Length >= 40, $"only {cited.Length} test citations found");
        var missing = cited.Where(c => !sources.Any(s => Regex.IsMatch(s, $@"\b{c.Method}\b") && (c.Class.Length == 0 || s.Contains($"class {c.Class}", StringComparison.Ordinal))));
        Assert.Empty(missing);
    }
}
