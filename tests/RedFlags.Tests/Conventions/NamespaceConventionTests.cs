using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace RedFlags.Tests.Conventions;

/// <summary>
/// One rule for where code lives: a file's namespace is its project's root namespace followed by its folder path, so
/// the folder tells a reader the namespace and the namespace tells them the folder.
/// </summary>
public class NamespaceConventionTests
{
    // The project folders checked; benchmarks/ follows the rule too but is not part of the shipped or tested code.
    private static readonly string[] s_topFolders = ["src", "tests"];

    // Polyfills declare the BCL's namespaces by design; bin and obj hold generated code.
    private static readonly string[] s_skippedFolders = ["bin", "obj", "Polyfills"];

    // Files whose namespace is part of what they show, with the reason.
    private static readonly Dictionary<string, string> s_exceptions = new(StringComparer.Ordinal)
    {
        ["tests/RedFlags.Extensions.DependencyInjection.Tests/DocumentationExample.cs"] = "an application's code (MyClinic.Triage) shown verbatim in docs/dependency-injection.md",
    };

    [Fact]
    public void SourceFiles_UnderSrcAndTests_DeclareTheirProjectNamespacePlusFolderPath()
    {
        var files = SourceFiles().ToList();
        var wrong = files
            .Where(f => !s_exceptions.ContainsKey(f.Relative))
            .Select(f => (f.Relative, f.Expected, Declared: DeclaredNamespaces(f.Relative)))
            .Where(f => !IsCorrect(f.Declared, f.Expected, f.Relative))
            .Select(f => $"{f.Relative}: declares [{string.Join(", ", f.Declared)}], expected {f.Expected}")
            .ToList();

        Assert.True(files.Count > 200, $"only {files.Count} source files found under {string.Join(", ", s_topFolders)}");
        Assert.All(s_exceptions.Keys, relative => Assert.True(File.Exists(RepositoryFiles.PathOf(relative)), $"{relative} is listed as an exception but does not exist"));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<(string Relative, string Expected)> SourceFiles()
    {
        foreach (var top in s_topFolders)
        {
            foreach (var project in Directory.GetDirectories(RepositoryFiles.PathOf(top)))
            {
                var rootNamespace = RootNamespace(project);
                foreach (var file in Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories))
                {
                    var folders = Path.GetRelativePath(project, Path.GetDirectoryName(file)!).Split(Path.DirectorySeparatorChar).Where(f => f != ".").ToArray();
                    if (!folders.Any(s_skippedFolders.Contains))
                    {
                        yield return (Path.GetRelativePath(RepositoryFiles.Root, file).Replace(Path.DirectorySeparatorChar, '/'), string.Join('.', [rootNamespace, .. folders]));
                    }
                }
            }
        }
    }

    // The csproj's RootNamespace, else its name; a folder without a project (linked source) is named after its namespace.
    private static string RootNamespace(string projectFolder)
    {
        var project = Directory.GetFiles(projectFolder, "*.csproj").SingleOrDefault();
        if (project is null)
        {
            return Path.GetFileName(projectFolder);
        }

        var declared = XDocument.Load(project).Descendants("RootNamespace").Select(e => e.Value).SingleOrDefault();
        return declared ?? Path.GetFileNameWithoutExtension(project);
    }

    // Declarations start a line (an indented "namespace" is text, e.g. in a generator's template).
    private static string[] DeclaredNamespaces(string relative)
        => Regex.Matches(RepositoryFiles.ReadText(relative), @"^namespace\s+([\w.]+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

    // A file with no namespace may hold only assembly attributes, never a type.
    private static bool IsCorrect(string[] declared, string expected, string relative)
        => declared.Length == 0
            ? !Regex.IsMatch(RepositoryFiles.ReadText(relative), @"^\s*(?:(?:public|internal|static|sealed|abstract|partial|readonly|file)\s+)*(?:class|record|struct|interface|enum|delegate)\s", RegexOptions.Multiline)
            : declared.Length == 1 && declared[0] == expected;
}
