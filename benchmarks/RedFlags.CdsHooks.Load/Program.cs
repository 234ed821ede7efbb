using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RedFlags;
using RedFlags.CdsHooks;

// Load harness for the RedFlags CDS Hooks service (issue #20): starts the service in this process on loopback Kestrel
// (a random port), then makes N patient-view calls with a full prefetch from a real HttpClient at a chosen concurrency,
// and prints calls/s, latency percentiles and errors. The client and the service share the machine: on a 2-core
// machine the figures include the client's cost.
//
//   dotnet run -c Release --project benchmarks/RedFlags.CdsHooks.Load -- --calls 20000 --concurrency 32
//
// Options: --calls N (20000), --concurrency C (32), --warmup W (500, not counted), --anonymous (no JWT: the development
// switch; by default every call carries its own ES384 JWT, signed before the timed run so that signing is not measured),
// --alg ES384|RS384 (the token's algorithm, ES384 by default; both are the ones CDS Hooks allows: an RS384 signature
// with a 2048-bit key is checked some fifty times faster than an ES384 one), --wrk SECONDS (after the warm-up, drive the
// service for that long with wrk, the C load generator from the distribution, instead of this process's HttpClient:
// wrk checks the status only, and each request carries the next of the --calls tokens, so give enough of them).
// Exit code 0 when every call answered 200 with the expected first card, 1 otherwise, 2 for a bad option.
var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: RedFlags.CdsHooks.Load [--calls N] [--concurrency C] [--warmup W] [--anonymous] [--alg ES384|RS384] [--wrk SECONDS]");
    return 2;
}

using var signingKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);
using var rsaKey = RSA.Create(2048);
SecurityKey key = options.Rsa ? new RsaSecurityKey(rsaKey) { KeyId = "load-rsa-1" } : new ECDsaSecurityKey(signingKey) { KeyId = "load-ec-1" };
const string Issuer = "https://ehr.load.example";

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Services.AddRedFlags(o => o.DefaultCareSetting = CareSetting.PrimaryCare);
builder.Services.AddRedFlagsCdsHooks(o =>
{
    if (options.Anonymous)
    {
        o.AllowAnonymousForDevelopment = true;
        return;
    }

    var issuer = new CdsHooksIssuer { Issuer = Issuer };
    if (options.Rsa)
    {
        var publicRsa = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsaKey.ExportParameters(false)) { KeyId = key.KeyId });
        issuer.JsonWebKeys.Add(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["kty"] = publicRsa.Kty, ["n"] = publicRsa.N, ["e"] = publicRsa.E, ["kid"] = publicRsa.Kid, ["alg"] = "RS384",
        }));
    }
    else
    {
        var publicKey = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ECDsa.Create(signingKey.ExportParameters(false))) { KeyId = key.KeyId });
        issuer.JsonWebKeys.Add(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["kty"] = publicKey.Kty, ["crv"] = publicKey.Crv, ["x"] = publicKey.X, ["y"] = publicKey.Y, ["kid"] = publicKey.Kid, ["alg"] = "ES384",
        }));
    }

    o.Issuers.Add(issuer);
});

await using var app = builder.Build();
var served = 0L;
app.Use(async (context, next) =>
{
    Interlocked.Increment(ref served);
    await next(context);
});
app.MapRedFlagsCdsHooks();
await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
var endpoint = new Uri(address, "cds-services/" + CdsHooksServiceIds.PatientView);

var patients = Patients.All();
var total = options.Warmup + options.Calls;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"service on {address} | {options.Calls} calls (+{options.Warmup} warm-up) | concurrency {options.Concurrency} | {(options.Anonymous ? "anonymous" : options.Rsa ? "RS384 JWT per call" : "ES384 JWT per call")} | {patients.Count} patients in turn"));

// Every call's token is signed before the run: a unique jti each (the service refuses a replay).
var tokens = new string?[total];
if (!options.Anonymous)
{
    var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
    var credentials = new SigningCredentials(key, options.Rsa ? SecurityAlgorithms.RsaSha384 : SecurityAlgorithms.EcdsaSha384);
    var signing = Stopwatch.StartNew();
    Parallel.For(0, total, i =>
    {
        var now = DateTime.UtcNow;
        tokens[i] = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = endpoint.AbsoluteUri,
            IssuedAt = now,
            Expires = now.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["sub"] = "load-client", ["jti"] = Guid.NewGuid().ToString() },
            SigningCredentials = credentials,
        });
    });
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"signed {total} tokens in {signing.Elapsed.TotalSeconds:0.0} s (not measured)"));
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    Timeout = TimeSpan.FromSeconds(30),
};

