using System;
using System.Globalization;
using System.Linq;
using System.Text;
using RedFlags.Rules;

namespace RedFlags.Benchmarks.Baselines;

/// <summary>
/// Translates a rule's criterion into a boolean expression over a <see cref="FlatPresentation"/> that is true exactly
/// when the criterion is true in RedFlags' three-valued logic. Flag references are inlined (RulesEngine has no rule
/// references), so the expression is self-contained.
/// </summary>
/// <remarks>
/// A finding is true when present (or, for "present or unknown", when not absent) and false when absent. A number is
/// NaN when unknown, and every comparison with NaN is false, so "x &gt;= t" is true exactly when the test is true and
/// "x &lt; t" exactly when it is false. Negation therefore swaps to the "is false" form instead of using <c>!</c>.
/// </remarks>
public static class CriterionTranslator
{
    /// <summary>Translates to a System.Linq.Dynamic.Core lambda body over <paramref name="parameter"/>, as RulesEngine reads it.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="ruleSet">The rule set that resolves flag references.</param>
    /// <param name="parameter">The input's name in the expression, for example <c>input1</c>.</param>
    /// <returns>The expression text.</returns>
    public static string ToLambda(Criterion criterion, RuleSet ruleSet, string parameter)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var text = new StringBuilder();
        Write(criterion, wanted: true, ruleSet, parameter, text);
        return text.ToString();
    }

    private static void Write(Criterion criterion, bool wanted, RuleSet ruleSet, string p, StringBuilder text)
    {
        switch (criterion)
        {
            case FindingCriterion f:
                // True: present (or not absent when unknown counts as present). False: absent.
                text.Append(p).Append('.').Append(f.Finding.ToString()).Append(wanted && f.UnknownCountsAsPresent ? " != 1" : wanted ? " == 2" : " == 1");
                return;
            case QuantityCriterion q:
                text.Append(p).Append('.').Append(q.Quantity.ToString()).Append(' ')
                    .Append(Operator(q.Comparison, wanted)).Append(' ').Append(Number(q.Threshold));
                return;
            case FlagCriterion r:
                ruleSet.TryGetRule(r.RuleId, out var referenced);
                Write(referenced!.Criterion, wanted, ruleSet, p, text);
                return;
            case NotCriterion not:
                Write(not.Criterion, !wanted, ruleSet, p, text);
                return;
            case AllOfCriterion all:
                // True when all are true; false when any is false.
                Join(all.Criteria.ToArray(), wanted, wanted ? " && " : " || ", ruleSet, p, text);
                return;
            case AnyOfCriterion any:
                // True when any is true; false when all are false.
                Join(any.Criteria.ToArray(), wanted, wanted ? " || " : " && ", ruleSet, p, text);
                return;
            case AtLeastCriterion n:
            {
                // True when at least n are true; false when more than (count - n) are false.
                var children = n.Criteria;
                var needed = wanted ? n.Count : children.Count - n.Count + 1;
                text.Append('(');
                for (var i = 0; i < children.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(" + ");
                    }

                    text.Append("iif(");
                    Write(children[i], wanted, ruleSet, p, text);
                    text.Append(", 1, 0)");
                }

                text.Append(") >= ").Append(needed.ToString(CultureInfo.InvariantCulture));
                return;
            }

            default:
                throw new NotSupportedException(criterion.GetType().Name);
        }
    }

    private static void Join(Criterion[] children, bool wanted, string separator, RuleSet ruleSet, string p, StringBuilder text)
    {
        text.Append('(');
        for (var i = 0; i < children.Length; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            text.Append('(');
            Write(children[i], wanted, ruleSet, p, text);
            text.Append(')');
        }

        text.Append(')');
    }

    private static string Operator(Comparison comparison, bool wanted) => (comparison, wanted) switch
    {
        (Comparison.AtLeast, true) or (Comparison.LessThan, false) => ">=",
        (Comparison.GreaterThan, true) or (Comparison.AtMost, false) => ">",
        (Comparison.AtMost, true) or (Comparison.GreaterThan, false) => "<=",
        (Comparison.LessThan, true) or (Comparison.AtLeast, false) => "<",
        _ => throw new NotSupportedException(comparison.ToString()),
    };

    private static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
