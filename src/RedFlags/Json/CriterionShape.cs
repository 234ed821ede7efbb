using System.Text.Json;

namespace RedFlags.Json;

/// <summary>A rule's criterion: read into a tree and checked by its hand-written reader (<see cref="CriterionValue"/>),
/// because its kind is the one property that names it and there is no discriminator for a generated contract to use.</summary>
internal sealed class CriterionShape : JsonShape
{
    public static CriterionShape Instance { get; } = new();

    public override object? Fallback => CriterionValue.Instance.Fallback;

    public override object? Read(ref Utf8JsonReader reader, StrictReader context)
    {
        var tree = JsonSource.ReadTree(ref reader, context.CurrentPath(), context.Lines, context.Errors);
        return CriterionValue.Instance.Read(tree, context.Errors);
    }
}
