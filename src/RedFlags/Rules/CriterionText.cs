using System.Globalization;
using System.Linq;

namespace RedFlags.Rules;

/// <summary>Renders criteria in words for the rule catalogue and for explanations.</summary>
internal static class CriterionText
{
    public static string Describe(Criterion criterion) => criterion switch
    {
        FindingCriterion f => f.UnknownCountsAsPresent
            ? $"{Vocabulary.Name(f.Finding)} (present or unknown)"
            : Vocabulary.Name(f.Finding),
        QuantityCriterion q => $"{Vocabulary.Name(q.Quantity)} {Symbol(q.Comparison)} {Format(q.Threshold)}",
        FlagCriterion r => $"flag {r.RuleId}",
        AllOfCriterion all => Group("all of", all.Criteria.Select(Describe)),
        AnyOfCriterion any => Group("any of", any.Criteria.Select(Describe)),
        AtLeastCriterion n => Group($"at least {n.Count.ToString(CultureInfo.InvariantCulture)} of", n.Criteria.Select(Describe)),
        NotCriterion not => $"not ({Describe(not.Criterion)})",
        _ => criterion.GetType().Name,
    };

    public static string Symbol(Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => ">=",
        Comparison.GreaterThan => ">",
        Comparison.AtMost => "<=",
        Comparison.LessThan => "<",
        _ => "?",
    };

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Group(string head, System.Collections.Generic.IEnumerable<string> parts)
        => $"{head} ({string.Join("; ", parts)})";
}
