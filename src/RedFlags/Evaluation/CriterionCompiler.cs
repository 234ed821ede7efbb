#if NET
using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace RedFlags.Evaluation;

/// <summary>
/// The compiler: turns a <see cref="CriterionGraph"/> into straight-line code that computes what
/// <see cref="CriterionInterpreter"/> computes, one statement per node with its test, its children and its constants
/// written in. It is the engine of <see cref="EvaluationMode.Compiled"/>.
/// </summary>
/// <remarks>
/// <para>The arithmetic is the interpreter's: a finding's truth is picked out of a constant by its presence, an all-of
/// group is the minimum of its children, an any-of group the maximum, a negation <c>2 - x</c> (see the numbering of
/// <see cref="Truth"/>), so that varied presentations do not make the code mispredict branches. A finding is read from
/// its field and each number once (<see cref="PresentationReads"/>).</para>
/// <para>It emits two forms of the same code: one that writes every node truth to an array (for the explanation), and
/// one that keeps the truths in locals and returns the urgency, returning at once at the first emergency.</para>
/// <para>Large graphs are compiled in chunks of <see cref="ChunkNodes"/> consecutive nodes, one method each, because
/// the JIT stops optimising very large methods; a chunk reads the truths of earlier chunks from the array, so the
/// urgency form of a chunked graph writes the array too.</para>
/// <para>Compiling needs dynamic code: under Native AOT and in the netstandard2.0 build there is no compiler.</para>
/// </remarks>
internal sealed class CriterionCompiler
{
    /// <summary>The criterion nodes compiled into one method, at most.</summary>
    public const int ChunkNodes = 512;

    private static readonly System.Reflection.MethodInfo s_compare = typeof(FactReader).GetMethod(nameof(FactReader.Compare))!;

    private readonly Chunk[] _truths;
    private readonly Chunk[] _urgency;

    private CriterionCompiler(Chunk[] truths, Chunk[] urgency)
    {
        _truths = truths;
        _urgency = urgency;
    }

    /// <summary>A compiled method over nodes of the graph: it writes their truths to the array (when it has to) and
    /// returns the highest urgency of its fired rules and <paramref name="highest"/>, or Emergency as soon as one fires.</summary>
    private delegate Urgency Chunk(PatientPresentation presentation, Truth[]? truths, Urgency highest);

    /// <summary>Whether code can be compiled in this process (false under Native AOT).</summary>
    public static bool IsSupported => RuntimeFeature.IsDynamicCodeCompiled;

    /// <summary>Whether <see cref="HighestUrgency"/> needs an array of <see cref="CriterionGraph.NodeCount"/> truths.</summary>
    public bool UrgencyNeedsTruths => _urgency.Length > 1;

    /// <summary>Compiles both forms of a graph's code.</summary>
    /// <exception cref="PlatformNotSupportedException">Thrown when dynamic code is not supported here.</exception>
    public static CriterionCompiler Compile(CriterionGraph graph)
    {
        if (!IsSupported)
        {
            throw new PlatformNotSupportedException("Compiling the rule set needs dynamic code, which this process does not support (Native AOT); use EvaluationMode.Interpreted or Automatic.");
        }

        var chunkCount = Math.Max(1, (graph.NodeCount + ChunkNodes - 1) / ChunkNodes);
        var truths = new Chunk[chunkCount];
        var urgency = new Chunk[chunkCount];
        for (var c = 0; c < chunkCount; c++)
        {
            var start = c * ChunkNodes;
            var end = Math.Min(graph.NodeCount, start + ChunkNodes);
            truths[c] = new Emitter(graph, start, end, writeTruths: true, returnAtEmergency: false).Compile();
            urgency[c] = chunkCount == 1 ? new Emitter(graph, start, end, writeTruths: false, returnAtEmergency: true).Compile() : new Emitter(graph, start, end, writeTruths: true, returnAtEmergency: true).Compile();
        }

        return new CriterionCompiler(truths, urgency);
    }

    /// <summary>Writes the truth of every node into <paramref name="truths"/> (at least <see cref="CriterionGraph.NodeCount"/> elements).</summary>
    public void Evaluate(PatientPresentation presentation, Truth[] truths)
    {
        foreach (var chunk in _truths)
        {
            chunk(presentation, truths, Urgency.Routine);
        }
    }

    /// <summary>The highest urgency of a fired rule; <paramref name="truths"/> may be null unless <see cref="UrgencyNeedsTruths"/>.</summary>
    public Urgency HighestUrgency(PatientPresentation presentation, Truth[]? truths)
    {
        var highest = Urgency.Routine;
        foreach (var chunk in _urgency)
        {
            highest = chunk(presentation, truths, highest);
            if (highest == Urgency.Emergency)
            {
                break;
            }
        }

        return highest;
    }

    // The nodes [start, end) as one method. Graph order puts every child, and every referenced rule's root, before the
    // nodes that read them: in a local when it is in this chunk, in the array when an earlier chunk wrote it.
    private sealed class Emitter
    {
        private readonly CriterionGraph _graph;
        private readonly int _start;
        private readonly int _end;
        private readonly bool _writeTruths;
        private readonly bool _returnAtEmergency;
        private readonly PresentationReads _reads = new();
        private readonly ParameterExpression _truths = Expression.Parameter(typeof(Truth[]), "truths");
        private readonly ParameterExpression _highest = Expression.Parameter(typeof(Urgency), "highest");
        private readonly ParameterExpression[] _locals;

