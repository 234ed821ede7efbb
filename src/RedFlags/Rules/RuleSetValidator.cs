using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using RedFlags.Internal;

namespace RedFlags.Rules;

/// <summary>Checks a whole would-be rule set and reports every problem with its path.</summary>
internal static class RuleSetValidator
{
    private static readonly Regex s_ruleId = new("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex s_setId = new("^[a-z0-9][a-z0-9.-]{0,99}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // Semantic Versioning 2.0.0, the regular expression recommended at semver.org.
    private static readonly Regex s_semVer = new(
        @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public static ValidationResult Validate(
        string id,
        string version,
        IReadOnlyList<RedFlagRule> rules,
        IReadOnlyList<PreTestProbability> priors,
        Recommendation defaultRecommendation,
        IReadOnlyList<RuleCustomisation> customisations)
    {
        var errors = new List<ValidationError>();
        if (id is null || !s_setId.IsMatch(id))
        {
            errors.Add(new(ErrorCodes.RuleSetIdentityInvalid, "id", id, "The rule set id must be 1 to 100 lower-case letters, digits, dots or hyphens, starting with a letter or digit."));
        }

        if (version is null || !s_semVer.IsMatch(version))
        {
            errors.Add(new(ErrorCodes.RuleSetIdentityInvalid, "version", version, "The version must follow Semantic Versioning 2.0.0, for example 1.0.0."));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            ids.Add(rule.Id);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var misshapen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var path = $"rules[{Text(i)}]";
            if (!s_ruleId.IsMatch(rule.Id))
            {
                errors.Add(new(ErrorCodes.RuleIdInvalid, path + ".id", rule.Id, "A rule id must be upper-case letters and digits in words joined by hyphens, for example MAL-HISTORY-OF-CANCER."));
            }
            else if (!seen.Add(rule.Id))
            {
                errors.Add(new(ErrorCodes.RuleIdDuplicate, path + ".id", rule.Id, "Another rule in the set has the same id."));
            }

            if (!Guard.IsDefined(rule.Condition))
            {
                errors.Add(new(ErrorCodes.RuleValueUndefined, path + ".condition", Text((int)rule.Condition), "The condition is not defined."));
            }

            RequireText(rule.Title, path + ".title", errors);
            RequireText(rule.ClinicianText, path + ".clinicianText", errors);
            RequireText(rule.PatientText, path + ".patientText", errors);
            if (rule.Priority is < 1 or > 1000)
            {
                errors.Add(new(ErrorCodes.PriorityOutOfRange, path + ".priority", Text(rule.Priority), "The priority must be 1 to 1000."));
            }

            if (rule.ContributesOnly && rule.Recommendation.Urgency != Urgency.Routine)
            {
                // A flag that never stands for a condition by itself must not raise the urgency by itself either.
                errors.Add(new(ErrorCodes.ContributingRuleNotRoutine, path + ".contributesOnly", "true", "A rule that only contributes to combinations must have a routine recommendation."));
            }

            CheckRecommendation(rule.Recommendation, path + ".recommendation", errors);
            CheckEvidence(rule.Evidence, path + ".evidence", errors);
            var before = errors.Count;
            CheckCriterion(rule.Criterion, path + ".criterion", 1, ids, errors);
            for (var e = before; e < errors.Count; e++)
            {
                if (errors[e].Code is ErrorCodes.CriterionTooDeep or ErrorCodes.CriterionGroupTooLarge)
                {
                    misshapen.Add(rule.Id);
                }
            }
        }

        CheckCycles(rules, ids, misshapen, errors);

        var pairs = new HashSet<(SuspectedCondition, CareSetting)>();
        for (var i = 0; i < priors.Count; i++)
        {
            var prior = priors[i];
            var path = $"preTestProbabilities[{Text(i)}]";
            if (!Guard.IsDefined(prior.Condition))
            {
                errors.Add(new(ErrorCodes.RuleValueUndefined, path + ".condition", Text((int)prior.Condition), "The condition is not defined."));
            }

            if (prior.Setting == CareSetting.Unspecified || !Guard.IsDefined(prior.Setting))
            {
                errors.Add(new(ErrorCodes.RuleValueUndefined, path + ".setting", Text((int)prior.Setting), "The setting must be a defined care setting other than unspecified."));
            }

            if (!IsProbability(prior.Low) || !IsProbability(prior.High) || prior.Low > prior.High)
            {
                errors.Add(new(ErrorCodes.FigureOutOfRange, path, $"{Text(prior.Low)}-{Text(prior.High)}", "The probability must be 0 to 1 with low no greater than high."));
            }

            if (!pairs.Add((prior.Condition, prior.Setting)))
            {
                errors.Add(new(ErrorCodes.DuplicatePreTestProbability, path, $"{prior.Condition}/{prior.Setting}", "Another pre-test probability is given for the same condition and setting."));
            }

            RequireText(prior.Citation, path + ".citation", errors, ErrorCodes.EvidenceMissing);
            if (!Guard.IsDefined(prior.Tag))
            {
                errors.Add(new(ErrorCodes.RuleValueUndefined, path + ".tag", Text((int)prior.Tag), "The evidence tag is not defined."));
            }
        }

        CheckRecommendation(defaultRecommendation, "defaultRecommendation", errors);

        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < customisations.Count; i++)
        {
            var change = customisations[i];
            var path = $"customisations[{Text(i)}]";
            if (!changed.Add(change.RuleId))
            {
                errors.Add(new(ErrorCodes.CustomisationInvalid, path + ".ruleId", change.RuleId, "The rule is customised more than once."));
            }

            if (!Guard.IsDefined(change.Kind))
            {
                errors.Add(new(ErrorCodes.RuleValueUndefined, path + ".kind", Text((int)change.Kind), "The kind of customisation is not defined."));
            }

            if (change.Kind == RuleCustomisationKind.Disabled && string.IsNullOrWhiteSpace(change.Reason))
            {
                errors.Add(new(ErrorCodes.CustomisationInvalid, path + ".reason", change.RuleId, "A disabled rule needs a recorded reason."));
            }
        }

        return errors.Count == 0 ? ValidationResult.Valid : new ValidationResult(errors);
    }

    // Brief §13.1: a changed default limit replaces a published one, so it must be a usable number.
    public static ValidationResult Validate(LaboratoryLimits limits)
    {
        var errors = new List<ValidationError>();
        Limit(limits.AdjustedCalciumAboveMillimolesPerLitre, "laboratoryLimits.adjustedCalciumAboveMillimolesPerLitre", errors);
        Limit(limits.HaemoglobinBelowInMenGramsPerLitre, "laboratoryLimits.haemoglobinBelowInMenGramsPerLitre", errors);
        Limit(limits.HaemoglobinBelowInWomenGramsPerLitre, "laboratoryLimits.haemoglobinBelowInWomenGramsPerLitre", errors);
        Limit(limits.WhiteCellCountBelowBillionsPerLitre, "laboratoryLimits.whiteCellCountBelowBillionsPerLitre", errors);
        Limit(limits.CrpAboveMilligramsPerLitre, "laboratoryLimits.crpAboveMilligramsPerLitre", errors);
        Limit(limits.PlasmaViscosityAboveMillipascalSeconds, "laboratoryLimits.plasmaViscosityAboveMillipascalSeconds", errors);
        return errors.Count == 0 ? ValidationResult.Valid : new ValidationResult(errors);
    }

    private static void Limit(double? limit, string path, List<ValidationError> errors)
    {
        if (limit is double value && !(value > 0 && !double.IsInfinity(value)))
        {
            errors.Add(new(ErrorCodes.LaboratoryLimitInvalid, path, Text(value), "A default laboratory limit must be a finite number above zero."));
        }
    }

    private static void CheckRecommendation(Recommendation recommendation, string path, List<ValidationError> errors)
    {
        if (!Guard.IsDefined(recommendation.Urgency))
        {
            errors.Add(new(ErrorCodes.RuleValueUndefined, path + ".urgency", Text((int)recommendation.Urgency), "The urgency is not defined."));
        }

        RequireText(recommendation.Action, path + ".action", errors);
        RequireText(recommendation.Timeframe, path + ".timeframe", errors);
        RequireText(recommendation.Basis, path + ".basis", errors);
        RequireText(recommendation.PatientAdvice, path + ".patientAdvice", errors);
        for (var i = 0; i < recommendation.Investigations.Count; i++)
        {
            if (!Guard.IsDefined(recommendation.Investigations[i]))
            {
                errors.Add(new(ErrorCodes.RuleValueUndefined, $"{path}.investigations[{Text(i)}]", Text((int)recommendation.Investigations[i]), "The investigation is not defined."));
            }
        }
    }

    private static void CheckEvidence(IReadOnlyList<EvidenceSource> evidence, string path, List<ValidationError> errors)
    {
        if (evidence.Count == 0)
        {
            errors.Add(new(ErrorCodes.EvidenceMissing, path, null, "Every rule needs at least one evidence source."));
        }

        for (var i = 0; i < evidence.Count; i++)
        {
            var source = evidence[i];
            var sourcePath = $"{path}[{Text(i)}]";
            RequireText(source.Citation, sourcePath + ".citation", errors, ErrorCodes.EvidenceMissing);
            if (!Guard.IsDefined(source.Tag))
            {
                errors.Add(new(ErrorCodes.RuleValueUndefined, sourcePath + ".tag", Text((int)source.Tag), "The evidence tag is not defined."));
            }

            CheckEstimate(source.Sensitivity, sourcePath + ".sensitivity", isProbability: true, errors);
            CheckEstimate(source.Specificity, sourcePath + ".specificity", isProbability: true, errors);
            CheckEstimate(source.PositiveLikelihoodRatio, sourcePath + ".positiveLikelihoodRatio", isProbability: false, errors);
            CheckEstimate(source.NegativeLikelihoodRatio, sourcePath + ".negativeLikelihoodRatio", isProbability: false, errors);
        }
    }

    private static void CheckEstimate(Estimate? estimate, string path, bool isProbability, List<ValidationError> errors)
    {
        if (estimate is null)
        {
            return;
        }

        bool InRange(double value) => isProbability ? IsProbability(value) : IsFinite(value) && value > 0;
        var valid = InRange(estimate.Value)
            && (estimate.Lower is not double lower || (InRange(lower) && lower <= estimate.Value))
            && (estimate.Upper is not double upper || (InRange(upper) && upper >= estimate.Value));
        if (!valid)
        {
            var range = isProbability ? "0 to 1" : "a positive number";
            errors.Add(new(ErrorCodes.FigureOutOfRange, path, Text(estimate.Value), $"The figure must be {range}, inside its confidence interval."));
        }
    }

    private static void CheckCriterion(Criterion criterion, string path, int depth, HashSet<string> ids, List<ValidationError> errors)
    {
        if (depth > RuleSet.MaximumCriterionDepth)
        {
            errors.Add(new(ErrorCodes.CriterionTooDeep, path, null, $"Criteria may nest at most {RuleSet.MaximumCriterionDepth} deep."));
            return;
        }

        switch (criterion)
        {
            case FindingCriterion finding:
                if (!Guard.IsDefined(finding.Finding))
                {
                    errors.Add(new(ErrorCodes.RuleValueUndefined, path + ".finding", Text((int)finding.Finding), "The finding is not defined."));
                }

                break;
            case QuantityCriterion quantity:
                CheckQuantity(quantity, path, errors);
                break;
            case FlagCriterion flag:
                if (!ids.Contains(flag.RuleId))
                {
                    errors.Add(new(ErrorCodes.UnknownRuleReference, path + ".flag", flag.RuleId, "The referenced rule is not in the set."));
                }

                break;
            case AllOfCriterion all:
                CheckGroup(all.Criteria, path + ".allOf", depth, ids, errors);
                break;
            case AnyOfCriterion any:
                CheckGroup(any.Criteria, path + ".anyOf", depth, ids, errors);
                break;
            case AtLeastCriterion atLeast:
                if (atLeast.Count < 1 || atLeast.Count > atLeast.Criteria.Count)
                {
                    errors.Add(new(ErrorCodes.ThresholdOutOfRange, path + ".atLeastOf", Text(atLeast.Count), $"The count must be 1 to the number of criteria ({Text(atLeast.Criteria.Count)})."));
                }

                CheckGroup(atLeast.Criteria, path + ".criteria", depth, ids, errors);
                break;
            case NotCriterion not:
                CheckCriterion(not.Criterion, path + ".not", depth + 1, ids, errors);
                break;
        }
    }

    private static void CheckQuantity(QuantityCriterion quantity, string path, List<ValidationError> errors)
    {
        if (!Guard.IsDefined(quantity.Quantity))
        {
            errors.Add(new(ErrorCodes.RuleValueUndefined, path + ".quantity", Text((int)quantity.Quantity), "The quantity is not defined."));
            return;
        }

        if (!Guard.IsDefined(quantity.Comparison))
        {
            errors.Add(new(ErrorCodes.RuleValueUndefined, path + ".comparison", Text((int)quantity.Comparison), "The comparison is not defined."));
        }

        var (minimum, maximum) = Vocabulary.Range(quantity.Quantity);
        if (!IsFinite(quantity.Threshold) || quantity.Threshold < minimum || quantity.Threshold > maximum)
        {
            errors.Add(new(
                ErrorCodes.ThresholdOutOfRange,
                path + "." + ComparisonName(quantity.Comparison),
                Text(quantity.Threshold),
                $"The threshold for {Vocabulary.Name(quantity.Quantity)} must be {Text(minimum)} to {Text(maximum)} {Vocabulary.Unit(quantity.Quantity)}."));
        }
    }

    private static void CheckGroup(IReadOnlyList<Criterion> criteria, string path, int depth, HashSet<string> ids, List<ValidationError> errors)
    {
        if (criteria.Count == 0)
        {
            errors.Add(new(ErrorCodes.EmptyGroup, path, null, "A group of criteria must not be empty."));
        }
        else if (criteria.Count > RuleSet.MaximumGroupSize)
        {
            errors.Add(new(ErrorCodes.CriterionGroupTooLarge, path, Text(criteria.Count), $"A group may have at most {Text(RuleSet.MaximumGroupSize)} criteria; this one has {Text(criteria.Count)}."));
            return;
        }

        for (var i = 0; i < criteria.Count; i++)
        {
            CheckCriterion(criteria[i], $"{path}[{Text(i)}]", depth + 1, ids, errors);
        }
    }

    /// <summary>Reports each cycle of flag references once. A rule whose criterion is too deep or has a group too
    /// large (<paramref name="misshapen"/>) is not walked: those limits are checked before any walk that depends on
    /// them, so that a criterion nested a million deep costs no more than one nested one level past the limit.</summary>
    private static void CheckCycles(IReadOnlyList<RedFlagRule> rules, HashSet<string> ids, HashSet<string> misshapen, List<ValidationError> errors)
    {
        var references = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!references.ContainsKey(rule.Id))
            {
                var list = new List<string>();
                if (!misshapen.Contains(rule.Id))
                {
                    CollectReferences(rule.Criterion, list);
                }

                references[rule.Id] = list;
            }
        }

