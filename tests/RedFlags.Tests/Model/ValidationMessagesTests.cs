using System.Text;
using RedFlags.Rules;
using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Model;

/// <summary>Every validation message, path and value, pinned in one approved file so that a changed message is a reviewed change.</summary>
public class ValidationMessagesTests
{
    [Fact]
    public void Validate_InvalidPresentationsAndRuleSets_MessagesMatchTheApprovedFile()
    {
        var text = new StringBuilder();
        foreach (var (name, presentation) in InvalidPresentations())
        {
            text.Append("## ").Append(name).Append('\n');
            foreach (var error in PresentationValidator.Validate(presentation).Errors)
            {
                text.Append(error).Append('\n');
            }
        }

        text.Append("## rule set\n");
        foreach (var error in RuleSet.Validate("Bad Id", "1.0", BadRules(), BadPriors(), DefaultCatalogue.RuleSet.DefaultRecommendation with { Action = " " }, [new RuleCustomisation { RuleId = "X-A", Kind = RuleCustomisationKind.Disabled }, new RuleCustomisation { RuleId = "X-A", Kind = (RuleCustomisationKind)9 }]).Errors)
        {
            text.Append(error).Append('\n');
        }

        RepositoryFiles.AssertUpToDate("tests/RedFlags.Tests/Golden/validation-messages.approved.txt", text.ToString());
    }

    private static IEnumerable<(string Name, PatientPresentation Presentation)> InvalidPresentations()
    {
        var p = Sparse();
        yield return ("no assessment date", new PatientPresentation());
        yield return ("ages", p with { AgeYears = 131 });
        yield return ("date of birth after assessment", p with { AgeYears = null, DateOfBirth = Today.AddDays(1) });
        yield return ("date of birth too old", p with { AgeYears = null, DateOfBirth = new CalendarDate(1890, 1, 1) });
        yield return ("age contradicts date of birth", p with { AgeYears = 20, DateOfBirth = new CalendarDate(1950, 6, 1) });
        yield return ("undefined enums", p with { Sex = (Sex)9, CareSetting = (CareSetting)9, History = new MedicalHistory { Trauma = (TraumaSeverity)9 }, Neurology = new NeurologicalFeatures { LegWeakness = (LegWeakness)9, LegSymptoms = (LegSymptomSide)9 } });
        yield return ("pain", p with { Pain = new PainFeatures { OnsetDate = Today.AddDays(2), DurationDays = -1, Lumbar = (Presence)5 } });
        yield return ("pain duration too long", p with { Pain = new PainFeatures { DurationDays = 40_000 } });
        yield return ("cancers", p with { History = new MedicalHistory { PersonalHistoryOfCancer = Presence.Absent, Cancers = [new CancerHistory { PrimarySite = (CancerSite)99, Metastatic = (Presence)4, UnderTreatment = (Presence)4, DiagnosisDate = Today.AddDays(1) }] } });
        yield return ("steroids", p with { History = new MedicalHistory { CorticosteroidUse = Presence.Absent, CorticosteroidDurationDays = 10 } });
        yield return ("steroid duration out of range", p with { History = new MedicalHistory { CorticosteroidDurationDays = -3 } });
        yield return ("systemic", p with { Systemic = new SystemicFeatures { WeightLossKilograms = double.NaN, WeightLossPeriodWeeks = -1, TemperatureCelsius = double.PositiveInfinity } });
        yield return ("labs and examination", p with
        {
            Labs = new LaboratoryResults { EsrMillimetresPerHour = 201, CrpMilligramsPerLitre = -1, HaemoglobinGramsPerLitre = 301, AdjustedCalciumMillimolesPerLitre = 11, WhiteCellCountBillionsPerLitre = -1, PlasmaViscosityMillipascalSeconds = 11, Anaemia = (Presence)3 },
            Examination = new ExaminationFindings { PostVoidResidualMillilitres = 5001, ReducedAnalTone = (Presence)3 },
        });
    }

    private static RedFlagRule[] BadRules()
    {
        var good = new RedFlagRule
        {
            Id = "X-A",
            Condition = SuspectedCondition.SpinalInfection,
            Title = "t",
            ClinicianText = "c",
            PatientText = "p",
            Criterion = Criterion.Present(Finding.Fever),
            Recommendation = DefaultCatalogue.RuleSet.DefaultRecommendation,
            Evidence = [new EvidenceSource { Citation = "c", Tag = EvidenceTag.Verified }],
        };
        return
        [
            good,
            good with { Title = " ", ClinicianText = "", PatientText = "", Condition = (SuspectedCondition)9, Priority = 0 },
            good with { Id = "X-B", Evidence = [new EvidenceSource { Citation = "", Tag = (EvidenceTag)9, Sensitivity = new Estimate(1.2), Specificity = new Estimate(0.5, 0.6), PositiveLikelihoodRatio = new Estimate(0), NegativeLikelihoodRatio = new Estimate(2, upper: 1) }] },
            good with { Id = "X-C", Criterion = Criterion.AllOf(Criterion.AnyOf(), Criterion.AtLeastOf(0, Criterion.Present((Finding)999)), Criterion.AtLeast((Quantity)999, 1), new QuantityCriterion(Quantity.AgeYears, (Comparison)9, 200), Criterion.Flag("X-NOPE")) },
            good with { Id = "X-D", Recommendation = DefaultCatalogue.RuleSet.DefaultRecommendation with { Urgency = (Urgency)9, Timeframe = "", Basis = "", PatientAdvice = "", Investigations = [(Investigation)999] } },
            good with { Id = "X-E", Criterion = Criterion.Flag("X-F") },
            good with { Id = "X-F", Criterion = Criterion.Flag("X-E") },
        ];
    }

    private static PreTestProbability[] BadPriors() =>
    [
        new() { Condition = (SuspectedCondition)9, Setting = CareSetting.Unspecified, Low = -0.1, High = 2, Citation = "", Tag = (EvidenceTag)9 },
    ];
}