        public Emitter(CriterionGraph graph, int start, int end, bool writeTruths, bool returnAtEmergency)
        {
            _graph = graph;
            _start = start;
            _end = end;
            _writeTruths = writeTruths;
            _returnAtEmergency = returnAtEmergency;
            _locals = new ParameterExpression[end - start];
        }

        public Chunk Compile()
        {
            var urgencyOfRoot = new Dictionary<int, Urgency>();
            foreach (var rule in _graph.Rules)
            {
                if (_returnAtEmergency && rule.Urgency > Urgency.Routine && rule.Root >= _start && rule.Root < _end)
                {
                    urgencyOfRoot[rule.Root] = rule.Urgency;
                }
            }

            var done = Expression.Label(typeof(Urgency), "done");
            var code = new List<Expression>();
            for (var n = _start; n < _end; n++)
            {
                var local = _locals[n - _start] = Expression.Variable(typeof(int), $"node{n}");
                ref readonly var node = ref _graph.NodeAt(n);
                if (node.Kind is NodeKind.All or NodeKind.Any)
                {
                    // Folded into the node's local child by child, so that no child expression is repeated.
                    Func<Expression, Expression, Expression> combine = node.Kind == NodeKind.All ? Minimum : Maximum;
                    code.Add(Expression.Assign(local, Read(_graph.ChildAt(node.FirstChild))));
                    for (var i = 1; i < node.ChildCount; i++)
                    {
                        code.Add(Expression.Assign(local, combine(local, Read(_graph.ChildAt(node.FirstChild + i)))));
                    }
                }
                else
                {
                    code.Add(Expression.Assign(local, TruthOf(n)));
                }

                if (_writeTruths)
                {
                    code.Add(Expression.Assign(Expression.ArrayAccess(_truths, Expression.Constant(n)), Expression.Convert(local, typeof(Truth))));
                }

                if (urgencyOfRoot.TryGetValue(n, out var urgency))
                {
                    code.Add(Fired(local, urgency, done));
                }
            }

            code.Add(Expression.Label(done, _highest));
            var body = _reads.Prologue();
            body.AddRange(code);
            var variables = _reads.Variables();
            variables.AddRange(_locals);
            return Expression.Lambda<Chunk>(Expression.Block(typeof(Urgency), variables, body), _reads.Presentation, _truths, _highest).Compile();
        }

        // When the rule's root is true: the urgency rises to the rule's, and an emergency returns at once.
        private ConditionalExpression Fired(ParameterExpression root, Urgency urgency, LabelTarget done)
        {
            var isTrue = Expression.Equal(root, Expression.Constant((int)Truth.True));
            Expression raise = urgency == Urgency.Emergency
                ? Expression.Return(done, Expression.Constant(Urgency.Emergency))
                : Expression.IfThen(
                    Expression.LessThan(Expression.Convert(_highest, typeof(int)), Expression.Constant((int)urgency)),
                    Expression.Assign(_highest, Expression.Constant(urgency)));
            return Expression.IfThen(isTrue, raise);
        }

        private Expression Read(int node) => node >= _start
            ? _locals[node - _start]
            : Expression.Convert(Expression.ArrayAccess(_truths, Expression.Constant(node)), typeof(int));

        private Expression TruthOf(int index)
        {
            ref readonly var node = ref _graph.NodeAt(index);
            switch (node.Kind)
            {
                case NodeKind.Finding:
                {
                    // Byte p of the constant is the truth when the presence is p (Unknown 0, Absent 1, Present 2).
                    var whenUnknown = node.UnknownCountsAsPresent ? Truth.True : Truth.Unknown;
                    var byPresence = (int)whenUnknown | ((int)Truth.False << 8) | ((int)Truth.True << 16);
                    var presence = Expression.Convert(_reads.Finding((Finding)node.Argument), typeof(int));
                    return Expression.And(
                        Expression.RightShift(Expression.Constant(byPresence), Expression.LeftShift(presence, Expression.Constant(3))),
                        Expression.Constant(0xFF));
                }

                case NodeKind.Quantity:
                    return Expression.Convert(
                        Expression.Call(s_compare, _reads.Quantity((Quantity)node.Argument), Expression.Constant(node.Comparison), Expression.Constant(node.Threshold)),
                        typeof(int));
                case NodeKind.Flag:
                    return Read(_graph.Source(index));
                case NodeKind.Not:
                    return Expression.Subtract(Expression.Constant((int)Truth.True), Read(_graph.ChildAt(node.FirstChild)));
                case NodeKind.AtLeast:
                {
                    // At least n: true when n children are true, unknown when n are not false, else false.
                    Expression trueCount = Expression.Constant(0);
                    Expression possibleCount = Expression.Constant(0);
                    for (var i = 0; i < node.ChildCount; i++)
                    {
                        var child = Read(_graph.ChildAt(node.FirstChild + i));
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

        // Without a branch, as the interpreter: the sign of a - b masks the difference in or out. The operands are
        // small non-negative numbers, locals or single array reads.
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
}
#endif
