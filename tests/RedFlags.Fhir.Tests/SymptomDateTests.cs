using Hl7.Fhir.Model;

namespace RedFlags.Fhir.Tests;

public class SymptomDateTests
{
    private static readonly CalendarDate s_date = new(2025, 3, 10);

    private static BundleBuilder CancerPatient() => new BundleBuilder()
        .Patient("female", "1961-02-03")
        .Condition(FhirCodeSystems.Icd10, "C50.9", clinical: "remission");

    private static Urgency Assess(FhirReadResult read) => new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(read.Presentation).Urgency;

    [Fact]
    public void ReadBundle_GaitRecordedIn2012WithCancerInRemission_IsNotUsedAndNoEmergency()
    {
        var json = CancerPatient().Condition(FhirCodeSystems.Snomed, "22325002", recorded: "2012-05-01").Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.GaitDisturbance);
        var notUsed = Assert.Single(read.Report.NotUsed);
        Assert.Equal("Condition/c2", notUsed.Source);
        Assert.Contains("recorded 2012-05-01, before the episode", notUsed.Reason, StringComparison.Ordinal);
        Assert.NotEqual(Urgency.Emergency, Assess(read));
    }

    [Fact]
    public void ReadBundle_GaitBeganFiveDaysAgo_IsPresentAndRecent()
    {
        var json = CancerPatient().Condition(FhirCodeSystems.Snomed, "22325002", onset: "2025-03-05").Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Present, read.Presentation.Neurology.GaitDisturbance);
        Assert.Equal(Presence.Present, read.Presentation.Neurology.BeganOrWorsenedWithin14Days);
        Assert.Contains(read.Report.Mapped, m => m.Field == "neurology.gaitDisturbance" && m.Note!.Contains("onset 2025-03-05, within 14 days", StringComparison.Ordinal));
        Assert.Equal(Urgency.Emergency, Assess(read));
    }

    [Fact]
    public void ReadBundle_RetentionOlderThan14DaysWithinTheAnsweredEpisode_IsPresentButNotRecent()
    {
        var response = new QuestionnaireResponse
        {
            Id = "qr1",
            Questionnaire = RedFlagsQuestionnaire.Url + "|" + RedFlagsQuestionnaire.Version,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Authored = "2025-03-10",
            Item = [new QuestionnaireResponse.ItemComponent { LinkId = "painDurationDays", Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(60) }] }],
        };
        var json = new BundleBuilder().Condition(FhirCodeSystems.Snomed, "267064002", onset: "2025-02-01").Add(response).Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Present, read.Presentation.Neurology.UrinaryRetention);
        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.BeganOrWorsenedWithin14Days);
        Assert.Contains(read.Report.Mapped, m => m.Field == "neurology.urinaryRetention" && m.Note!.Contains("within the episode of pain (since 2025-01-09)", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadBundle_RetentionOlderThan14DaysWithoutAnEpisode_IsNotUsed()
    {
        var json = new BundleBuilder().Condition(FhirCodeSystems.Snomed, "267064002", onset: "2025-02-01").Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.UrinaryRetention);
        Assert.Contains("onset 2025-02-01, before the episode (more than 14 days before the assessment", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBundle_ActiveSymptomWithAbatementBeforeTheAssessment_IsNotUsedAsResolved()
    {
        var json = CancerPatient().Condition(FhirCodeSystems.Snomed, "22325002", onset: "2025-03-01", abatement: "2025-03-08").Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.GaitDisturbance);
        Assert.Contains("resolved before the assessment date 2025-03-10", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBundle_SymptomOnsetInTheFuture_IsNotUsed()
    {
        var json = new BundleBuilder().Condition(FhirCodeSystems.Icd10, "R33", onset: "2025-04-01").Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.UrinaryRetention);
        Assert.Contains("onset 2025-04-01 is after the assessment date 2025-03-10", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
    }
}
