using System.Globalization;
using System.Text;
using RedFlags.Testing;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Evaluation;

/// <summary>What the evaluator says, word for word, for cases across every care setting: a changed explanation is a reviewed change.</summary>
public class AssessmentGoldenTests
{
    [Fact]
    public void Assess_CasesAcrossCareSettings_MatchTheApprovedFile()
    {
        var text = new StringBuilder();
        foreach (var (name, p) in Cases())
        {
            Render(text.Append("## ").Append(name).Append('\n'), Evaluator.Assess(p));
        }

        RepositoryFiles.AssertUpToDate("tests/RedFlags.Tests/Golden/assessments.approved.txt", text.ToString());
    }

    private static IEnumerable<(string Name, PatientPresentation Presentation)> Cases()
    {
        var cancer = NothingFound().With(Finding.PersonalHistoryOfCancer, Presence.Present).With(Finding.PainWorseOnStraining);
        foreach (var setting in Enum.GetValues<CareSetting>())
        {
            yield return ($"known cancer, pain on straining, {setting}", cancer with { CareSetting = setting });
            yield return ($"steroids, bruise, fever 38.4, ESR 20.5, {setting}", NothingFound().With(Quantity.CorticosteroidDurationDays, 120).With(Finding.SpinalBruiseOrGraze).With(Quantity.TemperatureCelsius, 38.4).With(Quantity.EsrMillimetresPerHour, 20.5) with { CareSetting = setting });
        }

        yield return ("saddle numbness, onset unknown", Sparse(47).With(Finding.SaddleNumbness));
        yield return ("sparse", Sparse(null));
        yield return ("nothing found", NothingFound());
        yield return ("infection with a deficit", Sparse(58).With(Finding.InjectingDrugUse, Finding.GaitDisturbance) with { CareSetting = CareSetting.EmergencyDepartment });
    }

    private static void Render(StringBuilder text, Assessment a)
    {
        text.Append(CultureInfo.InvariantCulture, $"urgency {a.Urgency}; decided by {a.DecidingRuleId ?? "-"}; {a.Recommendation.Timeframe}\n");
        foreach (var c in a.Conditions)
        {
            var pr = c.Probability;
            text.Append(CultureInfo.InvariantCulture, $"{c.Condition}: {c.Concern}, {c.Urgency}; prior {pr.PreTestLow}-{pr.PreTestHigh} ({pr.PreTestSource}); LR {pr.LikelihoodRatio} from {pr.LikelihoodRatioRuleId} ({pr.LikelihoodRatioSource}); post {pr.PostTestLow:0.#####}-{pr.PostTestHigh:0.#####}; note {pr.Note}\n");
            foreach (var f in c.Flags)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {f.RuleId} {f.Urgency}: {string.Join("; ", f.Facts)}\n");
            }
        }

        text.Append("investigations: ").Append(string.Join(", ", a.Investigations)).Append('\n');
        text.Append("questions: ").Append(string.Join("; ", a.Questions.Select(q => $"{q.Name} ({q.Kind}, {q.Label}) -> {q.CouldRaiseUrgencyTo} [{string.Join(",", q.RuleIds)}]"))).Append('\n');
        text.Append("advice: ").Append(string.Join(" | ", a.PatientAdvice)).Append('\n');
    }
}
