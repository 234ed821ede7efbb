namespace RedFlags.Evaluation;

/// <summary>Three-valued (Kleene) truth of a criterion.</summary>
/// <remarks>Numbered in the order of the logic, False &lt; Unknown &lt; True, so that an all-of group is the minimum of
/// its children, an any-of group the maximum and a negation <c>2 - x</c>: <see cref="CriterionInterpreter"/> evaluates groups
/// without a branch on the children's values.</remarks>
internal enum Truth : byte
{
    False = 0,
    Unknown = 1,
    True = 2,
}
