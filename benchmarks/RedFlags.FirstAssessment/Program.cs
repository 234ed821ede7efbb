using System.Diagnostics;
using System.Globalization;

namespace RedFlags.FirstAssessment;

/// <summary>
/// Time to the first assessment in a fresh process, measured from the start of Main with a Stopwatch (process
/// start-up before Main is measured separately, with <c>time</c> over the whole process), in each evaluation mode.
/// </summary>
public static class Program
{
    /// <summary>Builds the default catalogue, builds an evaluator in the mode given (default: automatic), assesses one
    /// presentation and prints the times in milliseconds.</summary>
    /// <param name="args">Optionally <c>interpreted</c>, <c>compiled</c> or <c>automatic</c>.</param>
    /// <returns>0.</returns>
    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? Enum.Parse<EvaluationMode>(args[0], ignoreCase: true) : EvaluationMode.Automatic;
        var clock = Stopwatch.StartNew();
        var ruleSet = DefaultCatalogue.RuleSet;
        var catalogue = clock.Elapsed.TotalMilliseconds;

        var evaluator = new RedFlagEvaluator(ruleSet, mode);
        var built = clock.Elapsed.TotalMilliseconds;

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

        // Nothing is compiled after the constructor: the slowest of the next 1,000 calls of each entry point shows it.
        var slowestUrgency = Slowest(() => evaluator.AssessUrgency(presentation));
        var slowestAssess = Slowest(() => evaluator.Assess(presentation));

        var another = Stopwatch.StartNew();
        _ = new RedFlagEvaluator(ruleSet, mode);
        var secondBuild = another.Elapsed.TotalMilliseconds;

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"mode {evaluator.Mode}: catalogue built: {catalogue:F1} ms; evaluator built: {built:F1} ms; first Assess returned ({assessment.Urgency}): {first:F1} ms; first AssessUrgency ({urgency}): {firstUrgency:F1} ms; slowest of the next 1,000 AssessUrgency calls: {slowestUrgency:F3} ms; slowest of the next 1,000 Assess calls: {slowestAssess:F3} ms; a second evaluator built in {secondBuild:F1} ms"));
        return 0;
    }

    private static double Slowest(Action call)
    {
        var slowest = 0.0;
        for (var i = 0; i < 1000; i++)
        {
            var one = Stopwatch.StartNew();
            call();
            slowest = Math.Max(slowest, one.Elapsed.TotalMilliseconds);
        }

        return slowest;
    }
}
