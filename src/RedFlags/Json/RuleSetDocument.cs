using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using System;
using System.Text.Json;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// A rule-set document as read: either a full set (<c>rules</c>, <c>preTestProbabilities</c>, <c>defaultRecommendation</c>)
/// or a local set that <c>extends</c> the default catalogue with <c>overrides</c>, <c>disabled</c> and <c>added</c> rules.
/// Either may change the default laboratory limits (<c>laboratoryLimits</c>, brief §13.1); a limit given as <c>null</c>
/// has no default, and one left out keeps the published default.
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

    public LaboratoryLimits? LaboratoryLimits { get; set; }

    public IReadOnlyList<RuleCustomisation>? Customisations { get; set; }

    public IReadOnlyList<RedFlagRule>? Overrides { get; set; }

    public IReadOnlyList<DisabledRule>? Disabled { get; set; }

    public IReadOnlyList<RedFlagRule>? Added { get; set; }

    /// <summary>Returns a rule set as a full document; a composed set also lists its customisations, so its fingerprint
    /// survives a round trip. What is <see langword="null"/> is not written.</summary>
    public static RuleSetDocument Of(RuleSet ruleSet) => new()
    {
        Id = ruleSet.Id,
        Version = ruleSet.Version,
        Rules = ruleSet.Rules,
        PreTestProbabilities = ruleSet.PreTestProbabilities,
        DefaultRecommendation = ruleSet.DefaultRecommendation,
        LaboratoryLimits = ruleSet.LaboratoryLimits.Equals(LaboratoryLimits.Default) ? null : ruleSet.LaboratoryLimits,
        Customisations = ruleSet.Customisations.Count == 0 ? null : ruleSet.Customisations,
    };

    /// <summary>Reads, composes and validates a rule set; returns <see langword="null"/> when any problem was reported.</summary>
    public static RuleSet? Read(byte[] bytes, int length, JsonReadContext context)
    {
        if (StrictReader.Read(bytes, length, JsonShapes.RuleSet, context, out var document) is not RuleSetDocument read
            || document!.RootToken != JsonTokenType.StartObject)
        {
            return null;
        }

        var given = document.RootProperties();
        return read.Extends is null ? BuildFull(read, document, given) : BuildLocal(read, document, given);
    }

    private static RuleSet? BuildFull(RuleSetDocument read, StrictReader document, IReadOnlyDictionary<string, long> given)
    {
        if (document.Errors.IsFull)
        {
            return null;
        }

        foreach (var name in new[] { "overrides", "disabled", "added" })
        {
            if (given.TryGetValue(name, out var offset))
            {
                document.Error(ErrorCodes.JsonInvalidComposition, name, offset, name, $"'{name}' is only allowed in a local rule set that has 'extends'.");
            }
        }

        foreach (var name in new[] { "rules", "preTestProbabilities", "defaultRecommendation" })
        {
            if (!given.ContainsKey(name))
            {
                document.Error(ErrorCodes.JsonMissingProperty, name, 0, null, $"The required property '{name}' is missing (a full rule set needs rules, preTestProbabilities and defaultRecommendation; a local set needs 'extends').");
            }
        }

        var rules = read.Rules ?? Array.Empty<RedFlagRule>();
        var priors = read.PreTestProbabilities ?? Array.Empty<PreTestProbability>();
        var recommendation = read.DefaultRecommendation ?? new Recommendation();
        var customisations = read.Customisations ?? Array.Empty<RuleCustomisation>();
        var limits = read.LaboratoryLimits ?? LaboratoryLimits.Default;
        if (!document.Errors.IsFull)
        {
            document.AddSemantic(RuleSet.Validate(read.Id, read.Version, rules, priors, recommendation, customisations).Errors);
            document.AddSemantic(RuleSetValidator.Validate(limits).Errors);
        }

        if (document.Errors.HasErrors)
        {
            return null;
        }

        return RuleSet.CreateWithLimits(read.Id, read.Version, rules, priors, recommendation, customisations, limits);
    }

    private static RuleSet? BuildLocal(RuleSetDocument read, StrictReader document, IReadOnlyDictionary<string, long> given)
    {
        if (document.Errors.IsFull)
        {
            return null;
        }

        var problems = new List<ValidationError>();
        if (read.Extends != DefaultCatalogue.Id)
        {
            problems.Add(new ValidationError(ErrorCodes.JsonInvalidComposition, "extends", read.Extends, $"A local rule set can only extend '{DefaultCatalogue.Id}'."));
        }

        foreach (var name in new[] { "rules", "customisations" })
        {
            if (given.TryGetValue(name, out var offset))
            {
                document.Error(ErrorCodes.JsonInvalidComposition, name, offset, name, $"A local rule set that has 'extends' lists 'overrides', 'disabled' and 'added', not '{name}'.");
            }
        }

        var changes = new RuleSetChanges
        {
            Id = read.Id,
            Version = read.Version,
            Overrides = read.Overrides ?? Array.Empty<RedFlagRule>(),
            Disabled = read.Disabled ?? Array.Empty<DisabledRule>(),
            Added = read.Added ?? Array.Empty<RedFlagRule>(),
            PreTestProbabilities = read.PreTestProbabilities,
            DefaultRecommendation = read.DefaultRecommendation,
            LaboratoryLimits = read.LaboratoryLimits,
        };

        // The composition rules live in the core; here each problem is only placed at its JSON value.
        var composition = DefaultCatalogue.RuleSet.Compose(changes);
        problems.AddRange(composition.Errors.Select(e => e.Error with { Code = JsonCode(e.Error.Code), Path = JsonPath(e) }));
        document.AddSemantic(problems);
        return document.Errors.HasErrors ? null : composition.RuleSet;
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
}
