using System;
using System.Collections.Generic;

namespace RedFlags.CdsHooks;

/// <summary>An EHR allowed to call the service: its JWT issuer and the keys that verify its tokens.</summary>
public sealed class CdsHooksIssuer
{
    /// <summary>The <c>iss</c> claim of the EHR's tokens, compared exactly.</summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>The EHR's JSON Web Key Set URL; downloaded on first use and again when a token names an unknown key.</summary>
    public Uri? JwksUrl { get; set; }

    /// <summary>The EHR's public keys as JSON Web Key texts (RSA or EC), for an EHR without a JWKS URL.</summary>
    public IList<string> JsonWebKeys { get; } = new List<string>();
}
