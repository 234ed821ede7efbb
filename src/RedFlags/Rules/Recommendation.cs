using System.Collections.Generic;
using System.Text.Json.Serialization;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>What to do when a rule fires: the urgency, the action, the timeframe and the investigations, with their basis.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record Recommendation
{
    /// <summary>The empty recommendation, shared as the default of other records (immutable, so one instance serves all).</summary>
    internal static readonly Recommendation Empty = new();

    private ValueList<Investigation> _investigations = ValueList<Investigation>.Empty;

    /// <summary>Gets the urgency.</summary>
    [JsonRequired]
    public Urgency Urgency { get; init; }

    /// <summary>Gets the action for the clinician, for example "Immediate referral to the emergency department".</summary>
    [JsonRequired]
    public string Action { get; init; } = string.Empty;

    /// <summary>Gets the timeframe in words, for example "Now; MRI within 4 hours of request".</summary>
    [JsonRequired]
    public string Timeframe { get; init; } = string.Empty;

    /// <summary>Gets the investigations recommended, in catalogue order.</summary>
    /// <exception cref="System.ArgumentNullException">Thrown when set to <see langword="null"/>.</exception>
    public IReadOnlyList<Investigation> Investigations
    {
        get => _investigations;
        init => _investigations = ValueList<Investigation>.From(value, nameof(Investigations));
    }

    /// <summary>Gets the guideline or source that the action and timeframe follow, for example "NICE NG234 (2023)".</summary>
    [JsonRequired]
    public string Basis { get; init; } = string.Empty;

    /// <summary>Gets advice for the patient in plain words.</summary>
    [JsonRequired]
    public string PatientAdvice { get; init; } = string.Empty;
}
