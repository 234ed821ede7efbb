namespace RedFlags.Fhir.Tests;

public class NotSuppliedTests
{
    private static readonly CalendarDate s_date = new(2025, 3, 10);

    [Fact]
    public void NotSupplied_CancerPatientWithStaleGait_ListsTheUnknownFactsOnly()
    {
        var json = new BundleBuilder()
            .Patient("female", "1961-02-03")
            .Condition(FhirCodeSystems.Icd10, "C50.9", clinical: "remission")
            .Condition(FhirCodeSystems.Snomed, "22325002", recorded: "2012-05-01")
            .Json();

        var report = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare).Report;

        Assert.Contains("gaitDisturbance", report.NotSupplied);
        Assert.Contains("saddleNumbness", report.NotSupplied);
        Assert.DoesNotContain("personalHistoryOfCancer", report.NotSupplied);
        Assert.DoesNotContain("highRiskPrimaryCancer", report.NotSupplied);
        Assert.DoesNotContain("ageYears", report.NotSupplied);
        Assert.DoesNotContain(RedFlagsQuestionnaire.SexLinkId, report.NotSupplied);
    }

    [Fact]
    public void DecisiveNotSupplied_CancerPatient_AsksForTheFactsThatCouldMakeItAnEmergency()
    {
        var json = new BundleBuilder().Patient("female", "1961-02-03").Condition(FhirCodeSystems.Icd10, "C50.9", clinical: "remission").Json();
        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);
        var assessment = new RedFlagEvaluator(DefaultCatalogue.RuleSet).Assess(read.Presentation);

        var decisive = read.Report.DecisiveNotSupplied(assessment);

        Assert.Contains(decisive, q => q.Name == "saddleNumbness" && q.CouldRaiseUrgencyTo == Urgency.Emergency);
        Assert.Contains(decisive, q => q.Name == "gaitDisturbance");
        Assert.All(decisive, q => Assert.Contains(q.Name, read.Report.NotSupplied));
        Assert.DoesNotContain(decisive, q => q.Name == "personalHistoryOfCancer");
    }
}
