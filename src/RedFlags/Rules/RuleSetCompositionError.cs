namespace RedFlags.Rules;

/// <summary>One problem found by <see cref="RuleSet.Compose"/>, with the change it concerns in a structured form, so
/// that a caller can place it in its own input (a JSON node, an options property) without parsing text.</summary>
/// <remarks>
/// <para><see cref="ValidationError.Path"/> names the change in <see cref="RuleSetChanges"/> terms:
/// <c>overrides[2]</c>, <c>disabled[MAL-AGE-50]</c> or <c>added[0]</c>, followed by <see cref="RelativePath"/> (for
/// example <c>overrides[2].criterion.allOf[0]</c>); <c>rules[MAL-AGE-50].criterion</c> for an unchanged base rule; and
/// the path <see cref="RuleSet.Validate"/> gives (for example <c>version</c> or <c>preTestProbabilities[0]</c>) for the
/// set as a whole. An error with an empty <see cref="RelativePath"/> concerns the change as a whole: its rule id.</para>
/// <para>This type is immutable and thread-safe, and compares by value.</para>
/// </remarks>
public sealed record RuleSetCompositionError
{
    internal RuleSetCompositionError(ValidationError error, RuleCustomisationKind? change, int? index, string? ruleId, string relativePath)
    {
        Error = error;
        Change = change;
        Index = index;
        RuleId = ruleId;
        RelativePath = relativePath;
    }

    /// <summary>Gets the problem: its stable code, path, offending value and message.</summary>
    public ValidationError Error { get; }

    /// <summary>Gets the list of <see cref="RuleSetChanges"/> the problem is in: <see cref="RuleCustomisationKind.Overridden"/>
    /// for <see cref="RuleSetChanges.Overrides"/>, <see cref="RuleCustomisationKind.Disabled"/> for
    /// <see cref="RuleSetChanges.Disabled"/>, <see cref="RuleCustomisationKind.Added"/> for <see cref="RuleSetChanges.Added"/>.</summary>
    /// <value><see langword="null"/> when the problem is in an unchanged base rule or in the set as a whole.</value>
    public RuleCustomisationKind? Change { get; }

    /// <summary>Gets the position of the change in its list.</summary>
    /// <value><see langword="null"/> when <see cref="Change"/> is <see langword="null"/>.</value>
    public int? Index { get; }

    /// <summary>Gets the id of the rule concerned: the changed rule, or the unchanged base rule.</summary>
    /// <value><see langword="null"/> when the problem is in the set as a whole.</value>
    public string? RuleId { get; }

    /// <summary>Gets the path below the change or base rule, starting with a dot, for example <c>.title</c> or
    /// <c>.reason</c>; empty when the problem concerns the change as a whole. For a problem in the set as a whole,
    /// the whole path.</summary>
    public string RelativePath { get; }

    /// <summary>Formats the error as <see cref="ValidationError.ToString"/> does.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => Error.ToString();
}
