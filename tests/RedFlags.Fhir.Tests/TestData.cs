using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace RedFlags.Fhir.Tests;

internal static class TestData
{
    private static readonly Lazy<string> s_examples = new(FindExamples);

    /// <summary>../shared/fhir-r4-examples relative to the repository root (the folder holding RedFlags.sln).</summary>
    public static string ExamplesDirectory => s_examples.Value;

    public static string Example(string fileName) => File.ReadAllText(Path.Combine(ExamplesDirectory, fileName));

    public static FhirJsonDeserializer Strict { get; } = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    public static string Json(Resource resource) => FhirAssessmentWriter.ToJson(resource);

    private static string FindExamples()
    {
        var examples = RepositoryFiles.PathOf("../shared/fhir-r4-examples");
        return Directory.Exists(examples) ? examples : throw new DirectoryNotFoundException(examples);
    }
}
