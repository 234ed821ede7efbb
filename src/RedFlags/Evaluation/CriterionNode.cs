using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>What a node of the <see cref="CriterionGraph"/> tests or combines.</summary>
internal enum NodeKind : byte
{
    /// <summary>A finding test; the argument is the <see cref="Finding"/>.</summary>
    Finding,

    /// <summary>A number test; the argument is the <see cref="Quantity"/>.</summary>
    Quantity,

    /// <summary>A reference to another rule; the argument is that rule's index in the graph.</summary>
    Flag,

    /// <summary>All children hold.</summary>
    All,

    /// <summary>At least one child holds.</summary>
    Any,

    /// <summary>At least <see cref="Node.Argument"/> children hold.</summary>
    AtLeast,

    /// <summary>The one child does not hold.</summary>
    Not,
}

/// <summary>One criterion of a rule, flattened: its children are <see cref="ChildCount"/> entries of the graph's child list from <see cref="FirstChild"/>.</summary>
internal readonly record struct Node(NodeKind Kind, int Argument)
{
    public bool UnknownCountsAsPresent { get; init; }

    public Comparison Comparison { get; init; }

    public double Threshold { get; init; }

    public int FirstChild { get; init; }

    public int ChildCount { get; init; }
}

/// <summary>A rule of the graph: the rule, the node of its criterion, and what ordering and urgency need.</summary>
internal readonly record struct GraphRule(RedFlagRule Rule, int Root, Urgency Urgency, int Priority)
{
    /// <summary>Gets whether another rule refers to this one.</summary>
    public bool IsReferenced { get; init; }
}
