using Microsoft.Extensions.Logging;

namespace RedFlags.Internal;

/// <summary>RedFlags' log messages, source-generated: nothing is formatted or allocated unless the level is enabled.</summary>
/// <remarks>No message carries patient data: a rejected presentation is logged by error code and path, never by value.</remarks>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "RuleSetLoaded", Level = LogLevel.Information,
        Message = "RedFlags rule set {RuleSetId} {RuleSetVersion} (sha256:{RuleSetFingerprint}) is in use for the options '{OptionsName}'.")]
    public static partial void RuleSetLoaded(ILogger logger, string optionsName, string ruleSetId, string ruleSetVersion, string ruleSetFingerprint);

    [LoggerMessage(EventId = 2, EventName = "RuleSetReloadRejected", Level = LogLevel.Error,
        Message = "The changed RedFlags options '{OptionsName}' are invalid, so rule set {RuleSetId} {RuleSetVersion} (sha256:{RuleSetFingerprint}) stays in use: {Failures}")]
    public static partial void RuleSetReloadRejected(ILogger logger, string optionsName, string ruleSetId, string ruleSetVersion, string ruleSetFingerprint, string failures);

    [LoggerMessage(EventId = 3, EventName = "PresentationRejected", Level = LogLevel.Warning,
        Message = "RedFlags rejected a presentation with {ErrorCount} validation error(s): {ErrorCodes} (rule set {RuleSetId}).")]
    public static partial void PresentationRejected(ILogger logger, int errorCount, string errorCodes, string ruleSetId);
}
