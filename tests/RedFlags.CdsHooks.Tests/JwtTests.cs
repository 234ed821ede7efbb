using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace RedFlags.CdsHooks.Tests;

/// <summary>
/// The JWT rules of CDS Hooks over real HTTP, with real keys: the EHR publishes its keys at a JWKS URL served on
/// loopback, and the service downloads them.
/// </summary>
public sealed class JwtTests : SignedCallTests
{
    private string _jwks = string.Empty;
    private LoopbackServer _jwksServer = null!;

    private protected override async Task<LoopbackServer> StartAsync()
    {
        _jwks = Signer.Jwks;
        _jwksServer = await LoopbackServer.StartAsync(_ => { }, app => app.MapGet("/jwks", () => Results.Text(_jwks, "application/json")));
        return await ServiceHost.StartAsync(options =>
        {
            options.Issuers.Add(new CdsHooksIssuer { Issuer = EhrSigner.Issuer, JwksUrl = new Uri(_jwksServer.Address, "jwks") });
            options.JwksRefreshInterval = TimeSpan.Zero;
        });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _jwksServer.DisposeAsync();
    }

    private string Audience => ServiceHost.Audience(Server, CdsHooksServiceIds.PatientView);

    private async Task<HttpResponseMessage> CallAsync(string? token)
    {
        var patient = PatientRecord.Routine();
        return await ServiceHost.PostAsync(Server, CdsHooksServiceIds.PatientView, HookRequests.PatientView(patient, patient.Prefetch()), token);
    }

    private async Task AssertPlain401Async(string? token)
    {
        using var response = await CallAsync(token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(response.Headers.WwwAuthenticate);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.EcdsaSha384)]
    public async Task Call_ValidTokenFromTheJwks_Returns200(string algorithm)
    {
        using var response = await CallAsync(Signer.Token(Audience, algorithm));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Call_NoToken_Returns401() => await AssertPlain401Async(null);

    [Fact]
    public async Task Call_ExpiredToken_Returns401() =>
        await AssertPlain401Async(Signer.Token(Audience, issuedAt: DateTime.UtcNow.AddMinutes(-10)));

    [Fact]
    public async Task Call_TokenIssuedInTheFuture_Returns401() =>
        await AssertPlain401Async(Signer.Token(Audience, issuedAt: DateTime.UtcNow.AddMinutes(10)));

    [Fact]
    public async Task Call_AudienceOfAnotherEndpoint_Returns401() =>
        await AssertPlain401Async(Signer.Token(new Uri(Server.Address, "cds-services/other-service").AbsoluteUri));

    [Fact]
    public async Task Call_UnknownIssuer_Returns401() =>
        await AssertPlain401Async(Signer.Token(Audience, issuer: "https://other-ehr.example.org"));

    [Fact]
    public async Task Call_AlgNone_Returns401() => await AssertPlain401Async(EhrSigner.UnsignedToken(Audience));

    [Fact]
    public async Task Call_Hs256_Returns401() => await AssertPlain401Async(EhrSigner.HmacToken(Audience));

    [Fact]
    public async Task Call_Rs256WithTheRightKey_Returns401() =>
        await AssertPlain401Async(Signer.Token(Audience, SecurityAlgorithms.RsaSha256));

    [Fact]
    public async Task Call_KeyIdOfTheIssuerButAnotherKey_Returns401()
    {
        using var forger = new EhrSigner();

        await AssertPlain401Async(forger.Token(Audience));
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.EcdsaSha384)]
    public async Task Call_PayloadChangedAfterSigning_Returns401(string algorithm)
    {
        // A genuine token whose payload is swapped for another one: the header and signature are the issuer's own.
        var parts = Signer.Token(Audience, algorithm).Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"sub\":", "\"role\":\"admin\",\"sub\":", StringComparison.Ordinal);
        Assert.Contains("admin", payload, StringComparison.Ordinal);

        await AssertPlain401Async(parts[0] + "." + Base64UrlEncoder.Encode(payload) + "." + parts[2]);
    }

    [Fact]
    public async Task Call_ReplayedJti_Returns200Then401()
    {
        var token = Signer.Token(Audience);

        using var first = await CallAsync(token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertPlain401Async(token);
    }

    [Fact]
    public async Task Call_KeyRotatedInTheJwks_NewKeyAcceptedAndRemovedKeyRefused()
    {
        using (var before = await CallAsync(Signer.Token(Audience)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var rotated = new EhrSigner("rsa-2", "ec-2");
        _jwks = rotated.Jwks;

        using (var after = await CallAsync(rotated.Token(Audience)))
        {
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }

        await AssertPlain401Async(Signer.Token(Audience));
    }

    [Fact]
    public async Task Call_NoJti_Returns401() => await AssertPlain401Async(Signer.Token(Audience, jti: string.Empty));

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzM4NCJ9..")]
    [InlineData("eyJhbGciOiJSUzM4NCJ9.eyJpc3MiOiJ4In0")]
    [InlineData("....")]
    public async Task Call_BearerThatIsNotAJwt_Returns401(string token) => await AssertPlain401Async(token);

    [Fact]
    public async Task Call_BehindAProxy_AudienceIsThePublicUrlNotTheLoopbackOne()
    {
        await using var server = await ServiceHost.StartAsync(options =>
        {
            var issuer = new CdsHooksIssuer { Issuer = EhrSigner.Issuer };
            issuer.JsonWebKeys.Add(Signer.RsaPublicJwk);
            options.Issuers.Add(issuer);
            options.PublicBaseUrl = new Uri("https://cds.example.org/");
        });
        var patient = PatientRecord.Routine();
        var body = HookRequests.PatientView(patient, patient.Prefetch());

        using var publicAudience = await ServiceHost.PostAsync(server, CdsHooksServiceIds.PatientView, body, Signer.Token("https://cds.example.org/cds-services/" + CdsHooksServiceIds.PatientView));
        using var loopbackAudience = await ServiceHost.PostAsync(server, CdsHooksServiceIds.PatientView, body, Signer.Token(ServiceHost.Audience(server, CdsHooksServiceIds.PatientView)));

        Assert.Equal(HttpStatusCode.OK, publicAudience.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, loopbackAudience.StatusCode);
    }
}
