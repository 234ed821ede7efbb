using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RedFlags.CdsHooks.Internal;

/// <summary>
/// Checks the JWT of a CDS Hooks call as the specification requires: signed with RS384 or ES384 by an allowed issuer's
/// key, <c>aud</c> the endpoint called, <c>exp</c> and <c>iat</c> present and current, <c>jti</c> not seen before within
/// the token's lifetime. The reason of a failure is returned for the logs, never to the caller.
/// </summary>
internal sealed class TokenValidator(IssuerKeys keys, IOptions<RedFlagsCdsHooksOptions> options, TimeProvider time)
{
    private static readonly string[] s_algorithms = [SecurityAlgorithms.RsaSha384, SecurityAlgorithms.EcdsaSha384];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _validated;

    /// <summary>Validates the Authorization header's bearer token for the audience; returns null when valid, else the reason.</summary>
    public async Task<string?> ValidateAsync(string? authorization, string audience, CancellationToken cancellationToken)
    {
        const string Prefix = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return "no bearer token";
        }

        // The token is read in place from the header's text: under load, copying it out was 2 % of the service's time.
        var text = authorization.AsMemory(Prefix.Length).Trim();
        if (text.IsEmpty || text.Length > _handler.MaximumTokenSizeInBytes)
        {
            return "not a JWT";
        }

        JsonWebToken unverified;
        try
        {
            unverified = new JsonWebToken(text);
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException is an ArgumentException: not three (or five) Base64url parts of JSON.
            return "not a JWT";
        }

        if (!s_algorithms.Contains(unverified.Alg, StringComparer.Ordinal))
        {
            return "algorithm not allowed";
        }

        var issuer = keys.Find(unverified.Issuer);
        if (issuer is null)
        {
            return "issuer not allowed";
        }

        var signingKeys = await keys.KeysAsync(issuer, unverified.Kid, cancellationToken).ConfigureAwait(false);
        if (signingKeys.Count == 0)
        {
            return "no key of the issuer matches";
        }

        var skew = options.Value.ClockSkew;
        // The token read above is validated as it is, so the text is not parsed a second time.
        var result = await _handler.ValidateTokenAsync(unverified, new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = audience,
            ValidAlgorithms = s_algorithms,
            IssuerSigningKeys = signingKeys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = skew,
            TryAllIssuerSigningKeys = false,
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return result.Exception?.GetType().Name ?? "invalid token";
        }

        var token = (JsonWebToken)result.SecurityToken;
        var now = time.GetUtcNow();
        if (!token.TryGetPayloadValue<long>("iat", out _) || token.IssuedAt > now.UtcDateTime + skew)
        {
            return "iat missing or in the future";
        }

        if (string.IsNullOrEmpty(token.Id))
        {
            return "jti missing";
        }

        var expires = new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + skew;
        if (!_seen.TryAdd(issuer.Issuer + "\n" + token.Id, expires))
        {
            return "jti replayed";
        }

        if (Interlocked.Increment(ref _validated) % 1024 == 0)
        {
            foreach (var entry in _seen.Where(e => e.Value < now))
            {
                _seen.TryRemove(entry);
            }
        }

        return null;
    }
}
