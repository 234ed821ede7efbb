using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RedFlags.CdsHooks.Tests;

/// <summary>The sample host in process, in the Development environment that <c>dotnet run</c> uses.</summary>
public sealed class DevelopmentSampleHost : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Development");
}
