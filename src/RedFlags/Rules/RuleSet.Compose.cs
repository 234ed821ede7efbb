using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>Composition: local changes onto this set, as rule files and the dependency-injection options make them.</summary>
public sealed partial class RuleSet
{
    /// <summary>Composes local changes onto this set without throwing: overrides, disabled rules and added rules.</summary>
    /// <param name="changes">The changes.</param>
    /// <returns>The composed set, or every problem, each with the change it concerns.</returns>
    /// <remarks>
    /// <para>The rules of composition (decision 4) are checked here, once, for every caller:</para>
    /// <list type="bullet">
    /// <item>an override names a rule of this set, an added rule's id is not in this set, and a disabled rule is in
    /// this set (<see cref="ErrorCodes.RuleSetChangeInvalid"/>);</item>
    /// <item>each rule id is changed at most once, over all three lists (<see cref="ErrorCodes.RuleSetChangeInvalid"/>,
    /// at the later change);</item>
    /// <item>a disabled rule has a reason (<see cref="ErrorCodes.CustomisationInvalid"/>, at <c>.reason</c>);</item>
    /// <item>no rule of the composed set refers to a disabled rule (<see cref="ErrorCodes.RuleSetChangeInvalid"/> at the
    /// disabled rule, naming every referring rule): disabling never silently changes what another rule means;</item>
    /// <item>the composed set passes <see cref="Validate"/>; its problems are reported at the change they come from.</item>
    /// </list>
    /// <para>The composed set's <see cref="Customisations"/> are this set's, each replaced by a later change of the same
    /// rule; an override of a rule that this set had itself added stays <see cref="RuleCustomisationKind.Added"/>.</para>
    /// </remarks>
    /// <exception cref="System.ArgumentNullException">Thrown when <paramref name="changes"/> is <see langword="null"/>.</exception>
    public RuleSetComposition Compose(RuleSetChanges changes) => RuleSetComposer.Compose(this, Guard.NotNull(changes));

    /// <summary>Composes local changes onto this set: overrides, disabled rules and added rules.</summary>
    /// <param name="changes">The changes.</param>
    /// <returns>The composed set; this set itself when <paramref name="changes"/> is empty.</returns>
    /// <remarks>The rules are those of <see cref="Compose"/>.</remarks>
    /// <exception cref="System.ArgumentNullException">Thrown when <paramref name="changes"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the changes do not compose; it lists every problem.</exception>
    public RuleSet Extend(RuleSetChanges changes) => Compose(changes).GetRuleSetOrThrow();
}
