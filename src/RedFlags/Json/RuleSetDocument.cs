using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using System;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// A rule-set document as read: either a full set (<c>rules</c>, <c>preTestProbabilities</c>, <c>defaultRecommendation</c>)
/// or a local set that <c>extends</c> the default catalogue with <c>overrides</c>, <c>disabled</c> and <c>added</c> rules.
/// </summary>
internal sealed class RuleSetDocument
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
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
        var result = RuleSet.Validate(document.Id, document.Version, rules, priors, recommendation, customisations);
        context.AddSemantic(result.Errors, root);
        return context.HasErrors ? null : RuleSet.Create(document.Id, document.Version, rules, priors, recommendation, customisations);
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

        var changes = new RuleSetChanges
        {
            Id = document.Id,
            Version = document.Version,
            Overrides = document.Overrides ?? Array.Empty<RedFlagRule>(),
            Disabled = document.Disabled ?? Array.Empty<DisabledRule>(),
            Added = document.Added ?? Array.Empty<RedFlagRule>(),
            PreTestProbabilities = document.PreTestProbabilities,
            DefaultRecommendation = document.DefaultRecommendation,
        };

        // The composition rules live in the core; here each problem is only placed at its JSON node.
        var composition = catalogue.Compose(changes);
        context.AddSemantic(composition.Errors.Select(e => e.Error with { Code = JsonCode(e.Error.Code), Path = JsonPath(e) }), root);
        return context.HasErrors ? null : composition.RuleSet;
    }

    /// <summary>A change that does not apply keeps the JSON layer's documented code.</summary>
    private static string JsonCode(string code) => code == ErrorCodes.RuleSetChangeInvalid ? ErrorCodes.JsonInvalidComposition : code;

    /// <summary>The document path of a composition problem: a change as a whole is placed at the id that names it, and an
    /// unchanged catalogue rule at <c>extends</c>.</summary>
    private static string JsonPath(RuleSetCompositionError error)
    {
        var entry = error.Change switch
        {
            RuleCustomisationKind.Overridden => ("overrides", ".id"),
            RuleCustomisationKind.Disabled => ("disabled", ".ruleId"),
            RuleCustomisationKind.Added => ("added", ".id"),
            _ => default((string List, string Id)?),
        };

        if (entry is var (list, id) && error.Index is int index)
        {
            return $"{list}[{Text(index)}]{(error.RelativePath.Length == 0 ? id : error.RelativePath)}";
        }

        return error.RuleId is null ? error.Error.Path : "extends";
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static RuleSetDocument Set(RuleSetDocument document, Action<RuleSetDocument> set)
    {
        set(document);
        return document;
    }
}
