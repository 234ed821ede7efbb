namespace RedFlags.Tests.Support;

/// <summary>Finds files of the repository from the test output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative)).ReplaceLineEndings("\n");

    /// <summary>Compares a generated file with the committed one; with UPDATE_DOCS=1 rewrites it instead.</summary>
    public static void AssertUpToDate(string relative, string generated)
    {
        var path = PathOf(relative);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
            return;
        }

        Assert.True(File.Exists(path), $"{relative} is missing; run the tests with UPDATE_DOCS=1 to generate it.");
        var committed = ReadText(relative);
        Assert.True(committed == generated, $"{relative} is out of date with the code; run the tests with UPDATE_DOCS=1 to regenerate it, and review the diff.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RedFlags.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RedFlags.sln not found above " + AppContext.BaseDirectory);
    }
}
