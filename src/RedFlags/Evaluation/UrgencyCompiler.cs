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
/// (<see cref="FactExpressions"/>), each number the rule set tests is read once, each section of the presentation is read once, every rule that another rule
/// refers to is kept in a local, and the first emergency returns at once. Like the program, it reads every unknown
/// test as false, which is exact for criteria without negation; plans with negation are not compiled.</para>
/// <para>Compiling needs a JIT: where code is interpreted (Native AOT) or the target is not .NET, the program is used.
/// Rule sets larger than <see cref="MaximumNodes"/> criterion nodes are not compiled either, because the JIT stops
/// optimising very large methods; they keep the program, whose cost per rule is flat.</para>
/// </remarks>
internal static class UrgencyCompiler
{
    /// <summary>The largest plan, in criterion nodes, compiled into one method.</summary>
    public const int MaximumNodes = 4096;

    /// <summary>Compiles a plan, or returns null when it has negation, is too large, or code cannot be compiled here.</summary>
    public static Func<FactReader, Urgency>? TryCompile(EvaluationPlan plan)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled || plan.UrgencyOnly is null || plan.NodeCount > MaximumNodes)
        {
            return null;
        }

        return new Emitter(plan).Compile();
    }

    private sealed class Emitter
    {
        private static readonly System.Reflection.MethodInfo s_readFinding =
            typeof(FactReader).GetMethod(nameof(FactReader.Read), [typeof(Finding)])!;

        private static readonly System.Reflection.PropertyInfo s_presentation =
            typeof(FactReader).GetProperty(nameof(FactReader.Presentation))!;

        private readonly EvaluationPlan _plan;
        private readonly ParameterExpression _facts = Expression.Parameter(typeof(FactReader), "facts");
        private readonly ParameterExpression _presentation = Expression.Variable(typeof(PatientPresentation), "presentation");
        private readonly Dictionary<Quantity, ParameterExpression> _quantities = new();
        private readonly Dictionary<string, (ParameterExpression Local, Expression Read)> _sections = new(StringComparer.Ordinal);
        private readonly ParameterExpression?[] _ruleResults;

        public Emitter(EvaluationPlan plan)
        {
            _plan = plan;
            _ruleResults = new ParameterExpression?[plan.Rules.Length];
        }

        public Func<FactReader, Urgency> Compile()
        {
            var rules = _plan.Rules;
            var highest = Expression.Variable(typeof(Urgency), "highest");
            var done = Expression.Label(typeof(Urgency), "done");
            var body = new List<Expression>();
            var ruleCode = new List<Expression>();

            for (var i = 0; i < rules.Length; i++)
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
                    // Another rule reads this one: always decide it, and keep the answer.
                    var result = Expression.Variable(typeof(bool), $"rule{i}");
                    _ruleResults[i] = result;
                    ruleCode.Add(Expression.Assign(result, condition));
                    ruleCode.Add(Expression.IfThen(Expression.AndAlso(result, canRaise), raise));
                }
                else
                {
                    // A rule that cannot raise the urgency is not decided at all.
                    ruleCode.Add(Expression.IfThen(Expression.AndAlso(canRaise, condition), raise));
                }
            }

            var quantityReads = new List<Expression>();
            foreach (var quantity in _quantities)
            {
                quantityReads.Add(Expression.Assign(quantity.Value, Inline(FactExpressions.For(quantity.Key), _facts)));
            }

            // The presentation and each section it uses are read once, into locals.
            body.Add(Expression.Assign(_presentation, Expression.Property(_facts, s_presentation)));
            foreach (var section in _sections.Values)
            {
                body.Add(Expression.Assign(section.Local, section.Read));
            }

            body.AddRange(quantityReads);

            body.Add(Expression.Assign(highest, Expression.Constant(Urgency.Routine)));
            body.AddRange(ruleCode);
            body.Add(Expression.Label(done, highest));

            var variables = new List<ParameterExpression> { _presentation, highest };
            variables.AddRange(_quantities.Values);
            foreach (var section in _sections.Values)
            {
                variables.Add(section.Local);
            }

            foreach (var result in _ruleResults)
            {
                if (result is not null)
                {
                    variables.Add(result);
                }
            }

            return Expression.Lambda<Func<FactReader, Urgency>>(Expression.Block(typeof(Urgency), variables, body), _facts).Compile();
        }

        private Expression Test(int nodeIndex)
        {
            ref readonly var node = ref _plan.NodeAt(nodeIndex);
            switch (node.Kind)
            {
                case NodeKind.Finding:
                {
                    // Read where it is tested, so that a rule skipped or decided early reads nothing more.
                    var finding = (Finding)node.Argument;
                    var value = FactExpressions.For(finding) is { } read
                        ? Inline(read, _presentation)
                        : Expression.Call(_facts, s_readFinding, Expression.Constant(finding));

                    // "Present or unknown" is "not absent".
                    return node.UnknownCountsAsPresent
                        ? Expression.NotEqual(value, Expression.Constant(Presence.Absent))
                        : Expression.Equal(value, Expression.Constant(Presence.Present));
                }

                case NodeKind.Quantity:
                    return Compare(Quantity((Quantity)node.Argument), node.Comparison, node.Threshold);
                case NodeKind.Flag:
                    return _ruleResults[node.Argument]
                        ?? throw new InvalidOperationException("Unreachable: a referenced rule is decided before the rules that refer to it.");
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

        // The body of a one-parameter lambda with the argument in place of its parameter, and the presentation's sections
        // read from their locals.
        private Expression Inline(LambdaExpression lambda, Expression argument)
            => new Inliner(this, lambda.Parameters[0], argument).Visit(lambda.Body);

        private ParameterExpression Section(MemberExpression read)
        {
            var name = read.Member.Name;
            if (!_sections.TryGetValue(name, out var section))
            {
                section = (Expression.Variable(read.Type, name), read);
                _sections.Add(name, section);
            }

            return section.Local;
        }

        private ParameterExpression Quantity(Quantity quantity)
        {
            if (!_quantities.TryGetValue(quantity, out var value))
            {
                value = Expression.Variable(typeof(double), quantity.ToString());
                _quantities.Add(quantity, value);
            }

            return value;
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

        private sealed class Inliner : ExpressionVisitor
        {
            private readonly Emitter _emitter;
            private readonly ParameterExpression _parameter;
            private readonly Expression _argument;

            public Inliner(Emitter emitter, ParameterExpression parameter, Expression argument)
            {
                _emitter = emitter;
                _parameter = parameter;
                _argument = argument;
            }

            protected override Expression VisitParameter(ParameterExpression node) => node == _parameter ? _argument : node;

            protected override Expression VisitMember(MemberExpression node)
            {
                var target = Visit(node.Expression);
                if (target == _emitter._facts && node.Member == s_presentation)
                {
                    return _emitter._presentation;
                }

                // A section of the presentation (a class-typed property such as Pain or Labs) is read once, up front.
                if (target == _emitter._presentation && !node.Type.IsValueType)
                {
                    return _emitter.Section(node.Update(target));
                }

                return node.Update(target);
            }
        }
    }
}
#endif