var errors = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);

async Task<bool> CallAsync(int i)
{
    var patient = patients[i % patients.Count];
    using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(patient.Request, Encoding.UTF8, "application/json") };
    if (tokens[i] is string token)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    }

    try
    {
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            errors.AddOrUpdate("HTTP " + (int)response.StatusCode, 1, (_, n) => n + 1);
            return false;
        }

        if (!body.StartsWith("{\"cards\":[", StringComparison.Ordinal) || body.IndexOf("\"indicator\":\"" + patient.Indicator + "\"", StringComparison.Ordinal) != FirstIndicator(body))
        {
            errors.AddOrUpdate("unexpected cards for " + patient.Name, 1, (_, n) => n + 1);
            return false;
        }

        return true;
    }
    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
    {
        errors.AddOrUpdate(ex.GetType().Name, 1, (_, n) => n + 1);
        return false;
    }
}

static int FirstIndicator(string body) => body.IndexOf("\"indicator\":\"", StringComparison.Ordinal);

async Task RunAsync(int from, int count, long[]? latencies)
{
    var next = from - 1;
    var end = from + count;
    var workers = Enumerable.Range(0, options.Concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < end)
        {
            var started = Stopwatch.GetTimestamp();
            await CallAsync(i).ConfigureAwait(false);
            if (latencies is not null)
            {
                latencies[i - from] = Stopwatch.GetTimestamp() - started;
            }
        }
    }).ToArray();
    await Task.WhenAll(workers).ConfigureAwait(false);
}

await RunAsync(0, options.Warmup, null);
var warmupErrors = errors.Values.Sum();
errors.Clear();

if (options.WrkSeconds > 0)
{
    // Under wrk this process is the service alone, so its allocations and collections are the service's.
    var before = ServiceMemory.Take(served);
    var exit = await Wrk.RunAsync(endpoint, tokens.Skip(options.Warmup).ToArray(), patients, options);
    Console.WriteLine(ServiceMemory.Take(served).Since(before));
    await app.StopAsync();
    return exit;
}

var latencies = new long[options.Calls];
var clock = Stopwatch.StartNew();
await RunAsync(options.Warmup, options.Calls, latencies);
clock.Stop();
await app.StopAsync();

Array.Sort(latencies);
double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
double Percentile(double p) => Ms(latencies[Math.Clamp((int)Math.Ceiling(p / 100 * latencies.Length) - 1, 0, latencies.Length - 1)]);
var errorCount = errors.Values.Sum();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"calls {options.Calls} in {clock.Elapsed.TotalSeconds:0.00} s: {options.Calls / clock.Elapsed.TotalSeconds:0} calls/s | latency ms p50 {Percentile(50):0.00} p90 {Percentile(90):0.00} p99 {Percentile(99):0.00} max {Ms(latencies[^1]):0.00} | errors {errorCount} (warm-up errors {warmupErrors})"));
foreach (var (kind, count) in errors.OrderByDescending(e => e.Value))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count} x {kind}"));
}

return errorCount + warmupErrors == 0 ? 0 : 1;

