#if NET
using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>
/// Compiles the urgency-only form of a plan into a delegate: the rule set becomes straight-line code, as if each rule
/// had been written by hand as an <c>if</c>.
/// </summary>
/// <remarks>
/// <para>The compiled code does what <see cref="UrgencyProgram.Evaluate"/> does, in the same order and with the same
/// skips, but without interpreting groups and masks: a finding is read from its field where it is tested
/// (<see cref="Facts.FactTable.ReadExpression(Finding)"/>), each number the rule set tests is read once, each section of the presentation is read once, every rule that another rule
/// refers to is kept in a local, and the first emergency returns at once. Like the program, it reads every unknown
/// test as false, which is exact for criteria without negation; plans with negation are not compiled.</para>
/// <para>Compiling needs a JIT: where code is interpreted (Native AOT) or the target is not .NET, the program is used.
/// Large rule sets are compiled in chunks of about <see cref="ChunkNodes"/> criterion nodes, one method each, because
/// the JIT stops optimising very large methods: a chunk hands the urgency so far to the next, and the rules that a
/// later chunk refers to are kept as bits in a pooled array. So the cost per rule stays flat as the set grows. A plan
/// with a single rule larger than a chunk is not compiled.</para>
/// </remarks>
internal static class UrgencyCompiler
{
    /// <summary>The criterion nodes compiled into one method, at most (a rule is never split).</summary>
    public const int ChunkNodes = 1024;

