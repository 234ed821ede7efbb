using System.Text.Json.Serialization;

namespace RedFlags.Fhir.CdsHooks;

/// <summary>The CDS Hooks card indicator.</summary>
public enum CdsIndicator
{
    /// <summary>Information (a routine assessment).</summary>
    [JsonStringEnumMemberName("info")]
    Info = 0,

    /// <summary>A warning (urgent or soon).</summary>
    [JsonStringEnumMemberName("warning")]
    Warning = 1,

    /// <summary>Critical (an emergency).</summary>
    [JsonStringEnumMemberName("critical")]
    Critical = 2,
}
