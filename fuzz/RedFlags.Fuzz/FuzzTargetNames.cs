
namespace RedFlags.Fuzz;

/// <summary>The target names. Apart from <see cref="FuzzTargets"/> on purpose: an instrumented RedFlags.dll may only run
/// once SharpFuzz has attached AFL++'s coverage map, so the program checks its arguments without touching it.</summary>
internal static class FuzzTargetNames
{
    public static IReadOnlyList<string> All { get; } = ["presentation", "rules", "assessment", "fhir"];
}
