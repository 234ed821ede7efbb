using System.Text.RegularExpressions;

namespace RedFlags.Tests.Conventions;

/// <summary>
/// One naming style for every test project (style guide B3): test classes are named <c>&lt;Type&gt;Tests</c> and test
/// methods <c>Member_Scenario_Expected</c>, three PascalCase parts. Read from the source, so it covers the test projects
/// this assembly does not reference.
/// </summary>
public partial class TestNamingConventionTests
{
    [Fact]
    public void TestMethods_InEveryTestProject_AreNamedMemberScenarioExpectedInClassesEndingInTests()
    {
        var tests = Directory.GetFiles(RepositoryFiles.PathOf("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(TestsIn)
            .ToList();
        var wrong = tests
            .Where(t => !t.Class.EndsWith("Tests", StringComparison.Ordinal) || !MemberScenarioExpected().IsMatch(t.Method))
            .Select(t => $"{t.File}: {t.Class}.{t.Method}")
            .ToList();

        Assert.True(tests.Count > 400, $"only {tests.Count} test methods found");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<(string File, string Class, string Method)> TestsIn(string file)
    {
        var text = File.ReadAllText(file);
        var classes = ClassDeclaration().Matches(text);
        foreach (Match test in TestMethod().Matches(text))
        {
            var owner = classes.LastOrDefault(c => c.Index < test.Index)?.Groups["name"].Value ?? "(no class)";
            yield return (Path.GetRelativePath(RepositoryFiles.Root, file), owner, test.Groups["name"].Value);
        }
    }

    // [Fact], [Theory] or [Property(...)], any further attribute lines, then the method's signature.
    [GeneratedRegex(@"^[ \t]*\[(?:Fact|Theory|Property)\b[^\n]*\n(?:[ \t]*\[[^\n]*\n)*[ \t]*public\s+(?:async\s+)?(?:static\s+)?[\w<>\[\]?.]+\s+(?<name>\w+)\s*\(", RegexOptions.Multiline)]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"^[ \t]*(?:(?:public|internal|private|sealed|static|partial|abstract|file)\s+)*class\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*_[A-Z0-9][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*$")]
    private static partial Regex MemberScenarioExpected();
}
