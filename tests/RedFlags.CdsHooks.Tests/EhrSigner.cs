using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RedFlags.CdsHooks.Tests;

/// <summary>An EHR's signing keys and the JWTs it sends to a CDS service (real RSA and EC keys, real signatures).</summary>
internal sealed class EhrSigner : IDisposable
{
    public const string Issuer = "https://ehr.example.org";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ECDsa _ec = ECDsa.Create(ECCurve.NamedCurves.nistP384);

    public EhrSigner(string rsaKeyId = "rsa-1", string ecKeyId = "ec-1")
    {
        RsaKey = new RsaSecurityKey(_rsa) { KeyId = rsaKeyId };
        EcKey = new ECDsaSecurityKey(_ec) { KeyId = ecKeyId };
    }

    public RsaSecurityKey RsaKey { get; }

    public ECDsaSecurityKey EcKey { get; }

    /// <summary>The public JSON Web Key of the RSA key.</summary>
    public string RsaPublicJwk => PublicJwk(JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = RsaKey.KeyId }), "RS384");

    /// <summary>The public JSON Web Key of the EC key.</summary>
    public string EcPublicJwk => PublicJwk(JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ECDsa.Create(_ec.ExportParameters(false))) { KeyId = EcKey.KeyId }), "ES384");

    /// <summary>The JWKS document with both public keys.</summary>
    public string Jwks => "{\"keys\":[" + RsaPublicJwk + "," + EcPublicJwk + "]}";

    /// <summary>A token as the specification describes it: iss, sub, aud, exp (5 minutes), iat, jti (left out when empty).</summary>
    public string Token(string audience, string algorithm = SecurityAlgorithms.RsaSha384, string issuer = Issuer, DateTime? issuedAt = null, TimeSpan? lifetime = null, string? jti = null)
    {
        var iat = issuedAt ?? DateTime.UtcNow;
        SecurityKey key = algorithm.StartsWith("ES", StringComparison.Ordinal) ? EcKey : RsaKey;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = iat,
            Expires = iat + (lifetime ?? TimeSpan.FromMinutes(5)),
            Claims = new Dictionary<string, object> { ["sub"] = "cds-client" },
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        if (jti != string.Empty)
        {
            descriptor.Claims["jti"] = jti ?? Guid.NewGuid().ToString();
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A token signed with a shared secret (HS256): a CDS service must refuse it.</summary>
    public static string HmacToken(string audience)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["jti"] = Guid.NewGuid().ToString() },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "rsa-1" }, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with valid claims: a CDS service must refuse it.</summary>
    public static string UnsignedToken(string audience)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"rsa-1\"}");
        var payload = Base64Url(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["iat"] = now,
            ["exp"] = now + 300,
            ["jti"] = Guid.NewGuid().ToString(),
        }));
        return header + "." + payload + ".";
    }

    public void Dispose()
    {
        _rsa.Dispose();
        _ec.Dispose();
    }

    private static string Base64Url(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));

    private static string PublicJwk(JsonWebKey key, string algorithm)
    {
        var fields = new Dictionary<string, string?>
        {
            ["kty"] = key.Kty,
            ["kid"] = key.Kid,
            ["use"] = "sig",
            ["alg"] = algorithm,
            ["n"] = key.N,
            ["e"] = key.E,
            ["crv"] = key.Crv,
            ["x"] = key.X,
            ["y"] = key.Y,
        };
        return JsonSerializer.Serialize(fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value));
    }
}
