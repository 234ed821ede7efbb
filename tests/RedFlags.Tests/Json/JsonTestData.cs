namespace RedFlags.Tests.Json;

/// <summary>Example presentations, the golden folder and location helpers shared by the JSON tests.</summary>
internal static class JsonTestData
{
    public static readonly CalendarDate Today = new(2025, 3, 14);

    public static IReadOnlyDictionary<string, PatientPresentation> Presentations { get; } = new Dictionary<string, PatientPresentation>
    {
        ["sparse"] = new PatientPresentation { AssessmentDate = Today },
        ["cauda-equina"] = new PatientPresentation
        {
            AssessmentDate = Today,
            AgeYears = 44,
            Sex = Sex.Female,
            CareSetting = CareSetting.EmergencyDepartment,
            Pain = new PainFeatures { Lumbar = Presence.Present, DurationDays = 5, Mechanical = Presence.Present, RadicularOrBandLike = Presence.Present },
            History = new MedicalHistory { PersonalHistoryOfCancer = Presence.Absent, Trauma = TraumaSeverity.None },
            Systemic = new SystemicFeatures { Fever = Presence.Absent, TemperatureCelsius = 36.8 },
            Neurology = new NeurologicalFeatures
            {
                LegWeakness = LegWeakness.Stable,
                LegSymptoms = LegSymptomSide.BothLegs,
                SaddleNumbnessOrTingling = Presence.Present,
                UrinaryRetention = Presence.Present,
                FaecalIncontinence = Presence.Absent,
                BeganOrWorsenedWithin14Days = Presence.Present,
            },
            Examination = new ExaminationFindings { ReducedAnalTone = Presence.Unknown, PostVoidResidualMillilitres = 350 },
        },
        ["cancer-history"] = new PatientPresentation
        {
            AssessmentDate = Today,
            DateOfBirth = new CalendarDate(1956, 7, 2),
            Sex = Sex.Female,
            CareSetting = CareSetting.PrimaryCare,
            Pain = new PainFeatures { Thoracic = Presence.Present, OnsetDate = new CalendarDate(2025, 1, 20), WorseAtNightOrWakesFromSleep = Presence.Present, Persistent = Presence.Present },
            History = new MedicalHistory
            {
                PersonalHistoryOfCancer = Presence.Present,
                Cancers =
                [
                    new CancerHistory { PrimarySite = CancerSite.Breast, DiagnosisDate = new CalendarDate(2019, 5, 1), Metastatic = Presence.Absent, UnderTreatment = Presence.Absent },
                    new CancerHistory { PrimarySite = CancerSite.NonMelanomaSkin },
                ],
                FamilyHistoryOfCancer = Presence.Present,
            },
            Systemic = new SystemicFeatures { UnexplainedWeightLoss = Presence.Present, WeightLossKilograms = 4.5, WeightLossPeriodWeeks = 8, NightSweats = Presence.Absent },
            Labs = new LaboratoryResults { EsrMillimetresPerHour = 62, CrpMilligramsPerLitre = 12.5, Anaemia = Presence.Absent },
        },
        ["fracture"] = new PatientPresentation
        {
            AssessmentDate = Today,
            AgeYears = 76,
            Sex = Sex.Male,
            CareSetting = CareSetting.SpecialistSpineService,
            Pain = new PainFeatures { Lumbar = Presence.Present, DurationDays = 3, LocalisedSpinalTenderness = Presence.Present },
            History = new MedicalHistory { CorticosteroidUse = Presence.Present, CorticosteroidDurationDays = 400, Osteoporosis = Presence.Present, Trauma = TraumaSeverity.LowEnergy },
            Examination = new ExaminationFindings { SpinalBruiseOrGraze = Presence.Present },
        },
    };

    public static IEnumerable<object[]> PresentationNames() => Presentations.Keys.Select(k => new object[] { k });

    /// <summary>The folder of the approved JSON files, relative to the repository root.</summary>
    public const string Golden = "tests/RedFlags.Tests/Golden";

    /// <summary>The 1-based line and byte position of the first occurrence of <paramref name="marker"/> (ASCII documents).</summary>
    public static (long Line, long Position) Locate(string json, string marker)
    {
        var index = json.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"marker {marker} not found");
        var before = json[..index];
        var line = before.Count(c => c == '\n') + 1;
        var position = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, position);
    }

    public static ValidationError Single(ValidationResult result, string code)
    {
        var matches = result.Errors.Where(e => e.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got: {string.Join(" | ", result.Errors)}");
        return matches[0];
    }

    public static void AssertAt(ValidationError error, string path, string json, string marker)
    {
        var (line, position) = Locate(json, marker);
        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Equal(position, error.Position);
    }
}
