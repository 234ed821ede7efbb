using System;
using System.Buffers;
using RedFlags.Evaluation;
using RedFlags.Internal;
using RedFlags.Rules;

namespace RedFlags;

/// <summary>Evaluates presentations against a rule set: a pure, deterministic function of (presentation, rule set).</summary>
/// <remarks>
/// <para>The constructor builds everything the evaluator needs from the rule set, including, in
/// <see cref="EvaluationMode.Compiled"/> mode, the compiled code. After that the evaluator is immutable: it keeps no
/// counters or caches that change, reads no clock, culture or environment, and is safe to share between threads.
/// Register it as a singleton.</para>
/// <para><see cref="Assess"/> returns a fully explained <see cref="Assessment"/>, <see cref="Summarize"/> its screening
/// summary without building the explanation. <see cref="AssessUrgency"/> returns
/// only the overall urgency and allocates nothing for a valid presentation without laboratory numbers (with them, one copy
/// of the presentation with the numbers read, brief §13.1): use it to screen populations. Results are
/// identical in every <see cref="EvaluationMode"/>.</para>
/// <para>All three validate the presentation first (a <c>with</c> expression cannot bypass validation) and throw
/// <see cref="RedFlagsValidationException"/> listing every problem when it is invalid. They never throw for a valid one.</para>
/// </remarks>
public sealed class RedFlagEvaluator
{
    // Up to this many criterion nodes, interpreted node truths live on the stack; beyond it, in a pooled array.
    private const int StackNodeLimit = 2048;

    private readonly CriterionGraph _graph;
    private readonly ExplanationCache _explanations;
    private readonly CriterionInterpreter? _interpreter;
#if NET
    private readonly CriterionCompiler? _compiled;
#endif

    /// <summary>Builds an evaluator for a rule set, compiled where this process can compile code (<see cref="EvaluationMode.Automatic"/>).</summary>
    /// <param name="ruleSet">The rule set, for example <see cref="DefaultCatalogue.RuleSet"/>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public RedFlagEvaluator(RuleSet ruleSet)
        : this(ruleSet, EvaluationMode.Automatic)
    {
    }

    /// <summary>Builds an evaluator for a rule set in the given mode.</summary>
    /// <param name="ruleSet">The rule set, for example <see cref="DefaultCatalogue.RuleSet"/>.</param>
    /// <param name="mode">Whether to interpret the rules or compile them to code now.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="mode"/> is not defined.</exception>
    /// <exception cref="PlatformNotSupportedException">Thrown for <see cref="EvaluationMode.Compiled"/> where code cannot
    /// be compiled (Native AOT, the netstandard2.0 build).</exception>
    public RedFlagEvaluator(RuleSet ruleSet, EvaluationMode mode)
    {
        Guard.NotNull(ruleSet);
        if (mode is < EvaluationMode.Automatic or > EvaluationMode.Compiled)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "The evaluation mode is not defined.");
        }

        _graph = new CriterionGraph(ruleSet);
        _explanations = new ExplanationCache(_graph);
#if NET
        if (mode == EvaluationMode.Compiled || (mode == EvaluationMode.Automatic && CriterionCompiler.IsSupported))
        {
            _compiled = CriterionCompiler.Compile(_graph);
            Mode = EvaluationMode.Compiled;
            return;
        }
#else
        if (mode == EvaluationMode.Compiled)
        {
            throw new PlatformNotSupportedException("The netstandard2.0 build of RedFlags interprets rule sets; EvaluationMode.Compiled needs the net10.0 build.");
        }
