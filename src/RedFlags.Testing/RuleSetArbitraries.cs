using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using RedFlags.Rules;

namespace RedFlags.Testing;

/// <summary>FsCheck generators of criteria and of whole valid rule sets, for properties of the evaluator itself.</summary>
/// <remarks>
/// Generated rule sets are always valid: thresholds inside each quantity's range, at-least counts inside their group,
/// flag references only to rules generated earlier (so never a cycle), every rule with evidence and texts.
/// </remarks>
public static class RuleSetArbitraries
{
    /// <summary>Gets valid generated rule sets, with and without negation.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneratedRuleSet> RuleSets() => RuleSetGenerator(allowNegation: true).ToArbitrary();

    /// <summary>A generator of valid rule sets of 1 to 25 rules.</summary>
    /// <param name="allowNegation">Whether criteria may contain <see cref="NotCriterion"/>.</param>
    /// <returns>The generator.</returns>
    public static Gen<GeneratedRuleSet> RuleSetGenerator(bool allowNegation) =>
        Gen.Choose(1, 25).SelectMany(count => RulesGenerator(count, allowNegation))
            .Select(rules => new GeneratedRuleSet(
                RuleSet.Create("generated", "1.0.0", rules, [], DefaultCatalogue.RuleSet.DefaultRecommendation),
                rules.Any(r => ContainsNegation(r.Criterion))));

    /// <summary>A generator of criteria over findings and quantities, nesting up to <paramref name="depth"/> levels.</summary>
    /// <param name="depth">The deepest nesting.</param>
    /// <param name="allowNegation">Whether <see cref="NotCriterion"/> may appear.</param>
    /// <param name="referable">Rule ids a <see cref="FlagCriterion"/> may name.</param>
    /// <returns>The generator.</returns>
    public static Gen<Criterion> CriterionGenerator(int depth, bool allowNegation, IReadOnlyList<string> referable)
    {
        ArgumentNullException.ThrowIfNull(referable);
        var findings = Vocabulary.AllFindings.ToArray();
        var finding = Gen.Elements(findings).SelectMany(f => Gen.Elements(false, false, false, true).Select(unknownAsPresent => (Criterion)new FindingCriterion(f) { UnknownCountsAsPresent = unknownAsPresent }));
        var quantity = Gen.Elements(Vocabulary.AllQuantities.ToArray()).SelectMany(
            q => Gen.Elements(Enum.GetValues<Comparison>()).SelectMany(
                c => Gen.Choose(0, 100).Select(percent => (Criterion)new QuantityCriterion(q, c, Threshold(q, percent)))));
        var leaves = referable.Count == 0
            ? Gen.OneOf(finding, finding, quantity)
            : Gen.OneOf(finding, finding, quantity, Gen.Elements(referable.ToArray()).Select(id => (Criterion)new FlagCriterion(id)));
        if (depth <= 1)
        {
            return leaves;
        }

        var child = CriterionGenerator(depth - 1, allowNegation, referable);
        var group = Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(child, n));
        var composites = new List<Gen<Criterion>>
        {
            leaves,
            leaves,
            group.Select(items => (Criterion)new AllOfCriterion(items)),
            group.Select(items => (Criterion)new AnyOfCriterion(items)),
            group.SelectMany(items => Gen.Choose(1, items.Length).Select(k => (Criterion)new AtLeastCriterion(k, items))),
        };
        if (allowNegation)
        {
            composites.Add(child.Select(inner => (Criterion)new NotCriterion(inner)));
        }

        return Gen.OneOf(composites);
    }

    private static Gen<RedFlagRule[]> RulesGenerator(int count, bool allowNegation)
    {
        Gen<RedFlagRule[]> rules = Gen.Constant(Array.Empty<RedFlagRule>());
        for (var i = 0; i < count; i++)
        {
            var index = i;
            rules = rules.SelectMany(earlier => RuleGenerator(index, earlier.Select(r => r.Id).ToArray(), allowNegation).Select(rule => earlier.Append(rule).ToArray()));
        }

        return rules;
    }

    private static Gen<RedFlagRule> RuleGenerator(int index, string[] earlierIds, bool allowNegation) =>
        CriterionGenerator(4, allowNegation, earlierIds).SelectMany(
            criterion => Gen.Elements(Enum.GetValues<Urgency>()).SelectMany(
                urgency => Gen.Elements(Enum.GetValues<SuspectedCondition>()).SelectMany(
                    condition => Gen.Choose(1, 1000).Select(priority => new RedFlagRule
                    {
                        Id = "GEN-" + index.ToString("D3", CultureInfo.InvariantCulture),
                        Condition = condition,
                        Title = "Generated rule",
                        ClinicianText = "Generated for a property test.",
                        PatientText = "Generated for a property test.",
                        Criterion = criterion,
                        Recommendation = DefaultCatalogue.RuleSet.DefaultRecommendation with { Urgency = urgency },
                        Evidence = [new EvidenceSource { Citation = "Generated", Tag = EvidenceTag.Design }],
                        Priority = priority,
                    }))));

    private static double Threshold(Quantity quantity, int percent)
    {
        var (minimum, maximum) = Vocabulary.Range(quantity);
        return Math.Round(minimum + ((maximum - minimum) * percent / 100.0), 1);
    }

    private static bool ContainsNegation(Criterion criterion) => criterion is NotCriterion || criterion.Children().Any(ContainsNegation);
}
