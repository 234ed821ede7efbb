using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace RedFlags.Benchmarks;

/// <summary>Runs the RedFlags benchmarks; see docs/benchmarks.md for the command and the results.</summary>
public static class Program
{
    /// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/RedFlags.Benchmarks -- --job short --filter '*'</c>.</summary>
    /// <param name="args">BenchmarkDotNet command-line arguments.</param>
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
