using System.Diagnostics;
using System.Globalization;

namespace RedFlags.FirstAssessment;

/// <summary>
/// Item 6: time to the first assessment in a fresh process, measured from the start of Main with a Stopwatch
/// (process start-up before Main is measured separately, with <c>time</c> over the whole process).
/// </summary>
public static class Program
{
    /// <summary>Builds the default catalogue, compiles it, assesses one presentation and prints the times in milliseconds.</summary>
    /// <returns>0.</returns>
    public static int Main()
    {
        var clock = Stopwatch.StartNew();
        var ruleSet = DefaultCatalogue.RuleSet;
        var catalogue = clock.Elapsed.TotalMilliseconds;

        var evaluator = new RedFlagEvaluator(ruleSet);
        var compiled = clock.Elapsed.TotalMilliseconds;

        var presentation = new PatientPresentation
        {
            AssessmentDate = new CalendarDate(2026, 11, 24),
            AgeYears = 62,
            Sex = Sex.Female,
            CareSetting = CareSetting.PrimaryCare,
            Pain = new PainFeatures { Lumbar = Presence.Present, WorseAtNightOrWakesFromSleep = Presence.Present, DurationDays = 45 },
            History = new MedicalHistory { PersonalHistoryOfCancer = Presence.Present },
            Systemic = new SystemicFeatures { UnexplainedWeightLoss = Presence.Present },
        };
        var assessment = evaluator.Assess(presentation);
        var first = clock.Elapsed.TotalMilliseconds;

        var urgency = evaluator.AssessUrgency(presentation);
        var firstUrgency = clock.Elapsed.TotalMilliseconds;

        var second = Stopwatch.StartNew();
        evaluator.Assess(presentation with { AgeYears = 63 });
        var secondAssessment = second.Elapsed.TotalMilliseconds;

        // The evaluator compiles its urgency path on the 1,000th AssessUrgency call: time the slowest of the next 1,000.
        var slowest = 0.0;
        var slowestCall = 0;
        for (var call = 2; call <= 1001; call++)
        {
            var one = Stopwatch.StartNew();
            evaluator.AssessUrgency(presentation);
            if (one.Elapsed.TotalMilliseconds > slowest)
            {
                slowest = one.Elapsed.TotalMilliseconds;
                slowestCall = call;
            }
        }

        var another = new RedFlagEvaluator(ruleSet);
        var anotherSlowest = 0.0;
        for (var call = 1; call <= 1000; call++)
        {
            var one = Stopwatch.StartNew();
            another.AssessUrgency(presentation);
            anotherSlowest = Math.Max(anotherSlowest, one.Elapsed.TotalMilliseconds);
        }

        // Assess compiles the node truths on its 1,000th call: two calls are made above, so time calls 3 to 1,002.
        var (slowestAssess, slowestAssessCall) = Slowest(evaluator, presentation, first: 3, last: 1002);
        var (anotherSlowestAssess, _) = Slowest(another, presentation, first: 1, last: 1000);

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"catalogue built: {catalogue:F1} ms; evaluator compiled: {compiled:F1} ms; first Assess returned ({assessment.Urgency}): {first:F1} ms; first AssessUrgency ({urgency}): {firstUrgency:F1} ms; a second Assess took {secondAssessment:F3} ms; slowest of AssessUrgency calls 2-1001: {slowest:F1} ms (call {slowestCall}); slowest of a second evaluator's first 1,000 calls: {anotherSlowest:F1} ms; slowest of Assess calls 3-1002: {slowestAssess:F1} ms (call {slowestAssessCall}); slowest of the second evaluator's first 1,000 Assess calls: {anotherSlowestAssess:F1} ms"));
        return 0;
    }

    private static (double Milliseconds, int Call) Slowest(RedFlagEvaluator evaluator, PatientPresentation presentation, int first, int last)
    {
        var slowest = (Milliseconds: 0.0, Call: 0);
        for (var call = first; call <= last; call++)
        {
            var one = Stopwatch.StartNew();
            evaluator.Assess(presentation);
            if (one.Elapsed.TotalMilliseconds > slowest.Milliseconds)
            {
                slowest = (one.Elapsed.TotalMilliseconds, call);
            }
        }

        return slowest;
    }
}
