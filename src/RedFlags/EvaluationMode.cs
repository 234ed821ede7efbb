namespace RedFlags;

/// <summary>How a <see cref="RedFlagEvaluator"/> runs its rule set: interpreted, or compiled to code when it is built.</summary>
/// <remarks>
/// Both modes give identical results for every presentation; they differ only in speed and in the cost of building the
/// evaluator. <c>docs/benchmarks.md</c> has the measured figures.
/// </remarks>
public enum EvaluationMode
{
    /// <summary>Compiled where this process can compile code (a JIT), interpreted elsewhere (Native AOT, the
    /// netstandard2.0 build). The default.</summary>
    Automatic = 0,

    /// <summary>Interpreted: nothing is compiled, so building the evaluator is cheapest. Use it for an evaluator that
    /// assesses few presentations, or where code cannot be compiled.</summary>
    Interpreted = 1,

    /// <summary>Compiled to code in the constructor, which costs milliseconds once and makes every assessment faster;
    /// building throws <see cref="System.PlatformNotSupportedException"/> where code cannot be compiled.</summary>
    Compiled = 2,
}
