namespace RedFlags.TestSupport;

/// <summary>
/// The repository's files as the tests see them, and the one approval check for files generated from the code (docs,
/// golden files, schemas, generated source). This source file is not a project: tests/Directory.Build.props compiles it
/// into every test project, so each finds the repository root and approves files the same way.
/// </summary>
internal static class RepositoryFiles
{
    /// <summary>The environment variable that, set to 1, makes <see cref="AssertUpToDate"/> rewrite files instead of comparing.</summary>
    public const string UpdateSwitch = "UPDATE_DOCS";

    /// <summary>Gets the repository root: the nearest folder above the test output folder that holds RedFlags.sln.</summary>
    /// <remarks>Found from the output folder, not from [CallerFilePath]: deterministic CI builds map source paths to /_/.</remarks>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file or folder given relative to the root with '/' separators (".." allowed).</summary>
    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>The text of a repository file with "\n" line endings, whatever the checkout's.</summary>
    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative)).ReplaceLineEndings("\n");

    /// <summary>
    /// Fails when the committed file differs from <paramref name="generated"/> (line endings aside), or is missing; with
    /// UPDATE_DOCS=1 writes <paramref name="generated"/> to it instead, for the change to be reviewed in the diff.
    /// </summary>
    public static void AssertUpToDate(string relative, string generated)
    {
        var path = PathOf(relative);
        if (Environment.GetEnvironmentVariable(UpdateSwitch) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
            return;
        }

        Assert.True(File.Exists(path), $"{relative} is missing; run the tests with {UpdateSwitch}=1 to generate it.");
        Assert.True(ReadText(relative) == generated, $"{relative} is out of date with the code; run the tests with {UpdateSwitch}=1 to regenerate it, and review the diff.");
    }

    private static string FindRoot()
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
