using RedFlags.TestSupport;

namespace RedFlags.Tests.Json;

public sealed class RecordBuildersTests
{
    [Fact]
    public void GeneratedFile_MatchesTheSerializerContracts_IsUpToDate()
        => RepositoryFiles.AssertUpToDate(RecordBuildersGenerator.RelativePath, RecordBuildersGenerator.Generate());
}
