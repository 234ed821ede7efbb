using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// A rule-set document as read: either a full set (<c>rules</c>, <c>preTestProbabilities</c>, <c>defaultRecommendation</c>)
/// or a local set that <c>extends</c> the default catalogue with <c>overrides</c>, <c>disabled</c> and <c>added</c> rules.
/// </summary>
internal sealed class RuleSetDocument
{
    public string Id { get; set; } = string.Empty;

    public string Version { get; set; } = string.Empty;

    public string? Extends { get; set; }

    public IReadOnlyList<RedFlagRule>? Rules { get; set; }

    public IReadOnlyList<PreTestProbability>? PreTestProbabilities { get; set; }

    public Recommendation? DefaultRecommendation { get; set; }

    public IReadOnlyList<RuleCustomisation>? Customisations { get; set; }

    public IReadOnlyList<RedFlagRule>? Overrides { get; set; }

    public IReadOnlyList<DisabledRule>? Disabled { get; set; }

    public IReadOnlyList<RedFlagRule>? Added { get; set; }

    public static ObjectContract<RuleSetDocument> Contract { get; } = new ObjectContract<RuleSetDocument>("ruleSet", () => new RuleSetDocument())
        .Add("id", StringValue.Instance, (x, v) => Set(x, d => d.Id = v), required: true)
        .Add("version", StringValue.Instance, (x, v) => Set(x, d => d.Version = v), required: true)
        .Add("extends", StringValue.Instance, (x, v) => Set(x, d => d.Extends = v))
        .Add("rules", new ListValue<RedFlagRule>(JsonContracts.Rule), (x, v) => Set(x, d => d.Rules = v))
        .Add("preTestProbabilities", new ListValue<PreTestProbability>(JsonContracts.PreTestProbability), (x, v) => Set(x, d => d.PreTestProbabilities = v))
        .Add("defaultRecommendation", JsonContracts.Recommendation, (x, v) => Set(x, d => d.DefaultRecommendation = v))
        .Add("customisations", new ListValue<RuleCustomisation>(JsonContracts.Customisation), (x, v) => Set(x, d => d.Customisations = v))
        .Add("overrides", new ListValue<RedFlagRule>(JsonContracts.Rule), (x, v) => Set(x, d => d.Overrides = v))
        .Add("disabled", new ListValue<DisabledRule>(JsonContracts.DisabledRule), (x, v) => Set(x, d => d.Disabled = v))
        .Add("added", new ListValue<RedFlagRule>(JsonContracts.Rule), (x, v) => Set(x, d => d.Added = v));

    /// <summary>Returns a rule set as a full document; a composed set also lists its customisations, so its fingerprint
    /// survives a round trip. What is <see langword="null"/> is not written.</summary>
    public static RuleSetDocument Of(RuleSet ruleSet) => new()
    {
        Id = ruleSet.Id,
        Version = ruleSet.Version,
        Rules = ruleSet.Rules,
        PreTestProbabilities = ruleSet.PreTestProbabilities,
        DefaultRecommendation = ruleSet.DefaultRecommendation,
        Customisations = ruleSet.Customisations.Count == 0 ? null : ruleSet.Customisations,
    };

    /// <summary>Reads, composes and validates a rule set; returns <see langword="null"/> when any problem was reported.</summary>
    public static RuleSet? Build(DocumentNode root, JsonReadContext context)
    {
        var document = Contract.Read(root, context);
        if (root.Kind != DocumentNodeKind.Object)
        {
            return null;
        }

        return document.Extends is null ? BuildFull(document, root, context) : BuildLocal(document, root, context);
    }

