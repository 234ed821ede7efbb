#if NET
using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using RedFlags.Facts;

namespace RedFlags.Evaluation;

/// <summary>
/// The reads of one method compiled by <see cref="CriterionCompiler"/>: a finding is read from its field where it is
/// used (<see cref="FactTable.ReadExpression(Finding)"/>), while each section of the presentation and each number are
/// read once, up front, into locals.
/// </summary>
internal sealed class PresentationReads
{
    private readonly Dictionary<Quantity, ParameterExpression> _quantities = new();
    private readonly Dictionary<string, (ParameterExpression Local, Expression Read)> _sections = new(StringComparer.Ordinal);

    /// <summary>The method's presentation parameter.</summary>
    public ParameterExpression Presentation { get; } = Expression.Parameter(typeof(PatientPresentation), "presentation");

    /// <summary>The presence of a finding, as <see cref="FactTable.Read(PatientPresentation, Finding)"/> gives it.</summary>
    public Expression Finding(Finding finding) => Inline(FactTable.ReadExpression(finding), Presentation);

    /// <summary>The local that holds a number (NaN when unknown), read once by <see cref="Prologue"/>.</summary>
    public ParameterExpression Quantity(Quantity quantity)
    {
        if (!_quantities.TryGetValue(quantity, out var value))
        {
            value = Expression.Variable(typeof(double), quantity.ToString());
            _quantities.Add(quantity, value);
        }

        return value;
    }

    /// <summary>Reads each section and each number used so far into their locals: the start of the method body, built
    /// after everything else.</summary>
    public List<Expression> Prologue()
    {
        // Numbers first, because reading one may use a section no finding uses.
        var quantityReads = new List<Expression>();
        foreach (var quantity in _quantities)
        {
            quantityReads.Add(Expression.Assign(quantity.Value, Inline(FactTable.ReadExpression(quantity.Key), Presentation)));
        }

        var reads = new List<Expression>();
        foreach (var section in _sections.Values)
        {
            reads.Add(Expression.Assign(section.Local, section.Read));
        }

        reads.AddRange(quantityReads);
        return reads;
    }

    /// <summary>The locals of the reads.</summary>
    public List<ParameterExpression> Variables()
    {
        var variables = new List<ParameterExpression>();
        variables.AddRange(_quantities.Values);
        foreach (var section in _sections.Values)
        {
            variables.Add(section.Local);
        }

        return variables;
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

    private sealed class Inliner : ExpressionVisitor
    {
        private readonly PresentationReads _reads;
        private readonly ParameterExpression _parameter;
        private readonly Expression _argument;

        public Inliner(PresentationReads reads, ParameterExpression parameter, Expression argument)
        {
            _reads = reads;
            _parameter = parameter;
            _argument = argument;
        }

        protected override Expression VisitParameter(ParameterExpression node) => node == _parameter ? _argument : node;

        protected override Expression VisitMember(MemberExpression node)
        {
            var target = Visit(node.Expression);
            // A section of the presentation (a class-typed property such as Pain or Labs) is read once, up front.
            if (target == _reads.Presentation && !node.Type.IsValueType)
            {
                return _reads.Section(node.Update(target));
            }

            return node.Update(target);
        }
    }
}
#endif
