using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace RedFlags.CdsHooks.Internal;

/// <summary>
/// The signing keys of each allowed issuer: its configured JSON Web Keys plus its JWKS, downloaded on first use and
/// again (at most once per <see cref="RedFlagsCdsHooksOptions.JwksRefreshInterval"/>) when a token names a key that is
/// not known, so that an EHR can rotate its keys. Only RSA and EC keys are kept.
/// </summary>
internal sealed class IssuerKeys(IHttpClientFactory httpClients, IOptions<RedFlagsCdsHooksOptions> options, TimeProvider time)
{
    /// <summary>The name of the <see cref="HttpClient"/> the JWKS downloads use.</summary>
    public const string HttpClientName = "RedFlags.CdsHooks.Jwks";

    private readonly ConcurrentDictionary<string, KeySet> _sets = new(StringComparer.Ordinal);

    /// <summary>The configured issuer of that name, or null when the issuer is not allowed.</summary>
    public CdsHooksIssuer? Find(string? issuer) =>
        issuer is null ? null : options.Value.Issuers.FirstOrDefault(i => string.Equals(i.Issuer, issuer, StringComparison.Ordinal));

    /// <summary>The keys of an allowed issuer that may verify a token with that key id.</summary>
    public async Task<IReadOnlyList<SecurityKey>> KeysAsync(CdsHooksIssuer issuer, string? keyId, CancellationToken cancellationToken)
    {
        var set = _sets.GetOrAdd(issuer.Issuer, _ => new KeySet(Configured(issuer)));
        if (issuer.JwksUrl is not null && (set.Downloaded is null || (!Contains(set, keyId) && time.GetUtcNow() - set.DownloadedAt >= options.Value.JwksRefreshInterval)))
        {
            await set.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (set.Downloaded is null || (!Contains(set, keyId) && time.GetUtcNow() - set.DownloadedAt >= options.Value.JwksRefreshInterval))
                {
                    set.Downloaded = await DownloadAsync(issuer.JwksUrl, cancellationToken).ConfigureAwait(false) ?? set.Downloaded;
                    set.DownloadedAt = time.GetUtcNow();
                }
            }
            finally
            {
                set.Gate.Release();
            }
        }

        var all = set.Configured.Concat(set.Downloaded ?? []);
        return (keyId is null ? all : all.Where(k => k.KeyId == keyId)).ToList();
    }

    /// <summary>Throws at start when a configured JSON Web Key is not one, or not an RSA or EC public key.</summary>
    public static void CheckConfigured(CdsHooksIssuer issuer)
    {
        foreach (var json in issuer.JsonWebKeys)
        {
            JsonWebKey key;
            try
            {
                key = new JsonWebKey(json);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidOperationException("RedFlags CDS Hooks: a JSON Web Key of issuer " + issuer.Issuer + " is not valid JSON Web Key text.", ex);
            }

            if (!Asymmetric(key) || key.HasPrivateKey)
            {
                throw new InvalidOperationException("RedFlags CDS Hooks: a JSON Web Key of issuer " + issuer.Issuer + " is not an RSA or EC public key (kid " + key.Kid + ").");
            }
        }
    }

    private static bool Contains(KeySet set, string? keyId) => keyId is not null && (set.Downloaded ?? []).Concat(set.Configured).Any(k => k.KeyId == keyId);

    private static List<SecurityKey> Configured(CdsHooksIssuer issuer) =>
        issuer.JsonWebKeys.Select(json => new JsonWebKey(json)).Where(Asymmetric).Cast<SecurityKey>().ToList();

    private static bool Asymmetric(JsonWebKey key) => key.Kty is JsonWebAlgorithmsKeyTypes.RSA or JsonWebAlgorithmsKeyTypes.EllipticCurve;

    private async Task<IReadOnlyList<SecurityKey>?> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            var http = httpClients.CreateClient(HttpClientName);
            var json = await http.GetStringAsync(url, cancellationToken).ConfigureAwait(false);
            return new JsonWebKeySet(json).Keys.Where(Asymmetric).Cast<SecurityKey>().ToList();
        }
        catch (Exception ex) when (ex is HttpRequestException or ArgumentException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // An unreachable or malformed JWKS leaves the keys known before; the token then fails with a plain 401.
            return null;
        }
    }

    private sealed class KeySet(IReadOnlyList<SecurityKey> configured)
    {
        public IReadOnlyList<SecurityKey> Configured { get; } = configured;

        public IReadOnlyList<SecurityKey>? Downloaded { get; set; }

        public DateTimeOffset DownloadedAt { get; set; }

        public SemaphoreSlim Gate { get; } = new(1, 1);
    }
}