    private static RuleSet? BuildFull(RuleSetDocument document, DocumentNode root, JsonReadContext context)
    {
        foreach (var name in new[] { "overrides", "disabled", "added" })
        {
            if (root.Property(name) is { } property)
            {
                context.Add(ErrorCodes.JsonInvalidComposition, property.Value.Path, property.Line, property.Position, name, $"'{name}' is only allowed in a local rule set that has 'extends'.");
            }
        }

        foreach (var name in new[] { "rules", "preTestProbabilities", "defaultRecommendation" })
        {
            if (root.Property(name) is null)
            {
                context.Add(ErrorCodes.JsonMissingProperty, name, root.Line, root.Position, null, $"The required property '{name}' is missing (a full rule set needs rules, preTestProbabilities and defaultRecommendation; a local set needs 'extends').");
            }
        }

        var rules = document.Rules ?? Array.Empty<RedFlagRule>();
        var priors = document.PreTestProbabilities ?? Array.Empty<PreTestProbability>();
        var recommendation = document.DefaultRecommendation ?? new Recommendation();
        var customisations = document.Customisations ?? Array.Empty<RuleCustomisation>();
        return Finish(document, rules, priors, recommendation, customisations, root, context, mapPath: null, skip: null);
    }

    private static RuleSet? BuildLocal(RuleSetDocument document, DocumentNode root, JsonReadContext context)
    {
        var catalogue = DefaultCatalogue.RuleSet;
        var extends = root.Property("extends")!;
        if (document.Extends != DefaultCatalogue.Id)
        {
            context.Add(ErrorCodes.JsonInvalidComposition, extends.Value, document.Extends, $"A local rule set can only extend '{DefaultCatalogue.Id}'.");
        }

        foreach (var name in new[] { "rules", "customisations" })
        {
            if (root.Property(name) is { } property)
            {
                context.Add(ErrorCodes.JsonInvalidComposition, property.Value.Path, property.Line, property.Position, name, $"A local rule set that has 'extends' lists 'overrides', 'disabled' and 'added', not '{name}'.");
            }
        }

        // The composed rules in catalogue order, each remembering the document path it came from (null: the catalogue).
        var rules = new List<(RedFlagRule Rule, string? Path)>();
        foreach (var rule in catalogue.Rules)
        {
            rules.Add((rule, null));
        }

        var customisations = new List<(RuleCustomisation Change, string Path)>();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var disabledIds = new HashSet<string>(StringComparer.Ordinal);

        bool FirstChange(string ruleId, DocumentNode idNode)
        {
            if (changed.Add(ruleId))
            {
                return true;
            }

            context.Add(ErrorCodes.JsonInvalidComposition, idNode, ruleId, "The rule is changed more than once (overridden, disabled or added twice, or in two lists).");
            return false;
        }

        var overrides = document.Overrides ?? Array.Empty<RedFlagRule>();
        for (var i = 0; i < overrides.Count; i++)
        {
            var path = $"overrides[{Text(i)}]";
            var idNode = root.Find(path + ".id");
            var index = rules.FindIndex(r => r.Rule.Id == overrides[i].Id);
            if (index < 0)
            {
                context.Add(ErrorCodes.JsonInvalidComposition, idNode, overrides[i].Id, $"The catalogue has no rule with this id to override; use 'added' for a new rule.");
            }
            else if (FirstChange(overrides[i].Id, idNode))
            {
                rules[index] = (overrides[i], path);
                customisations.Add((new RuleCustomisation { RuleId = overrides[i].Id, Kind = RuleCustomisationKind.Overridden }, path));
            }
        }

        var disabled = document.Disabled ?? Array.Empty<DisabledRule>();
        for (var i = 0; i < disabled.Count; i++)
        {
            var path = $"disabled[{Text(i)}]";
            var idNode = root.Find(path + ".ruleId");
            var index = rules.FindIndex(r => r.Rule.Id == disabled[i].RuleId);
            if (index < 0)
            {
                context.Add(ErrorCodes.JsonInvalidComposition, idNode, disabled[i].RuleId, "The catalogue has no rule with this id to disable.");
            }
            else if (FirstChange(disabled[i].RuleId, idNode))
            {
                rules.RemoveAt(index);
                disabledIds.Add(disabled[i].RuleId);
                customisations.Add((disabled[i].ToCustomisation(), path));
            }
        }

        var added = document.Added ?? Array.Empty<RedFlagRule>();
        for (var i = 0; i < added.Count; i++)
        {
            var path = $"added[{Text(i)}]";
            var idNode = root.Find(path + ".id");
            if (catalogue.TryGetRule(added[i].Id, out _))
            {
                context.Add(ErrorCodes.JsonInvalidComposition, idNode, added[i].Id, "The catalogue already has a rule with this id; use 'overrides' to replace it.");
            }
            else if (FirstChange(added[i].Id, idNode))
            {
                rules.Add((added[i], path));
                customisations.Add((new RuleCustomisation { RuleId = added[i].Id, Kind = RuleCustomisationKind.Added }, path));
            }
        }

        // Disabling a rule that remaining rules still refer to would leave dangling references: name them.
        for (var i = 0; i < disabled.Count; i++)
        {
            if (!disabledIds.Contains(disabled[i].RuleId))
            {
                continue;
            }

            var referrers = rules
                .Where(r => References(r.Rule).Contains(disabled[i].RuleId))
                .Select(r => r.Rule.Id)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToList();
            if (referrers.Count > 0)
            {
                context.Add(
                    ErrorCodes.JsonInvalidComposition,
                    root.Find($"disabled[{Text(i)}].ruleId"),
                    disabled[i].RuleId,
                    $"The rule cannot be disabled while other rules refer to it: {string.Join(", ", referrers)}. Override or disable them too.");
            }
        }

        string MapPath(string path)
        {
            if (TrySplitIndex(path, "rules[", out var index, out var rest) && index < rules.Count)
            {
                return rules[index].Path is { } origin ? origin + rest : "extends";
            }

            if (TrySplitIndex(path, "customisations[", out index, out rest) && index < customisations.Count)
            {
                return customisations[index].Path + (customisations[index].Change.Kind == RuleCustomisationKind.Disabled ? rest : string.Empty);
            }

            return path;
        }

        return Finish(
            document,
            rules.Select(r => r.Rule).ToList(),
            document.PreTestProbabilities ?? catalogue.PreTestProbabilities,
            document.DefaultRecommendation ?? catalogue.DefaultRecommendation,
            customisations.Select(c => c.Change).ToList(),
            root,
            context,
            MapPath,
            error => error.Code == ErrorCodes.UnknownRuleReference && error.Value is { } id && disabledIds.Contains(id));
    }

