namespace RedFlags.Fhir.Tests;

public class CodeTableTests
{
    private static readonly CalendarDate s_date = new(2025, 3, 10);

    private const string LocalSystem = "https://hospital.example.org/codes/problems";

    private static FhirReadResult Read(string json, FhirCodeTables tables) =>
        FhirPresentationReader.ReadJson([json], s_date, CareSetting.PrimaryCare, new FhirReadOptions { CodeTables = tables });

    [Fact]
    public void Add_LocalConditionCode_IsReadWithItsDates()
    {
        var tables = FhirCodeTables.Default.Add([new FhirCodeMapping { Kind = FhirCodeKind.Condition, System = LocalSystem, Code = "SADDLE-1", Finding = Finding.UrinaryRetention, Display = "Retention (local)", Source = "Hospital problem list v3" }]);
        var json = new BundleBuilder().Condition(LocalSystem, "SADDLE-1", onset: "2025-03-08").Json();

        var read = Read(json, tables);

        Assert.Equal(Presence.Present, read.Presentation.Neurology.UrinaryRetention);
        Assert.Equal(Presence.Present, read.Presentation.Neurology.BeganOrWorsenedWithin14Days);
        Assert.Contains(read.Report.Mapped, m => m.Code == LocalSystem + "|SADDLE-1" && m.Note!.Contains("Retention (local)", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadJson_LocalCodeWithoutTheOptions_IsReportedAsNotInTheTables()
    {
        var json = new BundleBuilder().Condition(LocalSystem, "SADDLE-1", onset: "2025-03-08").Json();

        var read = FhirPresentationReader.ReadBundle(json, s_date, CareSetting.PrimaryCare);

        Assert.Equal(Presence.Unknown, read.Presentation.Neurology.UrinaryRetention);
        Assert.Contains("not in the mapping tables", Assert.Single(read.Report.NotUsed).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_LocalMedicationAndCancerCodes_AreRead()
    {
        const string dmd = "https://dmd.nhs.uk";
        var tables = FhirCodeTables.FromJson("""
            {"codes": [
              {"kind": "medication", "system": "https://dmd.nhs.uk", "code": "LOCAL-PRED", "finding": "corticosteroidUse", "display": "Prednisolone (local pick list)", "source": "Trust formulary 2025"},
              {"kind": "condition", "system": "https://hospital.example.org/codes/problems", "code": "CA-BR", "finding": "personalHistoryOfCancer", "site": "breast", "display": "Breast cancer (local)", "source": "Hospital problem list v3"}
            ]}
            """);
        var json = new BundleBuilder().Condition(LocalSystem, "CA-BR", clinical: "remission").Steroid("unused", "2025-01-01", null).Json().Replace("http://www.whocc.no/atc", dmd, StringComparison.Ordinal).Replace("\"unused\"", "\"LOCAL-PRED\"", StringComparison.Ordinal);

        var read = Read(json, tables);

        Assert.Equal(2, tables.Local.Count);
        Assert.Equal(CancerSite.Breast, Assert.Single(read.Presentation.History.Cancers).PrimarySite);
        Assert.Equal(Presence.Present, read.Presentation.History.CorticosteroidUse);
    }

    [Fact]
    public void FromJson_BadRows_ListEveryErrorWithFieldAndValue()
    {
        var ex = Assert.Throws<FhirCodeTableException>(() => FhirCodeTables.FromJson("""
            {"codes": [
              {"kind": "observation", "system": "http://snomed.info/sct", "code": "1", "finding": "gaitDisturbance", "source": "x"},
              {"kind": "condition", "system": "not a uri", "code": "", "finding": "saddle", "source": "x"},
              {"kind": "condition", "system": "http://snomed.info/sct", "code": "2", "finding": "cervicalPain", "source": ""},
              {"kind": "condition", "system": "http://snomed.info/sct", "code": "3", "finding": "gaitDisturbance", "source": "x", "colour": "red"}
            ]}
            """));

        Assert.Contains("codes[0].kind: 'observation' is not condition, medication or procedure.", ex.Errors);
        Assert.Contains("codes[1].finding: 'saddle' is not a finding name (for example gaitDisturbance).", ex.Errors);
        Assert.Contains(ex.Errors, e => e.StartsWith("codes[2].finding: 'cervicalPain' cannot be read from a condition code", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("codes[2].source: is empty", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("codes[3].colour: unknown property", StringComparison.Ordinal));
    }

    [Fact]
    public void FromJson_RowWithABadKindAndFinding_StillListsItsOtherErrors()
    {
        var ex = Assert.Throws<FhirCodeTableException>(() => FhirCodeTables.FromJson("""
            {"codes": [{"kind": "observation", "system": "not a uri", "code": " ", "finding": "saddle", "source": ""}]}
            """));

        Assert.Equal(5, ex.Errors.Count);
        Assert.Contains("codes[0].system: 'not a uri' is not an absolute URI.", ex.Errors);
        Assert.Contains("codes[0].code: is empty.", ex.Errors);
        Assert.Contains(ex.Errors, e => e.StartsWith("codes[0].source: is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void FromJson_NotJson_ThrowsACodeTableError()
    {
        var ex = Assert.Throws<FhirCodeTableException>(() => FhirCodeTables.FromJson("{codes"));

        Assert.StartsWith("The local code mappings are not JSON", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Default_Mappings_ExposeTheBuiltInRowsWithTheirFindings()
    {
        var mappings = FhirCodeTables.Default.Mappings;

        Assert.Contains(mappings, m => m.Kind == FhirCodeKind.Condition && m.System == FhirCodeSystems.Snomed && m.Code == "22325002" && m.Finding == Finding.GaitDisturbance);
        Assert.Contains(mappings, m => m.Kind == FhirCodeKind.Condition && m.Code == "C50" && m.IsPrefix && m.Finding == Finding.PersonalHistoryOfCancer && m.Site == CancerSite.Breast);
        Assert.Contains(mappings, m => m.Kind == FhirCodeKind.Procedure && m.Finding == Finding.RecentSpinalProcedureOrHardware);
        Assert.Empty(FhirCodeTables.Default.Local);
    }
}
