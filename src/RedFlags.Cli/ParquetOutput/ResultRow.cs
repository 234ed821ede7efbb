using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using RedFlags.Cli.Batch;

namespace RedFlags.Cli.ParquetOutput;

/// <summary>
/// One Parquet row per batch input: the columns a data lake or DuckDB needs to join and filter results. The column
/// names are the camelCase names of the NDJSON records. A class with setters, not a record, because Parquet.Net's
/// serializer builds and reads rows through a parameterless constructor and property setters.
/// </summary>
internal sealed class ResultRow
{
    /// <summary>The 1-based input line (null for a patient of a FHIR bulk export).</summary>
    [JsonPropertyName("line")]
    public long? Line { get; set; }

    /// <summary>The presentation's id or the patient key.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>emergency, urgent, soon or routine; null when the input failed.</summary>
    [JsonPropertyName("urgency")]
    public string? Urgency { get; set; }

    /// <summary>The rule whose recommendation decided, when a flag fired.</summary>
    [JsonPropertyName("decidingRuleId")]
    public string? DecidingRuleId { get; set; }

    /// <summary>The suspected conditions, in the assessment's order.</summary>
    [JsonPropertyName("conditions")]
    public List<string> Conditions { get; set; } = [];

    /// <summary>Every rule that fired, condition by condition.</summary>
    [JsonPropertyName("firedRuleIds")]
    public List<string> FiredRuleIds { get; set; } = [];

    /// <summary>The decisive questions left open: while any is, the result is provisional.</summary>
    [JsonPropertyName("openDecisiveQuestions")]
    public List<string> OpenDecisiveQuestions { get; set; } = [];

    /// <summary>The fingerprint of the rule set that decided.</summary>
    [JsonPropertyName("ruleSetFingerprint")]
    public string? RuleSetFingerprint { get; set; }

    /// <summary>Every problem of a failed input, one per line (<c>CODE path: message (value: …)</c>); null when assessed.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    public static ResultRow Of(BatchResult result)
    {
        var row = new ResultRow { Line = result.Line, Id = result.Id };
        if (result.Summary is not { } summary)
        {
            row.Error = ErrorText.Of(result.Errors);
            return row;
        }

        row.Urgency = Names.Json(summary.Urgency);
        row.DecidingRuleId = summary.DecidingRuleId;
        row.Conditions = summary.Conditions.Select(c => JsonName(c.Condition)).ToList();
        row.FiredRuleIds = summary.Conditions.SelectMany(c => c.RuleIds).ToList();
        row.OpenDecisiveQuestions = summary.OpenDecisiveQuestions.Select(q => JsonName(q)).ToList();
        row.RuleSetFingerprint = summary.RuleSet.Fingerprint;
        return row;
    }

    /// <summary>The name the assessment JSON gives an enum member (camelCase).</summary>
    private static string JsonName<TEnum>(TEnum value)
        where TEnum : struct => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()!);
}