/// <summary>The process's allocation and garbage collection counters at one moment, with the requests served by then.</summary>
internal sealed record ServiceMemory(long Requests, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static ServiceMemory Take(long requests) => new(
        requests, GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    /// <summary>What happened between an earlier moment and this one, for a person.</summary>
    public string Since(ServiceMemory earlier)
    {
        var requests = Math.Max(1, Requests - earlier.Requests);
        return string.Create(CultureInfo.InvariantCulture,
            $"service: {Requests - earlier.Requests} requests, {(Allocated - earlier.Allocated) / 1024.0 / requests:0.0} KB allocated per request, collections gen0 {Gen0 - earlier.Gen0} gen1 {Gen1 - earlier.Gen1} gen2 {Gen2 - earlier.Gen2}, paused {(Paused - earlier.Paused).TotalMilliseconds:0} ms ({GCSettings.IsServerGC switch { true => "server", false => "workstation" }} GC)");
    }
}

/// <summary>The harness's options.</summary>
internal sealed record LoadOptions(int Calls, int Concurrency, int Warmup, bool Anonymous, bool Rsa, int WrkSeconds)
{
    public static LoadOptions? Parse(string[] args)
    {
        var calls = 20_000;
        var concurrency = 32;
        var warmup = 500;
        var anonymous = false;
        var rsa = false;
        var wrkSeconds = 0;
        for (var i = 0; i < args.Length; i++)
        {
            // A whole number after the option: at least 1, or at least 0 for the warm-up.
            bool Number(out int value, int minimum = 1) => int.TryParse(i + 1 < args.Length ? args[++i] : null, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= minimum;
            switch (args[i])
            {
                case "--calls" when Number(out var n):
                    calls = n;
                    break;
                case "--concurrency" when Number(out var n):
                    concurrency = n;
                    break;
                case "--warmup" when Number(out var n, minimum: 0):
                    warmup = n;
                    break;
                case "--anonymous":
                    anonymous = true;
                    break;
                case "--wrk" when Number(out var n):
                    wrkSeconds = n;
                    break;
                case "--alg" when i + 1 < args.Length && args[i + 1] is "ES384" or "RS384":
                    rsa = args[++i] == "RS384";
                    break;
                default:
                    return null;
            }
        }

        return new LoadOptions(calls, concurrency, warmup, anonymous, rsa, wrkSeconds);
    }
}

/// <summary>One patient's patient-view request (with the full prefetch) and the indicator its first card must have.</summary>
internal sealed record LoadPatient(string Name, string Request, string Indicator);

/// <summary>The patients called in turn: an emergency, an urgent one (answers in a QuestionnaireResponse), a routine one and an incomplete one.</summary>
internal static class Patients
{
    private const string Presence = "https://github.com/redflags-dotnet/redflags/presence";

    public static IReadOnlyList<LoadPatient> All()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            Patient("emergency", "critical", "mscc-1", "female", "1961-02-03", [Condition("c1", "http://hl7.org/fhir/sid/icd-10", "C50.9", "remission"), Condition("c2", "http://snomed.info/sct", "22325002", "active")], null),
            Patient("urgent", "warning", "urgent-1", "male", "1958-04-20", [Condition("c1", "http://hl7.org/fhir/sid/icd-10", "C61", "active")],
                Response(today, "thoracicPain", "nightPain", "progressivePain")),
            Patient("routine", "info", "routine-1", "male", "1995-06-01", [], null),
            Patient("incomplete", "warning", "cancer-1", "male", "1958-04-20", [Condition("c1", "http://hl7.org/fhir/sid/icd-10", "C61", "active")], null),
        ];
    }

    private static LoadPatient Patient(string name, string indicator, string id, string gender, string birthDate, object[] conditions, object? response)
    {
        var prefetch = new Dictionary<string, object>
        {
            ["patient"] = new Dictionary<string, object> { ["resourceType"] = "Patient", ["id"] = id, ["gender"] = gender, ["birthDate"] = birthDate },
            ["condition"] = Searchset(conditions),
            ["observation"] = Searchset([]),
            ["medicationStatement"] = Searchset([]),
            ["medicationRequest"] = Searchset([]),
            ["procedure"] = Searchset([]),
            ["familyMemberHistory"] = Searchset([]),
            ["questionnaireResponse"] = Searchset(response is null ? [] : [response]),
        };
        var request = new Dictionary<string, object>
        {
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["hook"] = "patient-view",
            ["context"] = new Dictionary<string, object> { ["userId"] = "Practitioner/load", ["patientId"] = id },
            ["prefetch"] = prefetch,
        };
        return new LoadPatient(name, JsonSerializer.Serialize(request), indicator);
    }

    private static Dictionary<string, object> Condition(string id, string system, string code, string clinical) => new()
    {
        ["resourceType"] = "Condition",
        ["id"] = id,
        ["clinicalStatus"] = Concept("http://terminology.hl7.org/CodeSystem/condition-clinical", clinical),
        ["verificationStatus"] = Concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed"),
        ["code"] = Concept(system, code),
    };

    private static Dictionary<string, object> Response(string authored, params string[] presentLinkIds) => new()
    {
        ["resourceType"] = "QuestionnaireResponse",
        ["id"] = "qr1",
        ["questionnaire"] = "https://github.com/redflags-dotnet/redflags/fhir/Questionnaire/red-flags|1.0.0",
        ["status"] = "completed",
        ["authored"] = authored,
        ["item"] = new object[]
        {
            new Dictionary<string, object>
            {
                ["linkId"] = "pain",
                ["item"] = presentLinkIds.Select(linkId => new Dictionary<string, object>
                {
                    ["linkId"] = linkId,
                    ["answer"] = new object[] { new Dictionary<string, object> { ["valueCoding"] = new Dictionary<string, object> { ["system"] = Presence, ["code"] = "present" } } },
                }).ToArray(),
            },
        },
    };

    private static Dictionary<string, object> Concept(string system, string code) =>
        new() { ["coding"] = new object[] { new Dictionary<string, object> { ["system"] = system, ["code"] = code } } };

    private static Dictionary<string, object> Searchset(object[] resources)
    {
        var bundle = new Dictionary<string, object> { ["resourceType"] = "Bundle", ["type"] = "searchset", ["total"] = resources.Length };
        if (resources.Length > 0)
        {
            bundle["entry"] = resources.Select(r => new Dictionary<string, object> { ["resource"] = r }).ToArray();
        }

        return bundle;
    }
}

