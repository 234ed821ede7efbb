namespace RedFlags.Evaluation;

/// <summary>Three-valued (Kleene) truth of a criterion.</summary>
internal enum Truth : byte
{
    Unknown = 0,
    False = 1,
    True = 2,
}
