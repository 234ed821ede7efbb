using Microsoft.Extensions.Logging;

namespace RedFlags.CdsHooks.Internal;

/// <summary>The service's log messages (source-generated). No message carries a token or patient data.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "RedFlags CDS Hooks: anonymous access is on (AllowAnonymousForDevelopment). Every caller is served without a token; never use this in production.")]
    public static partial void AnonymousAccess(ILogger logger);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "CDS Hooks call to {ServiceId} refused with 401: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string serviceId, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "CDS Hooks call to {ServiceId}: {Missing} FHIR reads needed and not possible ({Failure}); 412")]
    public static partial void DataUnavailable(ILogger logger, string serviceId, int missing, string failure);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "CDS Hooks call to {ServiceId} rejected with 400: {Reason}")]
    public static partial void BadRequest(ILogger logger, string serviceId, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "CDS Hooks call to {ServiceId}: urgency {Urgency}, {Cards} cards, {Fetched} FHIR reads")]
    public static partial void Assessed(ILogger logger, string serviceId, Urgency urgency, int cards, int fetched);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "CDS Hooks feedback on {ServiceId}: {Outcome}, override reason {Reason}")]
    public static partial void Feedback(ILogger logger, string serviceId, CdsFeedbackOutcome outcome, string reason);
}
