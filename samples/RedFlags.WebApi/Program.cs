using RedFlags.WebApi;

// dotnet run --project samples/RedFlags.WebApi, then POST a presentation to /assess (see README.md).
WebApi.Build(args).Run();

/// <summary>The entry point, public for the in-process tests (WebApplicationFactory).</summary>
public partial class Program;
