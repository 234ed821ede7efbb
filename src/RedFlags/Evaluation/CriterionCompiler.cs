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
/// one that tests only the rules that can change the urgency (<see cref="CriterionGraph.CanRaiseUrgency"/>), each as
/// "is it true" and, for a rule another rule refers to, "is it false" (together its three-valued truth), with
/// short-circuiting groups, and returns at once at the first emergency.</para>
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
        private readonly Dictionary<int, ParameterExpression> _ruleLocals = new();

        public Emitter(CriterionGraph graph, int start, int end, bool writeTruths, bool returnAtEmergency)
        {
            _graph = graph;
            _start = start;
            _end = end;
            _writeTruths = writeTruths;
            _returnAtEmergency = returnAtEmergency;
            _locals = returnAtEmergency ? [] : new ParameterExpression[end - start];
        }

        public Chunk Compile()
        {
            var done = Expression.Label(typeof(Urgency), "done");
            var code = _returnAtEmergency ? UrgencyCode(done) : TruthCode();
            code.Add(Expression.Label(done, _highest));
            var body = _reads.Prologue();
            body.AddRange(code);
            var variables = _reads.Variables();
            variables.AddRange(_locals);
            variables.AddRange(_ruleLocals.Values);
            return Expression.Lambda<Chunk>(Expression.Block(typeof(Urgency), variables, body), _reads.Presentation, _truths, _highest).Compile();
        }

        // Every node in order, each into its local and the array.
        private List<Expression> TruthCode()
        {
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

                code.Add(Expression.Assign(Expression.ArrayAccess(_truths, Expression.Constant(n)), Expression.Convert(local, typeof(Truth))));
            }

            return code;
        }

        // The rules whose root is in this chunk and that can change the urgency, in graph order. A rule above routine
        // tests whether its criterion is true; a referenced rule keeps its three-valued truth in a local (and, when
        // the graph is chunked, in the array) for the rules after it. Each test short-circuits: an all-of group
        // stops at its first child that is not true.
        private List<Expression> UrgencyCode(LabelTarget done)
        {
            var asked = AskedOfRules();
            var code = new List<Expression>();
            for (var r = 0; r < _graph.Rules.Length; r++)
            {
                var rule = _graph.Rules[r];
                if (rule.Root < _start || rule.Root >= _end || !_graph.CanRaiseUrgency(rule.Root))
                {
                    continue;
                }

                if (!rule.IsReferenced)
                {
                    // Tested only while the urgency is below the rule's own: once it is as high, the rule cannot raise it.
                    code.Add(Expression.IfThen(
                        Expression.AndAlso(Expression.LessThan(Expression.Convert(_highest, typeof(int)), Expression.Constant((int)rule.Urgency)), IsTrue(rule.Root)),
                        Raise(rule.Urgency, done)));
                    continue;
                }

                // Whether the rule is false is computed only when a negation (or an at-least group under one) asks.
                var local = _ruleLocals[r] = Expression.Variable(typeof(int), $"rule{r}");
                Expression truth = (asked[r] & AskedFalse) != 0
                    ? Expression.Condition(IsTrue(rule.Root), Expression.Constant((int)Truth.True), Expression.Condition(IsFalse(rule.Root), Expression.Constant((int)Truth.False), Expression.Constant((int)Truth.Unknown)))
                    : Expression.Condition(IsTrue(rule.Root), Expression.Constant((int)Truth.True), Expression.Constant((int)Truth.Unknown));
                code.Add(Expression.Assign(local, truth));
                if (_writeTruths)
                {
                    code.Add(Expression.Assign(Expression.ArrayAccess(_truths, Expression.Constant(rule.Root)), Expression.Convert(local, typeof(Truth))));
                }

                if (rule.Urgency > Urgency.Routine)
                {
                    code.Add(Expression.IfThen(Expression.Equal(local, Expression.Constant((int)Truth.True)), Raise(rule.Urgency, done)));
                }
            }

            return code;
        }

        private const int AskedTrue = 1;
        private const int AskedFalse = 2;

        // For each rule, whether the urgency code asks if it is true, if it is false, or both: a rule above routine is
        // asked whether it is true, a negation flips the question, and a rule refers only to earlier rules, so one
        // pass from the last rule to the first finds every question. (The whole graph, not only this chunk: a later
        // chunk reads the truths an earlier one stores.)
        private int[] AskedOfRules()
        {
            var asked = new int[_graph.Rules.Length];
            for (var r = _graph.Rules.Length - 1; r >= 0; r--)
            {
                if (_graph.Rules[r].Urgency > Urgency.Routine)
                {
                    asked[r] |= AskedTrue;
                }

                if ((asked[r] & AskedTrue) != 0)
                {
                    Ask(_graph.Rules[r].Root, AskedTrue, asked);
                }

                if ((asked[r] & AskedFalse) != 0)
                {
                    Ask(_graph.Rules[r].Root, AskedFalse, asked);
                }
            }

            return asked;
        }

        // Mirrors Decides: the questions a node's question puts to the rules it refers to.
        private void Ask(int index, int question, int[] asked)
        {
            ref readonly var node = ref _graph.NodeAt(index);
            switch (node.Kind)
            {
                case NodeKind.Flag:
                    asked[node.Argument] |= question;
                    return;
                case NodeKind.Not:
                    Ask(_graph.ChildAt(node.FirstChild), question == AskedTrue ? AskedFalse : AskedTrue, asked);
                    return;
                default:
                    for (var i = 0; i < node.ChildCount; i++)
                    {
                        Ask(_graph.ChildAt(node.FirstChild + i), question, asked);
                    }

                    return;
            }
        }

        // The urgency rises to the rule's; an emergency returns at once.
        private Expression Raise(Urgency urgency, LabelTarget done) => urgency == Urgency.Emergency
            ? Expression.Return(done, Expression.Constant(Urgency.Emergency))
            : Expression.IfThen(
                Expression.LessThan(Expression.Convert(_highest, typeof(int)), Expression.Constant((int)urgency)),
                Expression.Assign(_highest, Expression.Constant(urgency)));

        // Whether a node is true (not false or unknown), and whether it is false: together, its three-valued truth.
        private Expression IsTrue(int index) => Decides(index, wanted: Truth.True);

        private Expression IsFalse(int index) => Decides(index, wanted: Truth.False);

        private Expression Decides(int index, Truth wanted)
        {
            ref readonly var node = ref _graph.NodeAt(index);
            var forTrue = wanted == Truth.True;
            switch (node.Kind)
            {
                case NodeKind.Finding:
                {
                    var presence = Expression.Convert(_reads.Finding((Finding)node.Argument), typeof(int));
                    return forTrue
                        ? node.UnknownCountsAsPresent
                            ? Expression.NotEqual(presence, Expression.Constant((int)Presence.Absent))
                            : Expression.Equal(presence, Expression.Constant((int)Presence.Present))
                        : Expression.Equal(presence, Expression.Constant((int)Presence.Absent));
                }

                case NodeKind.Quantity:
                    return Expression.Equal(Comparison(index), Expression.Constant(wanted));
                case NodeKind.Flag:
                    return Expression.Equal(RuleTruth(node.Argument), Expression.Constant((int)wanted));
                case NodeKind.Not:
                    return Decides(_graph.ChildAt(node.FirstChild), forTrue ? Truth.False : Truth.True);
                case NodeKind.AtLeast:
                {
                    // True when n children are true; false when fewer than n are not false.
                    var counts = new Expression[node.ChildCount];
                    for (var i = 0; i < node.ChildCount; i++)
                    {
                        var child = Decides(_graph.ChildAt(node.FirstChild + i), wanted);
                        counts[i] = Expression.Condition(child, Expression.Constant(forTrue ? 1 : 0), Expression.Constant(forTrue ? 0 : 1));
                    }

                    var count = Balanced(counts, Expression.Add);

                    return forTrue
                        ? Expression.GreaterThanOrEqual(count, Expression.Constant(node.Argument))
                        : Expression.LessThan(count, Expression.Constant(node.Argument));
                }

                default:
                {
                    // All-of is true when every child is, false when any is; any-of the other way round.
                    var every = (node.Kind == NodeKind.All) == forTrue;
                    var children = new Expression[node.ChildCount];
                    for (var i = 0; i < node.ChildCount; i++)
                    {
                        children[i] = Decides(_graph.ChildAt(node.FirstChild + i), wanted);
                    }

                    return Balanced(children, every ? Expression.AndAlso : Expression.OrElse);
                }
            }
        }

        // The three-valued truth of a referenced rule: its local when this chunk computed it, else the array.
        private Expression RuleTruth(int rule) => _ruleLocals.TryGetValue(rule, out var local)
            ? local
            : Expression.Convert(Expression.ArrayAccess(_truths, Expression.Constant(_graph.Rules[rule].Root)), typeof(int));

        // The one threshold comparison, FactReader.Compare (unknown when the number is), with the node's test.
        private MethodCallExpression Comparison(int index)
        {
            ref readonly var node = ref _graph.NodeAt(index);
            return Expression.Call(s_compare, _reads.Quantity((Quantity)node.Argument), Expression.Constant(node.Comparison), Expression.Constant(node.Threshold));
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
                    return Expression.Convert(Comparison(index), typeof(int));
                case NodeKind.Flag:
                    return Read(_graph.Source(index));
                case NodeKind.Not:
                    return Expression.Subtract(Expression.Constant((int)Truth.True), Read(_graph.ChildAt(node.FirstChild)));
                case NodeKind.AtLeast:
                {
                    // At least n: true when n children are true, unknown when n are not false, else false.
                    var trues = new Expression[node.ChildCount];
                    var possibles = new Expression[node.ChildCount];
                    for (var i = 0; i < node.ChildCount; i++)
                    {
                        var child = Read(_graph.ChildAt(node.FirstChild + i));
                        trues[i] = Expression.RightShift(child, Expression.Constant(1));
                        possibles[i] = Expression.RightShift(Expression.Add(child, Expression.Constant(1)), Expression.Constant(1));
                    }

                    var trueCount = Balanced(trues, Expression.Add);
                    var possibleCount = Balanced(possibles, Expression.Add);
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

        // Combines the terms pairwise into a balanced tree: the same value and, for && and ||, the same left-to-right
        // short-circuit order as a chain, but log2(n) deep. A chain as long as a wide group (the input sets the width)
        // makes the expression compiler slow and deeply recursive.
        private static Expression Balanced(Expression[] terms, Func<Expression, Expression, BinaryExpression> combine)
        {
            var count = terms.Length;
            while (count > 1)
            {
                var half = 0;
                for (var i = 0; i < count; i += 2)
                {
                    terms[half++] = i + 1 < count ? combine(terms[i], terms[i + 1]) : terms[i];
                }

                count = half;
            }

            return terms[0];
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
