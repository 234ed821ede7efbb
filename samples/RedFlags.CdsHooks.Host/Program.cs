using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RedFlags;
using RedFlags.CdsHooks;

// A CDS Hooks service an EHR (or the CDS Hooks Sandbox) can call. Configuration: appsettings.json, section
// "RedFlags" (rule set, care setting) and "CdsHooks" (issuers and keys, CORS, FHIR timeout); see docs/cds-hooks.md.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRedFlags(options => builder.Configuration.GetSection("RedFlags").Bind(options));
builder.Services.AddRedFlagsCdsHooks(options => builder.Configuration.GetSection("CdsHooks").Bind(options));

var app = builder.Build();
app.UseCors();
app.MapRedFlagsCdsHooks();
app.MapHealthChecks("/health");
app.MapGet("/", () => "RedFlags CDS Hooks service: discovery at /cds-services, health at /health.");
app.Run();

/// <summary>The host's entry point, public for the in-process tests (WebApplicationFactory).</summary>
public partial class Program;
