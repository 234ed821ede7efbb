using System.Buffers;
using System.Text;
using RedFlags.Json;

namespace RedFlags.Tests.Json;

/// <summary>A document given as a string is read from a UTF-8 copy in a buffer rented from the shared pool; the buffer
/// holds a patient's data and goes back to a pool the whole process shares, so it must go back cleared, and a result
/// must not depend on what the buffer held before.</summary>
public class PooledReadingTests
{
    private const string Marker = "pooled-reading-marker-5c1e9a";

    private static string Document(string id) =>
        $$$"""{"id":"{{{id}}}","assessmentDate":"2026-11-24","ageYears":58,"sex":"male","pain":{"thoracic":"present","worseAtNightOrWakesFromSleep":"present"},"history":{"personalHistoryOfCancer":"present"}}""";

    [Theory]
    [InlineData("parse")]
    [InlineData("validate")]
    public void ParseOrValidatePresentation_AStringDocument_GivesItsBufferBackCleared(string how)
    {
        var json = Document(Marker);
        var length = Encoding.UTF8.GetByteCount(json);
        if (how == "parse")
        {
            RedFlagsJson.ParsePresentation(json);
        }
        else
        {
            Assert.True(RedFlagsJson.ValidatePresentation(json).IsValid);
        }

        // The shared pool hands the array this thread gave back last to the next request of its size on this thread.
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Assert.Equal(-1, buffer.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Marker)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [Fact]
    public void ParsePresentation_AfterALongerDocument_ReadsOnlyItsOwnBytes()
    {
        var longer = Document(new string('x', 60));
        var shorter = Document("p1");
        // Both in the pool's bucket of 256-byte arrays, so the second read gets the array the first one gave back.
        Assert.InRange(Encoding.UTF8.GetByteCount(shorter), 129, 256);
        Assert.InRange(Encoding.UTF8.GetByteCount(longer), 129, 256);

        RedFlagsJson.ParsePresentation(longer);
        var presentation = RedFlagsJson.ParsePresentation(shorter);

        Assert.Equal("p1", presentation.Id);
        Assert.Equal(RedFlagsJson.ParsePresentation(shorter), presentation);
    }
}
