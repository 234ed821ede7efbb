using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RedFlags.Benchmarks;

/// <summary>Presentations per second for benchmarks with a <c>Presentations</c> parameter: the batch size divided by the mean time of one batch.</summary>
public sealed class ThroughputColumn : IColumn
{
    /// <summary>The name of the batch-size parameter the column reads.</summary>
    public const string ParameterName = "Presentations";

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "Presentations/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Presentations assessed per second: batch size / mean time per batch";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var size = benchmarkCase.Parameters[ParameterName];
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (size is not int presentations || statistics is null)
        {
            return "-";
        }

        return (presentations / (statistics.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Parameters.Items.Any(p => p.Name == ParameterName));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
