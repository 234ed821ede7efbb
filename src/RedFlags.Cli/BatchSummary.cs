using System.Globalization;
using System.Threading;

namespace RedFlags.Cli;

/// <summary>Counts of a batch run: lines assessed by urgency, lines failed and blank lines skipped.</summary>
internal sealed class BatchSummary
{
    private readonly long[] _byUrgency = new long[4];
    private long _blank;
    private long _otherShards;

    /// <summary>What the inputs are called in the summary: "lines", or "patients" for a FHIR bulk export.</summary>
    public string Noun { get; init; } = "lines";

    public long Failed { get; private set; }

    public long Assessed => _byUrgency[0] + _byUrgency[1] + _byUrgency[2] + _byUrgency[3];

    public long Written => Assessed + Failed;

    public long Blank => Interlocked.Read(ref _blank);

    /// <summary>The input line of the last record written, 0 before the first.</summary>
    public long LastLine { get; private set; }

    public long Count(Urgency urgency) => _byUrgency[(int)urgency];

    public void Add(Urgency? urgency, long line)
    {
        LastLine = line;
        if (urgency is Urgency value)
        {
            _byUrgency[(int)value]++;
        }
        else
        {
            Failed++;
        }
    }

    public void AddBlank() => Interlocked.Increment(ref _blank);

    /// <summary>Counts a line left to another shard.</summary>
    public void AddOtherShard() => _otherShards++;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Written} {Noun}: {Assessed} assessed (emergency {Count(Urgency.Emergency)}, urgent {Count(Urgency.Urgent)}, soon {Count(Urgency.Soon)}, routine {Count(Urgency.Routine)}), {Failed} failed{(Blank > 0 ? $", {Blank} blank skipped" : string.Empty)}{(_otherShards > 0 ? $", {_otherShards} in other shards" : string.Empty)}.");
}
