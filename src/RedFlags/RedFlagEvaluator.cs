using System;
using System.Buffers;
#if NET
using System.Threading;
#endif
using RedFlags.Evaluation;
using RedFlags.Internal;
using RedFlags.Rules;

namespace RedFlags;

/// <summary>Evaluates presentations against a rule set: a pure, deterministic function of (presentation, rule set).</summary>
/// <remarks>
/// <para>The rule set is compiled once, in the constructor, into an immutable evaluation plan. An evaluator reads no
/// clock, culture or environment, and is safe to share between threads: register it as a singleton.</para>
/// <para><see cref="Assess"/> returns a fully explained <see cref="Assessment"/>. <see cref="AssessUrgency"/> returns
/// only the overall urgency and allocates nothing for a valid presentation: use it to screen populations. On .NET with
/// a JIT, the 1,000th call to <see cref="AssessUrgency"/> also compiles the rule set to code (about 4 ms once per
/// evaluator for the default catalogue, about 35 ms for the first evaluator of a process) and later calls run it, and
/// the 1,000th call to <see cref="Assess"/> does the same for the truths its explanation reads (about 8 ms per
/// evaluator for the default catalogue). Results are the same either way, so this compiled code is the only state an
/// evaluator keeps. Under Native AOT and on .NET Framework the rules are always interpreted.</para>
/// <para>Both validate the presentation first (a <c>with</c> expression cannot bypass validation) and throw
/// <see cref="RedFlagsValidationException"/> listing every problem when it is invalid. They never throw for a valid one.</para>
/// </remarks>
public sealed class RedFlagEvaluator
{
    // Up to this many rules, rule results live on the stack; beyond it, in a pooled array.
    private const int StackResultLimit = 512;

    // Up to this many criterion nodes, node truths live on the stack; beyond it, in a pooled array.
    private const int StackNodeLimit = 2048;

    // Up to this many 64-bit words, the urgency program's state lives on the stack; beyond it, in a pooled array.
    private const int StackWordLimit = 128;

#if NET
    // Compiling costs milliseconds and pays off over thousands of presentations (screening a population), so each
    // entry point compiles its code on the call that reaches this count and interprets the calls before.
    private const int CompileAfterCalls = 1000;

    private Func<FactReader, Urgency>? _compiledUrgency;
    private int _urgencyCalls;
    private Action<FactReader, Truth[]>? _compiledTruths;
    private int _assessCalls;
#endif

    private readonly EvaluationPlan _plan;

    /// <summary>Compiles a rule set into an evaluator.</summary>
    /// <param name="ruleSet">The rule set, for example <see cref="DefaultCatalogue.RuleSet"/>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public RedFlagEvaluator(RuleSet ruleSet) => _plan = new EvaluationPlan(Guard.NotNull(ruleSet));

#if NET
    /// <summary>Whether <see cref="AssessUrgency"/> now runs compiled code (for tests).</summary>
    internal bool UsesCompiledUrgency => Volatile.Read(ref _compiledUrgency) is not null;

    /// <summary>Whether <see cref="Assess"/> now runs compiled code for the node truths (for tests).</summary>
    internal bool UsesCompiledTruths => Volatile.Read(ref _compiledTruths) is not null;
#endif

    /// <summary>Gets the rule set this evaluator applies.</summary>
    public RuleSet RuleSet => _plan.RuleSet;

