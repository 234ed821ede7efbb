using System;
using System.Collections.Generic;

namespace RedFlags.CdsHooks;

/// <summary>
/// The options of the RedFlags CDS Hooks service. The rule set, the evaluation mode and the care setting come from
/// <c>AddRedFlags</c> (RedFlags.Extensions.DependencyInjection); these options say who may call the service and how
/// it fetches data.
/// </summary>
public sealed class RedFlagsCdsHooksOptions
{
    /// <summary>
    /// The EHRs allowed to call the service: each names its JWT issuer and its keys (a JWKS URL or JSON Web Keys).
    /// A request whose token is not signed by a listed issuer's key gets a plain 401.
    /// </summary>
    public IList<CdsHooksIssuer> Issuers { get; } = new List<CdsHooksIssuer>();

    /// <summary>
    /// Serve without checking any token. Only for local development and the public CDS Hooks Sandbox: the service
    /// logs a warning at start. Off by default.
    /// </summary>
    public bool AllowAnonymousForDevelopment { get; set; }

    /// <summary>
    /// The public base URL of the service (scheme, host and any path before <c>/cds-services</c>) when it runs behind
    /// a proxy that changes them. The JWT audience must equal this base plus the path called. When null, the URL of
    /// the request as Kestrel received it is used.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Tolerance on the <c>exp</c> and <c>iat</c> times of a token. Default 60 seconds.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The shortest time between two downloads of an issuer's JWKS when a token names a key that is not known
    /// (key rotation). Default 30 seconds.
    /// </summary>
    public TimeSpan JwksRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time allowed for all the FHIR reads of one hook call, retries included. Default 10 seconds.</summary>
    public TimeSpan FhirTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The origins allowed to call the service from a browser (the CDS Hooks Sandbox is one). Empty: no CORS headers.
    /// <c>*</c> allows every origin.
    /// </summary>
    public IList<string> CorsOrigins { get; } = new List<string>();

    /// <summary>
    /// The SMART app that captures the red-flag questionnaire: its launch URL. When set with
    /// <see cref="QuestionnaireCanonical"/>, a card with decisive questions open links to it.
    /// </summary>
    public Uri? QuestionnaireLaunchUrl { get; set; }

    /// <summary>
    /// The codes that mark a <c>ServiceRequest</c> as spine imaging (<c>order-select</c>, <c>order-sign</c>); starts
    /// with <see cref="SpineImagingCode.Defaults"/>. Add the codes of your order catalogue.
    /// </summary>
    public IList<SpineImagingCode> SpineImagingCodes { get; } = new List<SpineImagingCode>(SpineImagingCode.Defaults);

    /// <summary>The canonical URL of the red-flag questionnaire, handed to the SMART app as its context.</summary>
    public string? QuestionnaireCanonical { get; set; }

    /// <summary>
    /// A JSON file of local codes added to the FHIR code tables the service reads with (the format of
    /// <c>RedFlags.Fhir.FhirCodeTables.FromJson</c>, see docs/fhir.md), for example the hospital's code for saddle numbness.
    /// Read and checked when the endpoints are mapped: a missing or invalid file fails at start, listing every error.
    /// </summary>
    public string? LocalCodesFile { get; set; }
}
