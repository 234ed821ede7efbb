using System.Text.Json.Serialization;

namespace RedFlags.Rules;

/// <summary>A figure from a study with its 95% confidence interval where known, such as a likelihood ratio.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Estimate
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="value">The point estimate.</param>
    /// <param name="lower">The lower bound of the 95% confidence interval, if known.</param>
    /// <param name="upper">The upper bound of the 95% confidence interval, if known.</param>
    public Estimate(double value, double? lower = null, double? upper = null)
    {
        Value = value;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the point estimate.</summary>
    [JsonRequired]
    public double Value { get; init; }

    /// <summary>Gets the lower bound of the 95% confidence interval, if known.</summary>
    public double? Lower { get; init; }

    /// <summary>Gets the upper bound of the 95% confidence interval, if known.</summary>
    public double? Upper { get; init; }
}