    /// <summary>Assesses a presentation: urgency, action and timeframe, suspected conditions with their fired flags,
    /// facts and evidence, probability estimates, investigations, questions to ask and advice for the patient.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>The explained assessment.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the presentation is invalid; it lists every problem.</exception>
    public Assessment Assess(PatientPresentation presentation)
    {
        ThrowIfInvalid(presentation);
        var facts = new FactReader(presentation);
        var count = _plan.Rules.Length;
        var nodeCount = _plan.NodeCount;
        Truth[]? rented = null;
        Truth[]? rentedNodes = null;
        var results = count <= StackResultLimit ? stackalloc Truth[count] : (rented = ArrayPool<Truth>.Shared.Rent(count)).AsSpan(0, count);
#if NET
        var compiled = CompiledOnCount(ref _compiledTruths, ref _assessCalls, _plan, static plan => plan.CompileTruths());
#else
        Action<FactReader, Truth[]>? compiled = null;
#endif

        // Compiled code writes the node truths into an array, so it gets a pooled one.
        var nodeTruths = compiled is null && nodeCount <= StackNodeLimit ? stackalloc Truth[nodeCount] : (rentedNodes = ArrayPool<Truth>.Shared.Rent(nodeCount)).AsSpan(0, nodeCount);
        try
        {
            if (compiled is not null)
            {
                compiled(facts, rentedNodes!);
                _plan.RuleResults(nodeTruths, results);
            }
            else
            {
                _plan.EvaluateNodes(facts, nodeTruths, results);
            }

            return Explainer.Explain(_plan, presentation, facts, results, nodeTruths);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Truth>.Shared.Return(rented);
            }

            if (rentedNodes is not null)
            {
                ArrayPool<Truth>.Shared.Return(rentedNodes);
            }
        }
    }

    /// <summary>Returns only the overall urgency of a presentation, allocating nothing when it is valid (except on the
    /// call that compiles the urgency path; see the remarks on <see cref="RedFlagEvaluator"/>).</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>The highest urgency of any fired flag, or <see cref="Urgency.Routine"/> when none fires.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the presentation is invalid; it lists every problem.</exception>
    public Urgency AssessUrgency(PatientPresentation presentation)
    {
        ThrowIfInvalid(presentation);
        var facts = new FactReader(presentation);
#if NET
        if (CompiledOnCount(ref _compiledUrgency, ref _urgencyCalls, _plan, static plan => plan.CompileUrgency()) is { } compiled)
        {
            return compiled(facts);
        }
#endif
        if (_plan.UrgencyOnly is { } program)
        {
            var words = program.WordCount;
            ulong[]? rentedWords = null;
            var state = words <= StackWordLimit ? stackalloc ulong[words] : (rentedWords = ArrayPool<ulong>.Shared.Rent(words)).AsSpan(0, words);
            try
            {
                return program.Evaluate(facts, state);
            }
            finally
            {
                if (rentedWords is not null)
                {
                    ArrayPool<ulong>.Shared.Return(rentedWords);
                }
            }
        }

        var count = _plan.Rules.Length;
        Truth[]? rented = null;
        var results = count <= StackResultLimit ? stackalloc Truth[count] : (rented = ArrayPool<Truth>.Shared.Rent(count)).AsSpan(0, count);
        try
        {
            results.Clear();
            return _plan.EvaluateUrgency(facts, results);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Truth>.Shared.Return(rented);
            }
        }
    }

#if NET
    // An entry point's compiled code once the evaluator has made enough calls to it: exactly one call, the one that
    // reaches the count, compiles and publishes it; the others go on interpreting meanwhile. Null until then, and for
    // ever where the plan cannot be compiled.
    private static T? CompiledOnCount<T>(ref T? compiled, ref int calls, EvaluationPlan plan, Func<EvaluationPlan, T?> compile)
        where T : class
    {
        if (Volatile.Read(ref compiled) is { } ready)
        {
            return ready;
        }

        if (calls < CompileAfterCalls && Interlocked.Increment(ref calls) == CompileAfterCalls && compile(plan) is { } fresh)
        {
            Volatile.Write(ref compiled, fresh);
            return fresh;
        }

        return null;
    }
#endif

    private static void ThrowIfInvalid(PatientPresentation presentation)
    {
        Guard.NotNull(presentation);
        if (!PresentationValidator.IsValid(presentation))
        {
            PresentationValidator.Validate(presentation).ThrowIfInvalid("presentation");
        }
    }
}
