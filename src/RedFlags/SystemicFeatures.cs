namespace RedFlags;

/// <summary>Systemic features: weight loss, fever, night sweats and fatigue.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SystemicFeatures
{
    /// <summary>Nothing recorded: every finding unknown. Shared as the default section of a presentation (immutable, so one instance serves all).</summary>
    internal static readonly SystemicFeatures Empty = new();

    /// <summary>Gets whether there is unintentional weight loss that diet or a known illness does not explain.</summary>
    public Presence UnexplainedWeightLoss { get; init; }

    /// <summary>Gets the amount of weight lost, in kilograms.</summary>
    /// <value>0 or more; <see langword="null"/> when not given.</value>
    public double? WeightLossKilograms { get; init; }

    /// <summary>Gets the period over which the weight was lost, in weeks.</summary>
    /// <value>0 or more; <see langword="null"/> when not given.</value>
    public int? WeightLossPeriodWeeks { get; init; }

    /// <summary>Gets whether the patient reports fever or rigors during this episode.</summary>
    public Presence Fever { get; init; }

    /// <summary>Gets the highest measured body temperature, in degrees Celsius.</summary>
    /// <value>25 to 45; <see langword="null"/> when not measured.</value>
    public double? TemperatureCelsius { get; init; }

    /// <summary>Gets whether the patient has night sweats.</summary>
    public Presence NightSweats { get; init; }

    /// <summary>Gets whether the patient has unusual fatigue or feels generally unwell.</summary>
    public Presence Fatigue { get; init; }
}
