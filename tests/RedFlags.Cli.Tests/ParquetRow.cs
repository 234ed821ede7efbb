using System.Text.Json.Serialization;

namespace RedFlags.Cli.Tests;

/// <summary>A row of the Parquet file batch writes, declared here from the documented column names so that reading it
/// back does not depend on the tool's own row class.</summary>
public sealed class ParquetRow
{
    [JsonPropertyName("line")]
    public long? Line { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("urgency")]
    public string? Urgency { get; set; }

    [JsonPropertyName("decidingRuleId")]
    public string? DecidingRuleId { get; set; }

    [JsonPropertyName("conditions")]
    public List<string>? Conditions { get; set; }

    [JsonPropertyName("firedRuleIds")]
    public List<string>? FiredRuleIds { get; set; }

    [JsonPropertyName("openDecisiveQuestions")]
    public List<string>? OpenDecisiveQuestions { get; set; }

    [JsonPropertyName("ruleSetFingerprint")]
    public string? RuleSetFingerprint { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }
}