    private static RuleSet? Finish(
        RuleSetDocument document,
        IReadOnlyList<RedFlagRule> rules,
        IReadOnlyList<PreTestProbability> priors,
        Recommendation recommendation,
        IReadOnlyList<RuleCustomisation> customisations,
        DocumentNode root,
        JsonReadContext context,
        Func<string, string>? mapPath,
        Func<ValidationError, bool>? skip)
    {
        // A catalogue rule that refers to a disabled rule is already reported (RF3010, naming the referrers).
        var result = RuleSet.Validate(document.Id, document.Version, rules, priors, recommendation, customisations);
        context.AddSemantic(skip is null ? result.Errors : result.Errors.Where(e => !skip(e)), root, mapPath);
        return context.HasErrors ? null : RuleSet.Create(document.Id, document.Version, rules, priors, recommendation, customisations);
    }

    private static List<string> References(RedFlagRule rule)
    {
        var list = new List<string>();
        RuleSetValidator.CollectReferences(rule.Criterion, list);
        return list;
    }

    private static bool TrySplitIndex(string path, string prefix, out int index, out string rest)
    {
        index = -1;
        rest = string.Empty;
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var end = path.IndexOf(']', prefix.Length);
        if (end < 0 || !DocumentNode.TryParseIndex(path, prefix.Length, end, out index))
        {
            return false;
        }

        rest = path.Substring(end + 1);
        return true;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static RuleSetDocument Set(RuleSetDocument document, Action<RuleSetDocument> set)
    {
        set(document);
        return document;
    }
}
