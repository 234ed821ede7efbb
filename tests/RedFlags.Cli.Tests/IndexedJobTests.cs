using System.Text.RegularExpressions;
using System.Xml.Linq;
using YamlDotNet.RepresentationModel;

namespace RedFlags.Cli.Tests;

/// <summary>Issue #21, item 5: the Kubernetes Indexed Job names the image the project builds and the command the docs
/// show, and that command screens an export.</summary>
public class IndexedJobTests
{
    private static readonly YamlMappingNode s_job = Load("deploy/kubernetes/indexed-job.yaml");

    private static YamlMappingNode Spec => (YamlMappingNode)s_job["spec"];

    private static YamlMappingNode Container =>
        (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Spec["template"])["spec"])["containers"]).Children.Single();

    private static string[] Args => ((YamlSequenceNode)Container["args"]).Children.Select(a => ((YamlScalarNode)a).Value!).ToArray();

    [Fact]
    public void Manifest_IndexedJob_HasOneCompletionPerShard()
    {
        Assert.Equal("batch/v1", Scalar(s_job, "apiVersion"));
        Assert.Equal("Job", Scalar(s_job, "kind"));
        Assert.Equal("Indexed", Scalar(Spec, "completionMode"));
        Assert.Equal("Never", Scalar((YamlMappingNode)((YamlMappingNode)Spec["template"])["spec"], "restartPolicy"));
        Assert.NotNull(Scalar(Spec, "backoffLimitPerIndex"));
        var shard = Args[Array.IndexOf(Args, "--shard") + 1];
        Assert.Equal($"$(JOB_COMPLETION_INDEX)/{Scalar(Spec, "completions")}", shard);
    }

    [Fact]
    public void Manifest_Image_IsTheOneTheProjectBuildsAndTheDocsName()
    {
        var project = XDocument.Load(RepositoryFiles.PathOf("src/RedFlags.Cli/RedFlags.Cli.csproj"));
        var version = XDocument.Load(RepositoryFiles.PathOf("Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        var repository = project.Descendants("ContainerRepository").Single().Value;
        var tag = project.Descendants("ContainerImageTag").Single().Value.Replace("$(VersionPrefix)", version, StringComparison.Ordinal);
        var image = $"{repository}:{tag}";

        Assert.Equal(image, Scalar(Container, "image"));
        Assert.Contains($"`{image}`", File.ReadAllText(RepositoryFiles.PathOf("docs/population-screening.md")));
        Assert.Equal("/app/RedFlags.Cli", project.Descendants("ContainerAppCommand").Single().Attribute("Include")!.Value);
    }

    [Fact]
    public void Manifest_Command_IsTheOneTheDocsShow()
    {
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs/population-screening.md"));
        var shown = Regex.Matches(docs, "^redflags batch --fhir-bulk /data/export .*$", RegexOptions.Multiline).Single().Value;

        Assert.Equal(string.Join(' ', Args.Prepend("redflags")), shown);
    }

    [Fact]
    public void Manifest_CommandOfEveryIndex_ScreensAnExportOnce()
    {
        // The pod's arguments as Kubernetes expands them, with /data moved to a folder of this test.
        var data = Directory.CreateTempSubdirectory("redflags-data-").FullName;
        var export = BulkExport.Generate(24).WriteByPatient();
        try
        {
            Directory.Move(export, Path.Combine(data, "export"));
            Directory.CreateDirectory(Path.Combine(data, "results"));
            var count = int.Parse(Scalar(Spec, "completions")!, System.Globalization.CultureInfo.InvariantCulture);
            for (var index = 0; index < count; index++)
            {
                var args = Args.Select(a => a.Replace("$(JOB_COMPLETION_INDEX)", index.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("/data/", data + "/", StringComparison.Ordinal)).ToArray();
                var result = Cli.Run(args);
                // One patient of the export cannot be read: --allow-errors keeps that from failing (and retrying) its shard.
                Assert.True(result.ExitCode == 0, result.ToString());
            }

            Assert.Equal(count, Directory.GetFiles(Path.Combine(data, "results"), "shard-*.parquet").Length);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static YamlMappingNode Load(string path)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepositoryFiles.PathOf(path));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }
}
