namespace RedFlags;

/// <summary>The level of concern for a condition, after the International Framework for Red Flags (Finucane 2020).</summary>
/// <remarks>
/// Derived from the most urgent fired flag of the condition: an emergency flag gives <see cref="High"/>, an urgent or
/// soon flag <see cref="Some"/>, and flags that only contribute (routine) <see cref="Few"/>. The framework's wording
/// of the levels is a secondary source in the brief ([S]); the mapping is a design choice of this library.
/// </remarks>
public enum ConcernLevel
{
    /// <summary>No concerning features: a trial of therapy.</summary>
    None = 0,

    /// <summary>Few concerning features: watchful waiting, close monitoring and safety-netting.</summary>
    Few = 1,

    /// <summary>Some concerning features: urgent referral for further investigation.</summary>
    Some = 2,

    /// <summary>High concern: emergency referral.</summary>
    High = 3,
}
