namespace RedFlags.Rules;

/// <summary>How a <see cref="QuantityCriterion"/> compares a number with its threshold.</summary>
public enum Comparison
{
    /// <summary>Value ≥ threshold.</summary>
    AtLeast = 1,

    /// <summary>Value &gt; threshold.</summary>
    GreaterThan = 2,

    /// <summary>Value ≤ threshold.</summary>
    AtMost = 3,

    /// <summary>Value &lt; threshold.</summary>
    LessThan = 4,
}
