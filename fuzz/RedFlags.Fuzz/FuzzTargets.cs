using System.Globalization;
using System.Reflection;
using System.Text;
using RedFlags.Fhir;
using RedFlags.Json;

namespace RedFlags.Fuzz;

/// <summary>
/// What each fuzz target does with one input, and the invariant of issue #23 it checks: the input is accepted, or
/// rejected with <see cref="RedFlagsValidationException"/> whose problems carry documented codes and print one line
/// each. Anything else escapes as an exception, which AFL++ records as a crash.
/// </summary>
internal static class FuzzTargets
{
    private static readonly RedFlagEvaluator s_evaluator = new(DefaultCatalogue.RuleSet, EvaluationMode.Interpreted);

    private static readonly CalendarDate s_date = new(2026, 3, 2);

    // Every RF code the library declares; an error with another code is a defect.
    private static readonly HashSet<string> s_codes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="target"/> on one input.</summary>
    /// <exception cref="ArgumentException">Thrown for an unknown target.</exception>
    /// <exception cref="FuzzInvariantException">Thrown when a rejection breaks the invariant.</exception>
    public static void Run(string target, byte[] input)
    {
        try
        {
            switch (target)
            {
                case "presentation":
                    // Read, assess and write: every walk a presentation reaches.
                    var presentation = RedFlagsJson.ReadPresentation(new MemoryStream(input, writable: false));
                    _ = RedFlagsJson.Serialize(s_evaluator.Assess(presentation));
                    break;
                case "rules":
                    var evaluator = new RedFlagEvaluator(RuleSetJson.Load(new MemoryStream(input, writable: false)), EvaluationMode.Interpreted);
                    _ = RedFlagsJson.Serialize(evaluator.Assess(new PatientPresentation { AssessmentDate = s_date, AgeYears = 58 }));
                    break;
                case "assessment":
                    _ = RedFlagsJson.Serialize(RedFlagsJson.ParseAssessment(Encoding.UTF8.GetString(input)));
                    break;
                case "fhir":
                    var read = FhirPresentationReader.ReadJson([Encoding.UTF8.GetString(input)], s_date, CareSetting.PrimaryCare);
                    _ = s_evaluator.Assess(read.Presentation);
                    break;
                default:
                    throw new ArgumentException($"Unknown fuzz target '{target}'; the targets are {string.Join(", ", FuzzTargetNames.All)}.", nameof(target));
            }
        }
        catch (RedFlagsValidationException rejected)
        {
            var wrong = rejected.Errors.FirstOrDefault(e => !s_codes.Contains(e.Code) || e.ToString().IndexOfAny(['\n', '\r']) >= 0);
            if (wrong is not null || rejected.Errors.Count == 0)
            {
                throw new FuzzInvariantException($"Rejected with an undocumented or multi-line problem: '{wrong}' ({rejected.Errors.Count.ToString(CultureInfo.InvariantCulture)} problems).", rejected);
            }
        }
    }
}
