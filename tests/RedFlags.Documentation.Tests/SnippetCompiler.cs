using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RedFlags.Documentation.Tests;

/// <summary>
/// Compiles documentation snippets with Roslyn the way <c>dotnet new console</c> would, with the packages each one
/// names: the SDK's implicit usings and nullable context, the .NET runtime's assemblies, and for each package the
/// assemblies it brings (its own and its dependencies'), taken from this test's output folder.
/// </summary>
internal static class SnippetCompiler
{
    /// <summary>The implicit usings of a new console (or xunit) project: <c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c>.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>The packages a snippet may name, each with the file names (or patterns) of the assemblies it brings.</summary>
    public static IReadOnlyDictionary<string, string[]> Packages { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["RedFlags"] = ["RedFlags.dll"],
        [AspNetCore] = [],
        ["RedFlags.Extensions.DependencyInjection"] =
        [
            "RedFlags.dll", "RedFlags.Extensions.DependencyInjection.dll", "Microsoft.Extensions.DependencyInjection.Abstractions.dll",
            "Microsoft.Extensions.Options.dll", "Microsoft.Extensions.Primitives.dll", "Microsoft.Extensions.Logging.Abstractions.dll",
            "Microsoft.Extensions.Diagnostics.Abstractions.dll", "Microsoft.Extensions.Configuration.Abstractions.dll",
        ],
        ["Microsoft.Extensions.DependencyInjection"] = ["Microsoft.Extensions.DependencyInjection.dll", "Microsoft.Extensions.DependencyInjection.Abstractions.dll"],
        ["Microsoft.Extensions.Hosting"] = ["Microsoft.Extensions.*.dll"],
        ["RedFlags.Fhir"] = ["RedFlags.dll", "RedFlags.Fhir.dll", "Hl7.*.dll", "Fhir.*.dll"],
        ["RedFlags.Testing"] = ["RedFlags.dll", "RedFlags.Testing.dll", "FsCheck.dll", "FSharp.Core.dll"],
        ["xunit"] = ["xunit.core.dll", "xunit.assert.dll", "xunit.abstractions.dll"],
        ["RedFlags.CdsHooks"] =
        [
            "RedFlags.dll", "RedFlags.CdsHooks.dll", "RedFlags.Fhir.dll", "RedFlags.Extensions.DependencyInjection.dll", "Hl7.*.dll", "Fhir.*.dll",
            "Microsoft.IdentityModel.*.dll", "Microsoft.Extensions.*.dll",
        ],
        ["OpenTelemetry.Extensions.Hosting"] = ["OpenTelemetry.dll", "OpenTelemetry.Api.dll", "OpenTelemetry.Api.ProviderBuilderExtensions.dll", "OpenTelemetry.Extensions.Hosting.dll"],
        ["OpenTelemetry.Exporter.OpenTelemetryProtocol"] = ["OpenTelemetry.dll", "OpenTelemetry.Api.dll", "OpenTelemetry.Exporter.OpenTelemetryProtocol.dll"],
        ["FsCheck.Xunit"] = ["FsCheck.Xunit.dll", "FsCheck.dll", "FSharp.Core.dll", "xunit.core.dll", "xunit.abstractions.dll"],
    };

    /// <summary>The ASP.NET Core shared framework (a web project's framework reference, not a package), named like one.</summary>
    public const string AspNetCore = "Microsoft.AspNetCore.App";

    /// <summary>The compiler errors of <paramref name="code"/> compiled with the packages, as "line:column: id message".</summary>
    public static IReadOnlyList<string> Errors(string code, IEnumerable<string> packages)
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(code, options, path: "Program.cs");
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, options, path: "GlobalUsings.g.cs");
        var isProgram = tree.GetCompilationUnitRoot().Members.Any(member => member is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [usings, tree],
            References(packages),
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic =>
            {
                var position = diagnostic.Location.GetLineSpan().StartLinePosition;
                return $"{position.Line + 1}:{position.Character + 1}: {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .ToList();
    }

    // <dotnet>/shared/Microsoft.NETCore.App/10.0.x -> <dotnet>/shared/Microsoft.AspNetCore.App/<the newest 10.0.y>
    private static string AspNetCoreFramework(string runtime)
    {
        var shared = Path.GetFullPath(Path.Combine(runtime, "..", "..", AspNetCore));
        var major = Environment.Version.Major + ".";
        return Directory.GetDirectories(shared)
            .Where(directory => Path.GetFileName(directory).StartsWith(major, StringComparison.Ordinal))
            .OrderByDescending(directory => Version.TryParse(Path.GetFileName(directory).Split('-')[0], out var version) ? version : new Version())
            .First();
    }

    private static List<MetadataReference> References(IEnumerable<string> packages)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var files = Directory.GetFiles(runtime, "*.dll").Where(IsManagedAssembly).ToList();
        foreach (var package in packages.Prepend("RedFlags"))
        {
            if (package == AspNetCore)
            {
                files.AddRange(Directory.GetFiles(AspNetCoreFramework(runtime), "*.dll").Where(IsManagedAssembly));
                continue;
            }

            foreach (var pattern in Packages[package])
            {
                // This project references RedFlags.CdsHooks, a web library, so the Microsoft.Extensions assemblies come
                // from the ASP.NET Core shared framework rather than the output folder; a console project gets the same
                // assemblies (version 10) from the packages.
                var inOutput = Directory.GetFiles(AppContext.BaseDirectory, pattern);
                var names = inOutput.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
                var found = inOutput.Concat(Directory.GetFiles(AspNetCoreFramework(runtime), pattern).Where(f => !names.Contains(Path.GetFileName(f)))).ToArray();

                Assert.True(found.Length > 0, $"No assembly {pattern} of the package {package} in {AppContext.BaseDirectory} or the ASP.NET Core shared framework.");
                files.AddRange(found);
            }
        }

        return files.Distinct(StringComparer.Ordinal).Select(file => (MetadataReference)MetadataReference.CreateFromFile(file)).ToList();
    }

    private static bool IsManagedAssembly(string file)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(file);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