        // 0 = unvisited, 1 = on the current path, 2 = done. Each cycle is reported once, at the rule where it closes.
        // Depth-first with an explicit stack: a chain of references is as long as the input makes it, and a stack
        // overflow would end the host's process.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var trail = new List<string>();
        var next = new List<int>();
        foreach (var rule in rules)
        {
            if (state.ContainsKey(rule.Id))
            {
                continue;
            }

            Enter(rule.Id);
            while (trail.Count > 0)
            {
                var top = trail.Count - 1;
                var outgoing = references[trail[top]];
                if (next[top] == outgoing.Count)
                {
                    state[trail[top]] = 2;
                    trail.RemoveAt(top);
                    next.RemoveAt(top);
                    continue;
                }

                var target = outgoing[next[top]++];
                if (!ids.Contains(target))
                {
                    continue;
                }

                if (!state.TryGetValue(target, out var s))
                {
                    Enter(target);
                }
                else if (s == 1 && reported.Add(target))
                {
                    var from = trail.LastIndexOf(target);
                    var cycle = string.Join(" -> ", trail.GetRange(from, trail.Count - from)) + " -> " + target;
                    errors.Add(new(ErrorCodes.RuleReferenceCycle, $"rules[{Text(IndexOf(rules, target))}].criterion", cycle, "Flag references form a cycle."));
                }
            }
        }

        void Enter(string ruleId)
        {
            state[ruleId] = 1;
            trail.Add(ruleId);
            next.Add(0);
        }
    }

    /// <summary>Adds the rule ids that <paramref name="criterion"/> refers to, in order, without recursion (the
    /// criterion may not have been checked for depth yet).</summary>
    internal static void CollectReferences(Criterion criterion, List<string> into)
    {
        var pending = new Stack<Criterion>();
        pending.Push(criterion);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is FlagCriterion flag)
            {
                into.Add(flag.RuleId);
                continue;
            }

            var children = current.Children();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    private static int IndexOf(IReadOnlyList<RedFlagRule> rules, string id)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (string.Equals(rules[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    internal static string ComparisonName(Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => "atLeast",
        Comparison.GreaterThan => "greaterThan",
        Comparison.AtMost => "atMost",
        Comparison.LessThan => "lessThan",
        _ => "comparison",
    };

    private static void RequireText(string? text, string path, List<ValidationError> errors, string code = ErrorCodes.TextMissing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(code, path, null, "This text is required."));
        }
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private static bool IsProbability(double value) => IsFinite(value) && value >= 0 && value <= 1;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