/// <summary>Drives the service with wrk: the tokens, one per request, and the request bodies go to files that a Lua
/// script reads; each wrk thread takes every n-th token so that no token is sent twice.</summary>
internal static class Wrk
{
    private const string Script = """
        local folder = os.getenv("REDFLAGS_WRK_DIR")
        local tokens = {}
        for line in io.lines(folder .. "/tokens.txt") do tokens[#tokens + 1] = line end
        local bodies = {}
        for i = 1, 4 do
          local file = io.open(folder .. "/body" .. i .. ".json", "rb")
          bodies[i] = file:read("*a")
          file:close()
        end
        local threads = 0
        local stride = tonumber(os.getenv("REDFLAGS_WRK_THREADS"))
        function setup(thread)
          thread:set("offset", threads)
          threads = threads + 1
        end
        local sent = 0
        function request()
          local k = offset + sent * stride
          sent = sent + 1
          local headers = { ["Content-Type"] = "application/json" }
          local token = tokens[(k % #tokens) + 1]
          if token ~= "-" then headers["Authorization"] = "Bearer " .. token end
          return wrk.format("POST", nil, headers, bodies[(k % 4) + 1])
        end
        """;

    private const int Threads = 2;

    public static async Task<int> RunAsync(Uri endpoint, string?[] tokens, IReadOnlyList<LoadPatient> patients, LoadOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("redflags-wrk-").FullName;
        try
        {
            await File.WriteAllLinesAsync(Path.Combine(folder, "tokens.txt"), tokens.Select(t => t ?? "-"));
            for (var i = 0; i < patients.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, $"body{i + 1}.json"), patients[i].Request);
            }

            var script = Path.Combine(folder, "calls.lua");
            await File.WriteAllTextAsync(script, Script);
            var start = new ProcessStartInfo("wrk", ["-t" + Threads.ToString(CultureInfo.InvariantCulture), "-c" + options.Concurrency.ToString(CultureInfo.InvariantCulture), "-d" + options.WrkSeconds.ToString(CultureInfo.InvariantCulture) + "s", "--latency", "-s", script, endpoint.AbsoluteUri])
            {
                RedirectStandardOutput = true,
            };
            start.Environment["REDFLAGS_WRK_DIR"] = folder;
            start.Environment["REDFLAGS_WRK_THREADS"] = Threads.ToString(CultureInfo.InvariantCulture);
            using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
            var output = await wrk.StandardOutput.ReadToEndAsync();
            await wrk.WaitForExitAsync();
            Console.Write(output);

            // wrk reports non-2xx answers and socket errors only when there are any.
            var failed = output.Contains("Non-2xx", StringComparison.Ordinal) || output.Contains("Socket errors", StringComparison.Ordinal);
            Console.WriteLine(failed ? "errors: see wrk's report above" : "errors 0 (every answer 200)");
            return wrk.ExitCode == 0 && !failed ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
