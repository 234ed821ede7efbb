#if NET
using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace RedFlags.Evaluation;

/// <summary>
/// Compiles what <see cref="TruthProgram.Evaluate"/> computes, the three-valued truth of every criterion node, into
/// straight-line code: one statement per node, with the node's test, its children and its constants written in.
/// </summary>
/// <remarks>
/// <para>The arithmetic is the program's: a finding's truth is picked out of a constant by its presence, an all-of
/// group is the minimum of its children, an any-of group the maximum, a negation <c>2 - x</c> (see the numbering of
/// <see cref="Truth"/>), so that varied presentations do not make the code mispredict branches. Each truth is kept in
/// a local for the groups that read it and written to the array for the explanation. A finding is read from its field
/// and each number once (<see cref="PresentationReads"/>).</para>
/// <para>Compiling needs a JIT: under Native AOT and on .NET Framework the program is used. Large plans are compiled
/// in chunks of <see cref="ChunkNodes"/> consecutive nodes, one method each, because the JIT stops optimising very
/// large methods; a chunk reads the truths of earlier chunks from the array.</para>
/// </remarks>
internal static class TruthCompiler
{
    /// <summary>The criterion nodes compiled into one method, at most.</summary>
    public const int ChunkNodes = 512;

    private static readonly System.Reflection.MethodInfo s_compare = typeof(FactReader).GetMethod(nameof(FactReader.Compare))!;

    /// <summary>Compiles the node truths of a plan; null when code cannot be compiled here. The delegate writes the
    /// truth of node <c>i</c> to element <c>i</c> of an array of at least <see cref="EvaluationPlan.NodeCount"/>
    /// elements.</summary>
    public static Action<FactReader, Truth[]>? TryCompile(EvaluationPlan plan)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            return null;
        }

        if (plan.NodeCount <= ChunkNodes)
        {
            return Compile(plan, 0, plan.NodeCount);
        }

        var chunks = new Action<FactReader, Truth[]>[(plan.NodeCount + ChunkNodes - 1) / ChunkNodes];
        for (var c = 0; c < chunks.Length; c++)
        {
            chunks[c] = Compile(plan, c * ChunkNodes, Math.Min(plan.NodeCount, (c + 1) * ChunkNodes));
        }

        return (facts, truths) =>
        {
            foreach (var chunk in chunks)
            {
                chunk(facts, truths);
            }
        };
    }

    // The nodes [start, end) as one method. Plan order puts every child, and every referenced rule's root, before the
    // nodes that read them: in a local when it is in this chunk, in the array when an earlier chunk wrote it.
    private static Action<FactReader, Truth[]> Compile(EvaluationPlan plan, int start, int end)
    {
        var reads = new PresentationReads();
        var truths = Expression.Parameter(typeof(Truth[]), "truths");
        var locals = new ParameterExpression[end - start];
        var code = new List<Expression>();
        Expression Read(int node) => node >= start
            ? locals[node - start]
            : Expression.Convert(Expression.ArrayAccess(truths, Expression.Constant(node)), typeof(int));

        for (var n = start; n < end; n++)
        {
            var local = locals[n - start] = Expression.Variable(typeof(int), $"node{n}");
            ref readonly var node = ref plan.NodeAt(n);
            if (node.Kind is NodeKind.All or NodeKind.Any)
            {
                // Folded into the node's local child by child, so that no child expression is repeated.
                Func<Expression, Expression, Expression> combine = node.Kind == NodeKind.All ? Minimum : Maximum;
                code.Add(Expression.Assign(local, Read(plan.ChildAt(node.FirstChild))));
                for (var i = 1; i < node.ChildCount; i++)
                {
                    code.Add(Expression.Assign(local, combine(local, Read(plan.ChildAt(node.FirstChild + i)))));
                }
            }
            else
            {
                code.Add(Expression.Assign(local, TruthOf(plan, n, reads, Read)));
            }

            code.Add(Expression.Assign(Expression.ArrayAccess(truths, Expression.Constant(n)), Expression.Convert(local, typeof(Truth))));
        }

        var body = reads.Prologue();
        body.AddRange(code);
        var variables = reads.Variables();
        variables.AddRange(locals);
        return Expression.Lambda<Action<FactReader, Truth[]>>(Expression.Block(typeof(void), variables, body), reads.Facts, truths).Compile();
    }

    private static Expression TruthOf(EvaluationPlan plan, int index, PresentationReads reads, Func<int, Expression> read)
    {
        ref readonly var node = ref plan.NodeAt(index);
        switch (node.Kind)
        {
            case NodeKind.Finding:
            {
                // Byte p of the constant is the truth when the presence is p (Unknown 0, Absent 1, Present 2).
                var whenUnknown = node.UnknownCountsAsPresent ? Truth.True : Truth.Unknown;
                var byPresence = (int)whenUnknown | ((int)Truth.False << 8) | ((int)Truth.True << 16);
                var presence = Expression.Convert(reads.Finding((Finding)node.Argument), typeof(int));
                return Expression.And(
                    Expression.RightShift(Expression.Constant(byPresence), Expression.LeftShift(presence, Expression.Constant(3))),
                    Expression.Constant(0xFF));
            }

            case NodeKind.Quantity:
                return Expression.Convert(
                    Expression.Call(s_compare, reads.Quantity((Quantity)node.Argument), Expression.Constant(node.Comparison), Expression.Constant(node.Threshold)),
                    typeof(int));
            case NodeKind.Flag:
                return read(plan.Rules[node.Argument].Root);
            case NodeKind.Not:
                return Expression.Subtract(Expression.Constant((int)Truth.True), read(plan.ChildAt(node.FirstChild)));
            case NodeKind.AtLeast:
            {
                // At least n: true when n children are true, unknown when n are not false, else false.
                Expression trueCount = Expression.Constant(0);
                Expression possibleCount = Expression.Constant(0);
                for (var i = 0; i < node.ChildCount; i++)
                {
                    var child = read(plan.ChildAt(node.FirstChild + i));
                    trueCount = Expression.Add(trueCount, Expression.RightShift(child, Expression.Constant(1)));
                    possibleCount = Expression.Add(possibleCount, Expression.RightShift(Expression.Add(child, Expression.Constant(1)), Expression.Constant(1)));
                }

                var needed = Expression.Constant(node.Argument);
                return Expression.Condition(
                    Expression.GreaterThanOrEqual(trueCount, needed),
                    Expression.Constant((int)Truth.True),
                    Expression.Condition(
                        Expression.GreaterThanOrEqual(possibleCount, needed),
                        Expression.Constant((int)Truth.Unknown),
                        Expression.Constant((int)Truth.False)));
            }

            default:
                throw new InvalidOperationException("Unreachable: all-of and any-of groups are folded by the caller.");
        }
    }

    // Without a branch, as TruthProgram: the sign of a - b masks the difference in or out. The operands are small
    // non-negative numbers, locals or single array reads.
    private static Expression Minimum(Expression a, Expression b)
    {
        var difference = Expression.Subtract(a, b);
        return Expression.Add(b, Expression.And(difference, Expression.RightShift(difference, Expression.Constant(31))));
    }

    private static Expression Maximum(Expression a, Expression b)
    {
        var difference = Expression.Subtract(a, b);
        return Expression.Subtract(a, Expression.And(difference, Expression.RightShift(difference, Expression.Constant(31))));
    }
}
#endif
