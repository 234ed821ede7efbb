using System.Collections.Generic;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>A test on a finding: true when present, false when absent, unknown when unknown (unless <see cref="UnknownCountsAsPresent"/>).</summary>
public sealed record FindingCriterion : Criterion
{
    /// <summary>Creates a test that is true when <paramref name="finding"/> is present.</summary>
    /// <param name="finding">The finding.</param>
    public FindingCriterion(Finding finding) => Finding = finding;

    /// <summary>Gets the finding tested.</summary>
    public Finding Finding { get; init; }

    /// <summary>Gets whether an unknown finding counts as present, so the test is false only when the finding is known to be absent.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool UnknownCountsAsPresent { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Criterion> Children() => ValueList<Criterion>.Empty;
}
