using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace RedFlags.Cli.Tests;

/// <summary>Starts the built tool as a process (never dotnet run) and captures what it writes.</summary>
internal static class Cli
{
    private static readonly string s_dll = Metadata("RedFlagsCliDll");

    public static string Examples => RepositoryFiles.PathOf("docs/examples");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static CliResult RunWithInput(string? standardInput, params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        // Generous: the population tests run tens of thousands of lines on a machine the other test projects share.
        if (!process.WaitForExit(TimeSpan.FromSeconds(180)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"redflags {string.Join(' ', args)} did not finish within 180 s.");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static CliResult Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Starts the tool with every standard stream redirected, for a test that drives the process itself
    /// (signals, a reader that closes the pipe).</summary>
    public static Process Start(params string[] args)
    {
        Assert.True(File.Exists(s_dll), $"Build the tool first: {s_dll} is missing.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = RepositoryFiles.Root,
        };
        if (OperatingSystem.IsLinux())
        {
            // A process started in the background of a non-interactive shell inherits SIGINT ignored, and the runtime
            // keeps an ignored SIGINT ignored; env puts the default back, so the tool sees Ctrl+C as a user's would.
            start.FileName = "env";
            start.ArgumentList.Add("--default-signal=INT,TERM");
            start.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        }

        start.ArgumentList.Add(s_dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NO_COLOR");
        return Process.Start(start)!;
    }

    private static string Metadata(string key) => typeof(Cli).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
