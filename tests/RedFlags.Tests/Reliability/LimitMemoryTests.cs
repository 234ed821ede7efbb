using System.Text;
using RedFlags.Json;
using RedFlags.Rules;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Reliability;

/// <summary>
/// Issue #23, item 3: "a test per limit proving peak memory stays within a small multiple of it". Each test reads an
/// input at or far past one limit of docs/error-codes.md#limits and bounds what the library allocated while refusing it
/// (allocation bounds peak memory from above). The problem-count limit has its own tests in
/// <see cref="ProblemListLimitTests"/>.
/// </summary>
public class LimitMemoryTests
{
    private static readonly Recommendation s_default = DefaultCatalogue.RuleSet.DefaultRecommendation;

    [Fact]
    public void ReadPresentation_StreamOf100MiB_StopsAtTheSizeLimitAllocatingUnder4TimesIt()
    {
        // The stream makes its bytes as they are read: a reader that held them all would allocate 100 MiB or more.
        using var stream = new EndlessStringStream("{\"assessmentDate\":\"2025-01-01\",\"note\":\"", 100L * 1024 * 1024);

        var (error, allocated) = Allocated(() => RedFlagsJson.ReadPresentation(stream));

        Assert.Equal(ErrorCodes.JsonTooLarge, Assert.Single(error.Errors).Code);
        Assert.InRange(stream.Position, RedFlagsJson.MaximumDocumentBytes, 2L * RedFlagsJson.MaximumDocumentBytes);
        Assert.InRange(allocated, 0, 4L * RedFlagsJson.MaximumDocumentBytes);
    }

    [Fact]
    public void ParsePresentation_NestedAMillionLevels_StopsAtTheDepthLimitAllocatingUnder4TimesTheInput()
    {
        var json = "{\"assessmentDate\":\"2025-01-01\",\"pain\":" + new string('[', 1_000_000) + new string(']', 1_000_000) + "}";

        var (error, allocated) = Allocated(() => RedFlagsJson.ParsePresentation(json));

        Assert.Contains(error.Errors, e => e.Code == ErrorCodes.JsonTooDeep);
        Assert.InRange(allocated, 0, 4L * json.Length);
    }

    [Fact]
    public void RuleSetCreate_CriterionNestedAMillionDeep_IsRefusedAllocatingUnder1MB()
    {
        Criterion criterion = new FindingCriterion(Finding.Fever);
        for (var i = 0; i < 1_000_000; i++)
        {
            criterion = new NotCriterion(criterion);
        }

        var (error, allocated) = Allocated(() => RuleSet.Create("deep", "1.0.0", [TestRules.Rule("DEEP-X", criterion)], [], s_default));

        // The depth check stops one level past the limit: what lies deeper is never visited.
        Assert.Equal(ErrorCodes.CriterionTooDeep, Assert.Single(error.Errors).Code);
        Assert.InRange(allocated, 0, 1_000_000);
    }

    [Fact]
    public void RuleSetCreate_GroupOfAMillionCriteria_IsRefusedAllocatingUnder1MB()
    {
        var criteria = new Criterion[1_000_000];
        Array.Fill(criteria, new FindingCriterion(Finding.Fever));
        var group = new AnyOfCriterion(criteria);

        var (error, allocated) = Allocated(() => RuleSet.Create("wide", "1.0.0", [TestRules.Rule("WIDE-X", group)], [], s_default));

        Assert.Equal(ErrorCodes.CriterionGroupTooLarge, Assert.Single(error.Errors).Code);

        // The group's own array is 8 MB of references: the size is checked before any walk enters it.
        Assert.InRange(allocated, 0, 1_000_000);
    }

    [Fact]
    public void ParsePresentation_PropertyNameOf3MillionCharacters_CapsTheProblemAndAllocatesUnder16TimesTheInput()
    {
        var json = "{\"assessmentDate\":\"2025-01-01\",\"" + new string('x', 3_000_000) + "\":1}";

        var (error, allocated) = Allocated(() => RedFlagsJson.ParsePresentation(json));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(ErrorCodes.JsonUnknownProperty, problem.Code);
        Assert.EndsWith($"({3_000_000 - ValidationError.MaximumPathLength} more characters)", problem.Path, StringComparison.Ordinal);
        Assert.InRange(problem.ToString().Length, 1, ValidationError.MaximumPathLength + ValidationError.MaximumValueLength + ValidationError.MaximumMessageLength + 200);
        Assert.InRange(allocated, 0, 16L * json.Length);
    }

    private static (RedFlagsValidationException Error, long Allocated) Allocated(Action read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<RedFlagsValidationException>(read);
        return (error, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>A read-only stream of a prefix and then 'a' up to a length, made as it is read.</summary>
    private sealed class EndlessStringStream(string prefix, long length) : Stream
    {
        private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[offset + i] = at < _prefix.Length ? _prefix[at] : (byte)'a';
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
