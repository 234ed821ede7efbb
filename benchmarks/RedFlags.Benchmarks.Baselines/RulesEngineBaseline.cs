using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using RedFlags.Rules;
using RulesEngine.Models;

namespace RedFlags.Benchmarks.Baselines;

/// <summary>
/// Baseline (a): a rule set expressed as one Microsoft RulesEngine workflow, one lambda-expression rule per RedFlags
/// rule, over a <see cref="FlatPresentation"/> passed as <c>input1</c>. Compiled once in the constructor.
/// </summary>
public sealed class RulesEngineBaseline
{
    /// <summary>The name of the workflow.</summary>
    public const string WorkflowName = "RedFlags";

    private readonly global::RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, Urgency> _urgencyById;

    /// <summary>Translates and registers the rule set; the engine compiles each rule on first use.</summary>
    /// <param name="ruleSet">The rule set.</param>
    public RulesEngineBaseline(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        Workflow = ToWorkflow(ruleSet);
        _engine = new global::RulesEngine.RulesEngine(new[] { Workflow }, new ReSettings());
        _urgencyById = ruleSet.Rules.ToDictionary(rule => rule.Id, rule => rule.Recommendation.Urgency, StringComparer.Ordinal);
    }

    /// <summary>Gets the workflow given to RulesEngine.</summary>
    public Workflow Workflow { get; }

    /// <summary>Expresses a rule set as a RulesEngine workflow.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The workflow.</returns>
    public static Workflow ToWorkflow(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = ruleSet.Rules.Select(rule => new Rule
            {
                RuleName = rule.Id,
                SuccessEvent = rule.Recommendation.Urgency.ToString(),
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = CriterionTranslator.ToLambda(rule.Criterion, ruleSet, "input1"),
            }).ToList(),
        };
    }

    /// <summary>Runs every rule: RulesEngine's rule evaluation alone.</summary>
    /// <param name="input">The flattened presentation.</param>
    /// <returns>One result per rule.</returns>
    public ValueTask<List<RuleResultTree>> ExecuteAsync(FlatPresentation input) => _engine.ExecuteAllRulesAsync(WorkflowName, input);

    /// <summary>The ids of the rules that fire, in rule-set (id) order.</summary>
    /// <param name="input">The flattened presentation.</param>
    /// <returns>The fired rule ids.</returns>
    public IReadOnlyList<string> FiredRuleIds(FlatPresentation input)
    {
        var results = ExecuteAsync(input).AsTask().GetAwaiter().GetResult();
        var fired = new List<string>();
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine failed on {result.Rule.RuleName}: {result.ExceptionMessage}");
            }

            if (result.IsSuccess)
            {
                fired.Add(result.Rule.RuleName);
            }
        }

        return fired;
    }

    /// <summary>The highest urgency of any fired rule, or routine: all rules run, then the maximum is taken.</summary>
    /// <param name="input">The flattened presentation.</param>
    /// <returns>The urgency.</returns>
    public async ValueTask<Urgency> UrgencyAsync(FlatPresentation input)
    {
        var results = await ExecuteAsync(input).ConfigureAwait(false);
        var highest = Urgency.Routine;
        foreach (var result in results)
        {
            if (result.IsSuccess && _urgencyById[result.Rule.RuleName] > highest)
            {
                highest = _urgencyById[result.Rule.RuleName];
            }
        }

        return highest;
    }
}
