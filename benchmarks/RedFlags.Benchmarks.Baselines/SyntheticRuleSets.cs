using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using RedFlags.Rules;

namespace RedFlags.Benchmarks.Baselines;

/// <summary>Seeded synthetic rule sets of any size, shaped like the default catalogue: small groups of finding and
/// number tests, some rules referring to earlier ones, urgencies mostly routine or soon and a few emergencies.</summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Seeded test data, not security.")]
public static class SyntheticRuleSets
{
    /// <summary>Creates a valid rule set of <paramref name="ruleCount"/> rules.</summary>
    /// <param name="ruleCount">How many rules.</param>
    /// <param name="seed">The seed; the same seed gives the same set.</param>
    /// <returns>The rule set.</returns>
    public static RuleSet Create(int ruleCount, int seed)
    {
        var random = new Random(seed);
        var catalogue = DefaultCatalogue.RuleSet;
        var recommendations = catalogue.Rules.Select(rule => rule.Recommendation).Distinct().OrderBy(rec => rec.Urgency).ToArray();
        var findings = Vocabulary.AllFindings.ToArray();
        var quantities = Vocabulary.AllQuantities.ToArray();
        var evidence = new[] { new EvidenceSource { Citation = "Synthetic benchmark rule", Tag = EvidenceTag.Design } };
        var rules = new List<RedFlagRule>(ruleCount);
        for (var i = 0; i < ruleCount; i++)
        {
            var id = "SYN-" + i.ToString("D5", CultureInfo.InvariantCulture);
            rules.Add(new RedFlagRule
            {
                Id = id,
                Condition = (SuspectedCondition)random.Next(1, 6),
                Title = "Synthetic rule " + id,
                ClinicianText = "Synthetic rule for benchmarks.",
                PatientText = "Synthetic rule for benchmarks.",
                Criterion = Group(random, findings, quantities, i, depth: 0),
                Recommendation = recommendations[PickRecommendation(random, recommendations.Length)],
                Evidence = evidence,
                Priority = random.Next(1, 1001),
            });
        }

        return RuleSet.Create("synthetic-" + ruleCount.ToString(CultureInfo.InvariantCulture), "1.0.0", rules, catalogue.PreTestProbabilities, catalogue.DefaultRecommendation);
    }

    // Mostly the lower urgencies: about 5% of rules take the most urgent recommendations.
    private static int PickRecommendation(Random random, int count) => random.NextDouble() < 0.05
        ? count - 1 - random.Next(0, Math.Min(3, count))
        : random.Next(0, Math.Max(1, count - 3));

    // A threshold inside the quantity's range, mostly in its lower part so that tests fire sometimes.
    private static QuantityCriterion Threshold(Random random, Quantity quantity)
    {
        var (minimum, maximum) = Vocabulary.Range(quantity);
        var threshold = Math.Round(minimum + ((maximum - minimum) * random.NextDouble() * 0.3), 1);
        return random.Next(2) == 0 ? Criterion.AtLeast(quantity, threshold) : Criterion.LessThan(quantity, threshold);
    }

    private static Criterion Group(Random random, Finding[] findings, Quantity[] quantities, int index, int depth)
    {
        var size = random.Next(1, 5);
        var children = new Criterion[size];
        for (var i = 0; i < size; i++)
        {
            var roll = random.NextDouble();
            children[i] = roll switch
            {
                < 0.6 => random.NextDouble() < 0.1
                    ? Criterion.PresentOrUnknown(findings[random.Next(findings.Length)])
                    : Criterion.Present(findings[random.Next(findings.Length)]),
                < 0.8 => Threshold(random, quantities[random.Next(quantities.Length)]),
                < 0.9 when index > 0 => Criterion.Flag("SYN-" + random.Next(Math.Max(0, index - 50), index).ToString("D5", CultureInfo.InvariantCulture)),
                _ when depth < 2 => Group(random, findings, quantities, index, depth + 1),
                _ => Criterion.Present(findings[random.Next(findings.Length)]),
            };
        }

        return random.Next(3) switch
        {
            0 => Criterion.AllOf(children),
            1 => Criterion.AnyOf(children),
            _ => Criterion.AtLeastOf(Math.Max(1, size / 2), children),
        };
    }
}