#endif

        _interpreter = new CriterionInterpreter(_graph);
        Mode = EvaluationMode.Interpreted;
    }

    /// <summary>Gets the rule set this evaluator applies.</summary>
    public RuleSet RuleSet => _graph.RuleSet;

    /// <summary>Gets the mode the evaluator runs in: <see cref="EvaluationMode.Compiled"/> or
    /// <see cref="EvaluationMode.Interpreted"/> (never <see cref="EvaluationMode.Automatic"/>, which is resolved when it is built).</summary>
    public EvaluationMode Mode { get; }

    /// <summary>Assesses a presentation: urgency, action and timeframe, suspected conditions with their fired flags,
    /// facts and evidence, probability estimates, investigations, questions to ask and advice for the patient.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>The explained assessment.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the presentation is invalid; it lists every problem.</exception>
    public Assessment Assess(PatientPresentation presentation) => Evaluate(presentation, Explainer.Explain);

    /// <summary>Assesses a presentation for screening: the same summary as <c>AssessmentSummary.Of(Assess(presentation))</c>,
    /// without building the explanation (facts, texts, evidence, probabilities, advice) that a summary leaves out.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>The summary: urgency, action and timeframe, the deciding rule, the decisive questions left unanswered,
    /// each suspected condition with the rules that fired for it, the first open questions and the rule set.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the presentation is invalid; it lists every problem.</exception>
    public AssessmentSummary Summarize(PatientPresentation presentation) => Evaluate(presentation, Explainer.Summarize);

    // Validates, reads the laboratory numbers, runs the engine into node truths and hands them to an explanation.
    private T Evaluate<T>(PatientPresentation presentation, Explanation<T> explain)
    {
        ThrowIfInvalid(presentation);
        presentation = LaboratoryReading.Apply(presentation, _graph.RuleSet.LaboratoryLimits, out var labs);
        var nodeCount = _graph.NodeCount;
        Truth[]? rented = null;
#if NET
        if (_compiled is not null)
        {
            // Compiled code writes the node truths into an array, so it gets a pooled one.
            rented = ArrayPool<Truth>.Shared.Rent(nodeCount);
            try
            {
                _compiled.Evaluate(presentation, rented);
                return explain(_explanations, presentation, new FactReader(presentation), rented.AsSpan(0, nodeCount), labs);
            }
            finally
            {
                ArrayPool<Truth>.Shared.Return(rented);
            }
        }
#endif
        var nodeTruths = nodeCount <= StackNodeLimit ? stackalloc Truth[nodeCount] : (rented = ArrayPool<Truth>.Shared.Rent(nodeCount)).AsSpan(0, nodeCount);
        try
        {
            var facts = new FactReader(presentation);
            _interpreter!.Evaluate(facts, nodeTruths);
            return explain(_explanations, presentation, facts, nodeTruths, labs);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Truth>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Returns only the overall urgency of a presentation, allocating nothing when it is valid and has no
    /// laboratory numbers (reading them makes one copy of the presentation).</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>The highest urgency of any fired flag, or <see cref="Urgency.Routine"/> when none fires.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the presentation is invalid; it lists every problem.</exception>
    public Urgency AssessUrgency(PatientPresentation presentation)
    {
        ThrowIfInvalid(presentation);
        presentation = LaboratoryReading.Apply(presentation, _graph.RuleSet.LaboratoryLimits, out _);
        var nodeCount = _graph.NodeCount;
        Truth[]? rented = null;
#if NET
        if (_compiled is not null)
        {
            if (!_compiled.UrgencyNeedsTruths)
            {
                return _compiled.HighestUrgency(presentation, null);
            }

            rented = ArrayPool<Truth>.Shared.Rent(nodeCount);
            try
            {
                return _compiled.HighestUrgency(presentation, rented);
            }
            finally
            {
                ArrayPool<Truth>.Shared.Return(rented);
            }
        }
#endif
        var nodeTruths = nodeCount <= StackNodeLimit ? stackalloc Truth[nodeCount] : (rented = ArrayPool<Truth>.Shared.Rent(nodeCount)).AsSpan(0, nodeCount);
        try
        {
            return _interpreter!.HighestUrgency(new FactReader(presentation), nodeTruths);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Truth>.Shared.Return(rented);
            }
        }
    }

    private static void ThrowIfInvalid(PatientPresentation presentation)
    {
        Guard.NotNull(presentation);
        if (!PresentationValidator.IsValid(presentation))
        {
            PresentationValidator.Validate(presentation).ThrowIfInvalid("presentation");
        }
    }
}
