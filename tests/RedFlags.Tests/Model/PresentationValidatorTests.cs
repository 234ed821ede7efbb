using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Model;

public class PresentationValidatorTests
{
    [Fact]
    public void Validate_SparsePresentation_IsValid() => Assert.True(PresentationValidator.Validate(new PatientPresentation { AssessmentDate = Today }).IsValid);

    [Fact]
    public void Validate_MissingAssessmentDate_IsAnError()
        => AssertSingle(new PatientPresentation(), ErrorCodes.AssessmentDateMissing, "assessmentDate", null);

    [Theory]
    [InlineData(-1)]
    [InlineData(131)]
    public void Validate_ImpossibleAge_IsAnError(int age)
        => AssertSingle(Sparse(age), ErrorCodes.AgeOutOfRange, "ageYears", age.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(0)]
    [InlineData(130)]
    public void Validate_AgeAtTheLimits_IsValid(int age) => Assert.True(PresentationValidator.Validate(Sparse(age)).IsValid);

    [Fact]
    public void Validate_DateOfBirthAfterAssessment_IsAnError()
        => AssertSingle(Sparse(null) with { DateOfBirth = Today.AddDays(1) }, ErrorCodes.DateAfterAssessment, "dateOfBirth", "2026-11-25");

    [Fact]
    public void Validate_AgeContradictingDateOfBirth_IsAnError()
        => AssertSingle(Sparse(40) with { DateOfBirth = new CalendarDate(1950, 1, 1) }, ErrorCodes.AgeContradictsDateOfBirth, "ageYears", "40");

    [Fact]
    public void Validate_OnsetAfterAssessment_IsAnError()
        => AssertSingle(Sparse() with { Pain = new PainFeatures { OnsetDate = Today.AddDays(3) } }, ErrorCodes.DateAfterAssessment, "pain.onsetDate", "2026-11-27");

    [Fact]
    public void Validate_OnsetAndDurationBothGiven_IsAnError()
        => AssertSingle(Sparse() with { Pain = new PainFeatures { OnsetDate = Today.AddDays(-3), DurationDays = 3 } }, ErrorCodes.OnsetAndDurationBothGiven, "pain.durationDays", "3");

    [Theory]
    [InlineData(24.9)]
    [InlineData(45.1)]
    [InlineData(100.4)]
    public void Validate_TemperatureOutsideTwentyFiveToFortyFive_IsAnError(double celsius)
        => AssertSingle(Sparse() with { Systemic = new SystemicFeatures { TemperatureCelsius = celsius } }, ErrorCodes.TemperatureOutOfRange, "systemic.temperatureCelsius", celsius.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Validate_NotFiniteNumber_IsAnError(double value)
        => AssertSingle(Sparse() with { Labs = new LaboratoryResults { CrpMilligramsPerLitre = value } }, ErrorCodes.NumberNotFinite, "labs.crpMilligramsPerLitre", value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Validate_NegativeVolume_IsAnError()
        => AssertSingle(Sparse() with { Examination = new ExaminationFindings { PostVoidResidualMillilitres = -5 } }, ErrorCodes.ValueOutOfRange, "examination.postVoidResidualMillilitres", "-5");

    [Fact]
    public void Validate_NegativeWeightLoss_IsAnError()
        => AssertSingle(Sparse() with { Systemic = new SystemicFeatures { WeightLossKilograms = -2 } }, ErrorCodes.ValueOutOfRange, "systemic.weightLossKilograms", "-2");

    [Fact]
    public void Validate_UndefinedEnumValue_IsAnError()
        => AssertSingle(Sparse() with { Neurology = new NeurologicalFeatures { SaddleNumbnessOrTingling = (Presence)7 } }, ErrorCodes.UndefinedValue, "neurology.saddleNumbnessOrTingling", "7");

    [Fact]
    public void Validate_CancerListedButHistoryAbsent_IsAContradiction()
        => AssertSingle(
            Sparse() with { History = new MedicalHistory { PersonalHistoryOfCancer = Presence.Absent, Cancers = [new CancerHistory { PrimarySite = CancerSite.Lung }] } },
            ErrorCodes.CancerHistoryContradiction,
            "history.personalHistoryOfCancer",
            "absent");

    [Fact]
    public void Validate_CancerDiagnosedAfterAssessment_IsAnError()
        => AssertSingle(
            Sparse() with { History = new MedicalHistory { Cancers = [new CancerHistory(), new CancerHistory { DiagnosisDate = Today.AddDays(10) }] } },
            ErrorCodes.DateAfterAssessment,
            "history.cancers[1].diagnosisDate",
            "2026-12-04");

    [Fact]
    public void Validate_SteroidDurationWithUseAbsent_IsAContradiction()
        => AssertSingle(
            Sparse() with { History = new MedicalHistory { CorticosteroidUse = Presence.Absent, CorticosteroidDurationDays = 100 } },
            ErrorCodes.CorticosteroidContradiction,
            "history.corticosteroidDurationDays",
            "100");

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOneInFieldOrder()
    {
        var p = new PatientPresentation { AgeYears = 200, Systemic = new SystemicFeatures { TemperatureCelsius = 99 }, Labs = new LaboratoryResults { EsrMillimetresPerHour = -1 } };
        var result = PresentationValidator.Validate(p);
        Assert.Equal([ErrorCodes.AssessmentDateMissing, ErrorCodes.AgeOutOfRange, ErrorCodes.TemperatureOutOfRange, ErrorCodes.ValueOutOfRange], result.Errors.Select(e => e.Code));
        var ex = Assert.Throws<RedFlagsValidationException>(() => result.ThrowIfInvalid("presentation"));
        Assert.Equal(
            """
            The presentation is invalid: 4 problems.
            - RF1001 assessmentDate: The assessment date is required; RedFlags never reads the clock.
            - RF1002 ageYears: The age must be 0 to 130 years. (value: 200)
            - RF1007 systemic.temperatureCelsius: The temperature must be 25 to 45 °C; check the unit (Fahrenheit?). (value: 99)
            - RF1006 labs.esrMillimetresPerHour: The value must be 0 to 200 mm/h. (value: -1)
            """.ReplaceLineEndings("\n"),
            ex.Message);
    }

    [Fact]
    public void Sections_SetToNull_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Sparse() with { Pain = null! });
        Assert.Throws<ArgumentNullException>(() => new MedicalHistory { Cancers = null! });
    }

    [Fact]
    public void Presentations_WithEqualContent_AreEqualIncludingCancerLists()
    {
        PatientPresentation Make() => Sparse() with { History = new MedicalHistory { Cancers = [new CancerHistory { PrimarySite = CancerSite.Lung }] } };
        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), Make() with { History = new MedicalHistory { Cancers = [new CancerHistory { PrimarySite = CancerSite.Breast }] } });
    }

    // Also through the evaluator: its fast pre-check must send every invalid presentation to the full validator.
    private static void AssertSingle(PatientPresentation p, string code, string path, string? value)
    {
        var error = Assert.Single(PresentationValidator.Validate(p).Errors);
        Assert.Equal((code, path, value), (error.Code, error.Path, error.Value));
        Assert.Equal(error, Assert.Single(Assert.Throws<RedFlagsValidationException>(() => Evaluator.AssessUrgency(p)).Errors));
        Assert.Equal(error, Assert.Single(Assert.Throws<RedFlagsValidationException>(() => Evaluator.Assess(p)).Errors));
    }
}