    /// <summary>Compiles a plan, or returns null when it has negation, a rule larger than a chunk, or code cannot be compiled here.</summary>
    public static Func<FactReader, Urgency>? TryCompile(EvaluationPlan plan)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled || plan.UrgencyOnly is null)
        {
            return null;
        }

        var chunks = Chunks(plan);
        if (chunks is null)
        {
            return null;
        }

        if (chunks.Count == 1)
        {
            return new Emitter(plan, 0, plan.Rules.Length, shared: null).CompileWhole();
        }

        var shared = SharedRules(plan, chunks);
        var compiled = new Func<FactReader, ulong[], Urgency, Urgency>[chunks.Count];
        for (var c = 0; c < chunks.Count; c++)
        {
            compiled[c] = new Emitter(plan, chunks[c].Start, chunks[c].End, shared).CompileChunk();
        }

        return new ChunkedUrgency(compiled, (plan.Rules.Length + 63) / 64).Evaluate;
    }

    // Consecutive rules (plan order keeps every referenced rule before its users) of at most ChunkNodes nodes each.
    private static List<(int Start, int End)>? Chunks(EvaluationPlan plan)
    {
        var chunks = new List<(int Start, int End)>();
        var start = 0;
        var nodes = 0;
        for (var i = 0; i < plan.Rules.Length; i++)
        {
            var size = plan.NodeCountOf(i);
            if (size > ChunkNodes)
            {
                return null;
            }

            if (nodes + size > ChunkNodes)
            {
                chunks.Add((start, i));
                start = i;
                nodes = 0;
            }

            nodes += size;
        }

        chunks.Add((start, plan.Rules.Length));
        return chunks;
    }

    // The rules referred to from a later chunk than their own: their results cross chunks as bits.
    private static bool[] SharedRules(EvaluationPlan plan, List<(int Start, int End)> chunks)
    {
        var shared = new bool[plan.Rules.Length];
        foreach (var (start, end) in chunks)
        {
            for (var i = start; i < end; i++)
            {
                plan.VisitFlags(plan.Rules[i].Root, rule =>
                {
                    if (rule < start)
                    {
                        shared[rule] = true;
                    }
                });
            }
        }

        return shared;
    }

    private sealed class ChunkedUrgency
    {
        private readonly Func<FactReader, ulong[], Urgency, Urgency>[] _chunks;
        private readonly int _words;

        public ChunkedUrgency(Func<FactReader, ulong[], Urgency, Urgency>[] chunks, int words)
        {
            _chunks = chunks;
            _words = words;
        }

        public Urgency Evaluate(FactReader facts)
        {
            var bits = System.Buffers.ArrayPool<ulong>.Shared.Rent(_words);
            try
            {
                Array.Clear(bits, 0, _words);
                var highest = Urgency.Routine;
                foreach (var chunk in _chunks)
                {
                    highest = chunk(facts, bits, highest);
                    if (highest == Urgency.Emergency)
                    {
                        break;
                    }
                }

                return highest;
            }
            finally
            {
                System.Buffers.ArrayPool<ulong>.Shared.Return(bits);
            }
        }
    }

    private sealed class Emitter
    {
        private readonly EvaluationPlan _plan;
        private readonly int _start;
        private readonly int _end;
        private readonly bool[]? _shared;
        private readonly PresentationReads _reads = new();
        private readonly ParameterExpression _bits = Expression.Parameter(typeof(ulong[]), "sharedRules");
        private readonly ParameterExpression _highest = Expression.Parameter(typeof(Urgency), "highest");
        private readonly ParameterExpression?[] _ruleResults;

        public Emitter(EvaluationPlan plan, int start, int end, bool[]? shared)
        {
            _plan = plan;
            _start = start;
            _end = end;
            _shared = shared;
            _ruleResults = new ParameterExpression?[plan.Rules.Length];
        }

        /// <summary>The whole plan as one method; the urgency starts at routine.</summary>
        public Func<FactReader, Urgency> CompileWhole()
        {
            var highest = Expression.Variable(typeof(Urgency), "highest");
            var body = Body(highest, Expression.Constant(Urgency.Routine), out var variables);
            variables.Add(highest);
            return Expression.Lambda<Func<FactReader, Urgency>>(Expression.Block(typeof(Urgency), variables, body), _reads.Facts).Compile();
        }

        /// <summary>One chunk: takes the urgency so far and the shared rule bits, returns the urgency after its rules.</summary>
        public Func<FactReader, ulong[], Urgency, Urgency> CompileChunk()
        {
            var body = Body(_highest, null, out var variables);
            return Expression.Lambda<Func<FactReader, ulong[], Urgency, Urgency>>(
                Expression.Block(typeof(Urgency), variables, body), _reads.Facts, _bits, _highest).Compile();
        }

        private List<Expression> Body(ParameterExpression highest, Expression? initialUrgency, out List<ParameterExpression> variables)
        {
            var rules = _plan.Rules;
            var done = Expression.Label(typeof(Urgency), "done");
            var body = new List<Expression>();
            var ruleCode = new List<Expression>();

            for (var i = _start; i < _end; i++)
            {
                var rule = rules[i];
                var condition = Test(rule.Root);
                var raise = rule.Urgency == Urgency.Emergency
                    ? (Expression)Expression.Return(done, Expression.Constant(Urgency.Emergency))
                    : Expression.Assign(highest, Expression.Constant(rule.Urgency));
                var canRaise = Expression.LessThan(
                    Expression.Convert(highest, typeof(int)),
                    Expression.Constant((int)rule.Urgency));

                if (rule.IsReferenced)
                {
                    // Another rule reads this one: always decide it, and keep the answer (as a bit, too, when a later
                    // chunk reads it).
                    var result = Expression.Variable(typeof(bool), $"rule{i}");
                    _ruleResults[i] = result;
                    ruleCode.Add(Expression.Assign(result, condition));
                    if (_shared is not null && _shared[i])
                    {
                        var word = Expression.ArrayAccess(_bits, Expression.Constant(i >> 6));
                        ruleCode.Add(Expression.IfThen(result, Expression.OrAssign(word, Expression.Constant(1UL << (i & 63)))));
                    }

                    ruleCode.Add(Expression.IfThen(Expression.AndAlso(result, canRaise), raise));
                }
                else
                {
                    // A rule that cannot raise the urgency is not decided at all.
                    ruleCode.Add(Expression.IfThen(Expression.AndAlso(canRaise, condition), raise));
                }
            }

            // The presentation, each section it uses and each number are read once, into locals.
            body.AddRange(_reads.Prologue());
            if (initialUrgency is not null)
            {
                body.Add(Expression.Assign(highest, initialUrgency));
            }

            body.AddRange(ruleCode);
            body.Add(Expression.Label(done, highest));

            variables = _reads.Variables();
            foreach (var result in _ruleResults)
            {
                if (result is not null)
                {
                    variables.Add(result);
                }
            }

            return body;
        }

        private Expression Test(int nodeIndex)
        {
            ref readonly var node = ref _plan.NodeAt(nodeIndex);
            switch (node.Kind)
            {
                case NodeKind.Finding:
                {
                    // Read where it is tested, so that a rule skipped or decided early reads nothing more.
                    var value = _reads.Finding((Finding)node.Argument);

                    // "Present or unknown" is "not absent".
                    return node.UnknownCountsAsPresent
                        ? Expression.NotEqual(value, Expression.Constant(Presence.Absent))
                        : Expression.Equal(value, Expression.Constant(Presence.Present));
                }

                case NodeKind.Quantity:
                    return Compare(_reads.Quantity((Quantity)node.Argument), node.Comparison, node.Threshold);
                case NodeKind.Flag:
                {
                    var rule = node.Argument;
                    if (_ruleResults[rule] is { } local)
                    {
                        return local;
                    }

                    // Decided by an earlier chunk.
                    return rule < _start
                        ? Expression.NotEqual(
                            Expression.And(Expression.ArrayAccess(_bits, Expression.Constant(rule >> 6)), Expression.Constant(1UL << (rule & 63))),
                            Expression.Constant(0UL))
                        : throw new InvalidOperationException("Unreachable: a referenced rule is decided before the rules that refer to it.");
                }
                case NodeKind.All:
                    return Fold(node, Expression.AndAlso);
                case NodeKind.Any:
                    return Fold(node, Expression.OrElse);
                case NodeKind.AtLeast:
                {
                    // Every child counts, a repeated test twice, as in the three-valued evaluator.
                    Expression count = Expression.Constant(0);
                    for (var i = 0; i < node.ChildCount; i++)
                    {
                        var child = Test(_plan.ChildAt(node.FirstChild + i));
                        count = Expression.Add(count, Expression.Condition(child, Expression.Constant(1), Expression.Constant(0)));
                    }

                    return Expression.GreaterThanOrEqual(count, Expression.Constant(node.Argument));
                }

                default:
                    throw new InvalidOperationException("Unreachable: plans with negation are not compiled.");
            }
        }

        private Expression Fold(in Node node, Func<Expression, Expression, BinaryExpression> combine)
        {
            var result = Test(_plan.ChildAt(node.FirstChild));
            for (var i = 1; i < node.ChildCount; i++)
            {
                result = combine(result, Test(_plan.ChildAt(node.FirstChild + i)));
            }

            return result;
        }

        // An unknown number is NaN, and every ordered comparison with NaN is false: an unknown never makes a test true.
        private static BinaryExpression Compare(Expression value, Comparison comparison, double threshold)
        {
            var limit = Expression.Constant(threshold);
            return comparison switch
            {
                Comparison.AtLeast => Expression.GreaterThanOrEqual(value, limit),
                Comparison.GreaterThan => Expression.GreaterThan(value, limit),
                Comparison.AtMost => Expression.LessThanOrEqual(value, limit),
                Comparison.LessThan => Expression.LessThan(value, limit),
                _ => throw new InvalidOperationException("Unreachable: comparisons are validated when the rule set is created."),
            };
        }
    }
}
#endif
