using FsCheck;
using FsCheck.Fluent;
using Hl7.Fhir.Model;
using RedFlags.Testing;

namespace RedFlags.Fhir.Tests;

public class QuestionnaireResponseTests
{
    private static readonly CalendarDate s_date = RedFlagsArbitraries.AssessmentDate;

    private static QuestionnaireResponse Response(string? questionnaire = null, string authored = "2026-11-24", string id = "qr1", params (string LinkId, DataType Value)[] answers)
    {
        var response = new QuestionnaireResponse
        {
            Id = id,
            Questionnaire = questionnaire ?? RedFlagsQuestionnaire.Url + "|" + RedFlagsQuestionnaire.Version,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Authored = authored,
        };
        var group = new QuestionnaireResponse.ItemComponent { LinkId = "neurology" };
        foreach (var (linkId, value) in answers)
        {
            group.Item.Add(new QuestionnaireResponse.ItemComponent { LinkId = linkId, Answer = [new QuestionnaireResponse.AnswerComponent { Value = value }] });
        }

        response.Item.Add(group);
        return response;
    }

    private static Coding Present => RedFlagsQuestionnaire.PresenceCoding(Presence.Present);

    private static Coding Absent => RedFlagsQuestionnaire.PresenceCoding(Presence.Absent);

    [Fact]
    public void ToResponse_GeneratedPresentations_ReadBackWithTheSameFindingsAndQuantities()
    {
        Prop.ForAll(RedFlagsArbitraries.ValidPresentations(), patient =>
        {
            // The list of cancers (sites, metastases) comes from coded Conditions, not from the questionnaire, whose
            // cancer items are findings: the round trip is over presentations without a listed cancer.
            var presentation = patient.Value with { History = patient.Value.History with { Cancers = [] } };
            var json = TestData.Json(RedFlagsQuestionnaire.ToResponse(presentation));
            var read = FhirPresentationReader.ReadBundle(json, presentation.AssessmentDate, presentation.CareSetting).Presentation;
            foreach (var finding in Vocabulary.AllFindings)
            {
                Assert.True(presentation.Read(finding) == read.Read(finding), Vocabulary.Name(finding) + ": " + presentation.Read(finding) + " written, " + read.Read(finding) + " read");
            }

            foreach (var quantity in Vocabulary.AllQuantities)
            {
                Assert.True(presentation.Read(quantity) == read.Read(quantity), Vocabulary.Name(quantity) + ": " + presentation.Read(quantity) + " written, " + read.Read(quantity) + " read");
            }

            Assert.Equal(presentation.Sex, read.Sex);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ReadBundle_ResponseAlone_MapsEveryAnswerIntoTheReport()
    {
        var response = Response(answers: [("saddleNumbness", Present), ("urinaryRetention", Absent), ("faecalIncontinence", RedFlagsQuestionnaire.PresenceCoding(Presence.Unknown)), ("postVoidResidualMillilitres", new FhirDecimal(350m))]);

        var read = FhirPresentationReader.ReadBundle(TestData.Json(response), s_date, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Present, read.Presentation.Neurology.SaddleNumbnessOrTingling);
        Assert.Equal(Presence.Absent, read.Presentation.Neurology.UrinaryRetention);
        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.FaecalIncontinence);
        Assert.Equal(350, read.Presentation.Examination.PostVoidResidualMillilitres);
        Assert.Equal(3, read.Report.Mapped.Count(m => m.Source == "QuestionnaireResponse/qr1"));
        Assert.Contains(read.Report.NotUsed, u => u.Source == "QuestionnaireResponse/qr1" && u.Reason.Contains("'faecalIncontinence' answered unknown", StringComparison.Ordinal));
        Assert.Contains(read.Report.Mapped, m => m.Field == "examination.postVoidResidualMillilitres" && m.Unit == "mL" && m.Number == 350);
    }

    [Fact]
    public void ReadBundle_LegSymptomsInOneLegPresentAndBothLegsAbsent_ReadsOneLeg()
    {
        var response = Response(answers: [("legSymptomsInOneLeg", Present), ("legSymptomsInBothLegs", Absent), ("legWeakness", Present), ("progressiveLegWeakness", Absent)]);

        var read = FhirPresentationReader.ReadBundle(TestData.Json(response), s_date, CareSetting.PrimaryCare).Presentation;

        Assert.Equal(LegSymptomSide.OneLeg, read.Neurology.LegSymptoms);
        Assert.Equal(LegWeakness.Stable, read.Neurology.LegWeakness);
    }

    [Fact]
    public void ReadBundle_AbsentAnswerThatWouldUndoAPresentOne_IsReportedAndNotApplied()
    {
        var response = Response(answers: [("personalHistoryOfCancer", Present), ("metastaticCancer", Absent)]);

        var read = FhirPresentationReader.ReadBundle(TestData.Json(response), s_date, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Present, read.Presentation.Read(Finding.PersonalHistoryOfCancer));
        Assert.Contains("cannot be recorded without changing personalHistoryOfCancer (answered present)", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/Questionnaire/phq-9|1.0.0", "is not the red-flag questionnaire")]
    [InlineData(RedFlagsQuestionnaire.Url + "|0.9.0", "version '0.9.0' is not 1.0.0")]
    public void ReadBundle_ResponseToAnotherQuestionnaire_IsReportedAndTheRestIsRead(string canonical, string expected)
    {
        var json = new BundleBuilder().Patient("female", "1961-02-03").Add(Response(canonical, answers: [("saddleNumbness", Present)])).Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);

        var issue = Assert.Single(read.Report.Issues, i => i.Severity == FhirIssueSeverity.Error);
        Assert.Equal("QuestionnaireResponse/qr1", issue.Source);
        Assert.Contains(expected, issue.Message, StringComparison.Ordinal);
        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.SaddleNumbnessOrTingling);
        Assert.Equal(Sex.Female, read.Presentation.Sex);
    }

    [Fact]
    public void ReadBundle_AnswerOfTheWrongType_IsReportedWithItsLinkIdAndValue()
    {
        var response = Response(answers: [("saddleNumbness", new FhirString("yes")), ("temperatureCelsius", Present), ("urinaryRetention", Present)]);

        var read = FhirPresentationReader.ReadBundle(TestData.Json(response), s_date, CareSetting.PrimaryCare);

        var saddle = Assert.Single(read.Report.NotUsed, u => u.Reason.Contains("'saddleNumbness'", StringComparison.Ordinal));
        Assert.Equal("QuestionnaireResponse/qr1", saddle.Source);
        Assert.Contains("valueString 'yes'", saddle.Reason, StringComparison.Ordinal);
        Assert.Contains(read.Report.NotUsed, u => u.Reason.Contains("'temperatureCelsius': the answer valueCoding", StringComparison.Ordinal));
        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.SaddleNumbnessOrTingling);
        Assert.Equal(Presence.Present, read.Presentation.Neurology.UrinaryRetention);
    }

    [Fact]
    public void ReadBundle_UnknownLinkId_IsReportedAndTheRestIsRead()
    {
        var response = Response(answers: [("saddleAnaesthesia", Present), ("saddleNumbness", Present)]);

        var read = FhirPresentationReader.ReadBundle(TestData.Json(response), s_date, CareSetting.PrimaryCare);

        var unknown = Assert.Single(read.Report.NotUsed);
        Assert.Equal("QuestionnaireResponse/qr1", unknown.Source);
        Assert.Contains("linkId 'saddleAnaesthesia' is not an item", unknown.Reason, StringComparison.Ordinal);
        Assert.Equal(Presence.Present, read.Presentation.Neurology.SaddleNumbnessOrTingling);
    }

    [Fact]
    public void ReadBundle_AuthoredAfterTheAssessmentDate_IsNotUsed()
    {
        var json = new BundleBuilder().Patient("male", "1950-01-01").Add(Response(authored: "2026-11-25", answers: [("saddleNumbness", Present)])).Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);

        var notUsed = Assert.Single(read.Report.NotUsed);
        Assert.Equal("QuestionnaireResponse/qr1", notUsed.Source);
        Assert.Contains("authored 2026-11-25 is after the assessment date 2026-11-24", notUsed.Reason, StringComparison.Ordinal);
        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.SaddleNumbnessOrTingling);
        Assert.Equal(Sex.Male, read.Presentation.Sex);
    }

    [Fact]
    public void ReadBundle_AuthoredMoreThan14DaysBeforeTheAssessment_IsNotUsed()
    {
        var json = new BundleBuilder().Patient("male", "1950-01-01").Add(Response(authored: "2012-05-01", answers: [("saddleNumbness", Present)])).Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);

        Assert.Contains("authored 2012-05-01 is more than 14 days before the assessment date 2026-11-24", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.SaddleNumbnessOrTingling);
    }

    [Fact]
    public void ReadBundle_NumberOutOfRange_IsReportedWithTheRange()
    {
        var response = Response(answers: [("temperatureCelsius", new FhirDecimal(98.6m))]);

        var read = FhirPresentationReader.ReadBundle(TestData.Json(response), s_date, CareSetting.PrimaryCare);

        Assert.Contains("98.6 Cel is outside 25 to 45", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
        Assert.Null(read.Presentation.Systemic.TemperatureCelsius);
    }

    [Fact]
    public void ReadBundle_PatientCancerAndSaddleNumbness_ReachesAnEmergency()
    {
        var json = new BundleBuilder()
            .Patient("female", "1961-02-03")
            .Condition(FhirCodeSystems.Icd10, "C50.9", clinical: "remission")
            .Add(Response(answers: [("saddleNumbness", Present)]))
            .Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);
        var assessment = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(read.Presentation);

        Assert.Equal(Urgency.Emergency, assessment.Urgency);
        Assert.Contains(read.Report.Mapped, m => m.Field == "neurology.saddleNumbnessOrTingling" && m.Source == "QuestionnaireResponse/qr1");
    }
}
