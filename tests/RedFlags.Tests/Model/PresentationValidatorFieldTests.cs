using System.Globalization;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Model;

/// <summary>
/// Field by field: every enum field, every number and every date, each just inside and just outside what is allowed.
/// Invalid values must be reported with the field's path by <see cref="PresentationValidator.Validate"/> and rejected
/// by the evaluator with exactly the same errors (its fast pre-check must never let one through); valid values at
/// every boundary must pass the fast pre-check itself, so that the evaluator's ordinary path stays the fast one.
/// </summary>
public class PresentationValidatorFieldTests
{
    private delegate PatientPresentation Setter(PatientPresentation p, int value);

    // Path as the validator reports it, the largest defined value, and how to set the field.
    private static readonly (string Path, int Max, Setter Set)[] s_enumFields =
    [
        ("sex", 3, (p, v) => p with { Sex = (Sex)v }),
        ("careSetting", 4, (p, v) => p with { CareSetting = (CareSetting)v }),
        P("pain.lumbar", (p, v) => p with { Pain = p.Pain with { Lumbar = v } }),
        P("pain.thoracic", (p, v) => p with { Pain = p.Pain with { Thoracic = v } }),
        P("pain.cervical", (p, v) => p with { Pain = p.Pain with { Cervical = v } }),
        P("pain.worseAtNightOrWakesFromSleep", (p, v) => p with { Pain = p.Pain with { WorseAtNightOrWakesFromSleep = v } }),
        P("pain.notRelievedByRestOrLyingDown", (p, v) => p with { Pain = p.Pain with { NotRelievedByRestOrLyingDown = v } }),
        P("pain.constantAndUnremitting", (p, v) => p with { Pain = p.Pain with { ConstantAndUnremitting = v } }),
        P("pain.progressiveOrWorsening", (p, v) => p with { Pain = p.Pain with { ProgressiveOrWorsening = v } }),
        P("pain.localisedSpinalTenderness", (p, v) => p with { Pain = p.Pain with { LocalisedSpinalTenderness = v } }),
        P("pain.worseOnStraining", (p, v) => p with { Pain = p.Pain with { WorseOnStraining = v } }),
        P("pain.mechanical", (p, v) => p with { Pain = p.Pain with { Mechanical = v } }),
        P("pain.radicularOrBandLike", (p, v) => p with { Pain = p.Pain with { RadicularOrBandLike = v } }),
        P("pain.insidiousOnset", (p, v) => p with { Pain = p.Pain with { InsidiousOnset = v } }),
        P("pain.persistent", (p, v) => p with { Pain = p.Pain with { Persistent = v } }),
        P("pain.noImprovementAfterFourWeeksOfConservativeCare", (p, v) => p with { Pain = p.Pain with { NoImprovementAfterFourWeeksOfConservativeCare = v } }),
        P("history.personalHistoryOfCancer", (p, v) => p with { History = p.History with { PersonalHistoryOfCancer = v } }),
        ("history.cancers[0].primarySite", 10, (p, v) => p with { History = p.History with { Cancers = [new CancerHistory { PrimarySite = (CancerSite)v }] } }),
        ("history.cancers[1].primarySite", 10, (p, v) => p with { History = p.History with { Cancers = [new CancerHistory(), new CancerHistory { PrimarySite = (CancerSite)v }] } }),
        P("history.cancers[0].metastatic", (p, v) => p with { History = p.History with { Cancers = [new CancerHistory { Metastatic = v }] } }),
        P("history.cancers[1].metastatic", (p, v) => p with { History = p.History with { Cancers = [new CancerHistory(), new CancerHistory { Metastatic = v }] } }),
        P("history.cancers[0].underTreatment", (p, v) => p with { History = p.History with { Cancers = [new CancerHistory { UnderTreatment = v }] } }),
        P("history.cancers[1].underTreatment", (p, v) => p with { History = p.History with { Cancers = [new CancerHistory(), new CancerHistory { UnderTreatment = v }] } }),
        P("history.familyHistoryOfCancer", (p, v) => p with { History = p.History with { FamilyHistoryOfCancer = v } }),
        P("history.clinicianSuspectsCancer", (p, v) => p with { History = p.History with { ClinicianSuspectsCancer = v } }),
        P("history.corticosteroidUse", (p, v) => p with { History = p.History with { CorticosteroidUse = v } }),
        P("history.immunosuppression", (p, v) => p with { History = p.History with { Immunosuppression = v } }),
        P("history.injectingDrugUse", (p, v) => p with { History = p.History with { InjectingDrugUse = v } }),
        P("history.osteoporosis", (p, v) => p with { History = p.History with { Osteoporosis = v } }),
        P("history.previousFragilityFracture", (p, v) => p with { History = p.History with { PreviousFragilityFracture = v } }),
        P("history.unexplainedFracture", (p, v) => p with { History = p.History with { UnexplainedFracture = v } }),
        ("history.trauma", 3, (p, v) => p with { History = p.History with { Trauma = (TraumaSeverity)v } }),
        P("history.recentInfectionOrBacteraemia", (p, v) => p with { History = p.History with { RecentInfectionOrBacteraemia = v } }),
        P("history.recentSpinalProcedureOrHardware", (p, v) => p with { History = p.History with { RecentSpinalProcedureOrHardware = v } }),
        P("history.indwellingVascularCatheter", (p, v) => p with { History = p.History with { IndwellingVascularCatheter = v } }),
        P("systemic.unexplainedWeightLoss", (p, v) => p with { Systemic = p.Systemic with { UnexplainedWeightLoss = v } }),
        P("systemic.fever", (p, v) => p with { Systemic = p.Systemic with { Fever = v } }),
        P("systemic.nightSweats", (p, v) => p with { Systemic = p.Systemic with { NightSweats = v } }),
        P("systemic.fatigue", (p, v) => p with { Systemic = p.Systemic with { Fatigue = v } }),
        ("neurology.legWeakness", 3, (p, v) => p with { Neurology = p.Neurology with { LegWeakness = (LegWeakness)v } }),
        ("neurology.legSymptoms", 3, (p, v) => p with { Neurology = p.Neurology with { LegSymptoms = (LegSymptomSide)v } }),
        P("neurology.numbnessOrTinglingInOneLeg", (p, v) => p with { Neurology = p.Neurology with { NumbnessOrTinglingInOneLeg = v } }),
        P("neurology.numbnessOrTinglingInBothLegs", (p, v) => p with { Neurology = p.Neurology with { NumbnessOrTinglingInBothLegs = v } }),
        P("neurology.saddleNumbnessOrTingling", (p, v) => p with { Neurology = p.Neurology with { SaddleNumbnessOrTingling = v } }),
        P("neurology.urinaryRetention", (p, v) => p with { Neurology = p.Neurology with { UrinaryRetention = v } }),
        P("neurology.urinaryIncontinence", (p, v) => p with { Neurology = p.Neurology with { UrinaryIncontinence = v } }),
        P("neurology.urinaryHesitancyOrPoorStream", (p, v) => p with { Neurology = p.Neurology with { UrinaryHesitancyOrPoorStream = v } }),
        P("neurology.alteredBladderSensation", (p, v) => p with { Neurology = p.Neurology with { AlteredBladderSensation = v } }),
        P("neurology.faecalIncontinence", (p, v) => p with { Neurology = p.Neurology with { FaecalIncontinence = v } }),
        P("neurology.alteredRectalSensation", (p, v) => p with { Neurology = p.Neurology with { AlteredRectalSensation = v } }),
        P("neurology.sexualDysfunction", (p, v) => p with { Neurology = p.Neurology with { SexualDysfunction = v } }),
        P("neurology.gaitDisturbance", (p, v) => p with { Neurology = p.Neurology with { GaitDisturbance = v } }),
        P("neurology.beganOrWorsenedWithin14Days", (p, v) => p with { Neurology = p.Neurology with { BeganOrWorsenedWithin14Days = v } }),
        P("examination.spinalBruiseOrGraze", (p, v) => p with { Examination = p.Examination with { SpinalBruiseOrGraze = v } }),
        P("examination.reducedAnalTone", (p, v) => p with { Examination = p.Examination with { ReducedAnalTone = v } }),
        P("labs.raisedCrp", (p, v) => p with { Labs = p.Labs with { RaisedCrp = v } }),
        P("labs.anaemia", (p, v) => p with { Labs = p.Labs with { Anaemia = v } }),
        P("labs.hypercalcaemia", (p, v) => p with { Labs = p.Labs with { Hypercalcaemia = v } }),
        P("labs.leukopenia", (p, v) => p with { Labs = p.Labs with { Leukopenia = v } }),
        P("labs.raisedPlasmaViscosity", (p, v) => p with { Labs = p.Labs with { RaisedPlasmaViscosity = v } }),
        P("labs.myelomaScreenAbnormal", (p, v) => p with { Labs = p.Labs with { MyelomaScreenAbnormal = v } }),
    ];

    // Path, the quantity whose vocabulary range applies, whether the field holds whole numbers, and how to set it.
    private static readonly (string Path, Quantity Quantity, bool Whole, Func<PatientPresentation, double, PatientPresentation> Set)[] s_numberFields =
    [
        ("pain.durationDays", Quantity.PainDurationDays, true, (p, v) => p with { Pain = p.Pain with { DurationDays = (int)v } }),
        ("history.corticosteroidDurationDays", Quantity.CorticosteroidDurationDays, true, (p, v) => p with { History = p.History with { CorticosteroidUse = Presence.Present, CorticosteroidDurationDays = (int)v } }),
        ("systemic.weightLossKilograms", Quantity.WeightLossKilograms, false, (p, v) => p with { Systemic = p.Systemic with { WeightLossKilograms = v } }),
        ("systemic.weightLossPeriodWeeks", Quantity.WeightLossPeriodWeeks, true, (p, v) => p with { Systemic = p.Systemic with { WeightLossPeriodWeeks = (int)v } }),
        ("systemic.temperatureCelsius", Quantity.TemperatureCelsius, false, (p, v) => p with { Systemic = p.Systemic with { TemperatureCelsius = v } }),
        ("examination.postVoidResidualMillilitres", Quantity.PostVoidResidualMillilitres, false, (p, v) => p with { Examination = p.Examination with { PostVoidResidualMillilitres = v } }),
        ("labs.esrMillimetresPerHour", Quantity.EsrMillimetresPerHour, false, (p, v) => p with { Labs = p.Labs with { EsrMillimetresPerHour = v } }),
        ("labs.crpMilligramsPerLitre", Quantity.CrpMilligramsPerLitre, false, (p, v) => p with { Labs = p.Labs with { CrpMilligramsPerLitre = v } }),
        ("labs.haemoglobinGramsPerLitre", Quantity.HaemoglobinGramsPerLitre, false, (p, v) => p with { Labs = p.Labs with { HaemoglobinGramsPerLitre = v } }),
        ("labs.adjustedCalciumMillimolesPerLitre", Quantity.AdjustedCalciumMillimolesPerLitre, false, (p, v) => p with { Labs = p.Labs with { AdjustedCalciumMillimolesPerLitre = v } }),
        ("labs.whiteCellCountBillionsPerLitre", Quantity.WhiteCellCountBillionsPerLitre, false, (p, v) => p with { Labs = p.Labs with { WhiteCellCountBillionsPerLitre = v } }),
        ("labs.plasmaViscosityMillipascalSeconds", Quantity.PlasmaViscosityMillipascalSeconds, false, (p, v) => p with { Labs = p.Labs with { PlasmaViscosityMillipascalSeconds = v } }),
    ];

    [Fact]
    public void AssessAndAssessUrgency_UndefinedValueInAnyEnumField_AreRejectedLikeTheFullValidator()
    {
        foreach (var (path, max, set) in s_enumFields)
        {
            foreach (var undefined in new[] { -1, max + 1 })
            {
                var p = set(Sparse(), undefined);
                var error = Assert.Single(PresentationValidator.Validate(p).Errors);
                Assert.Equal((ErrorCodes.UndefinedValue, path, undefined.ToString(CultureInfo.InvariantCulture)), (error.Code, error.Path, error.Value));
                AssertEvaluatorRejectsWith([error], p);
            }
        }
    }

    [Fact]
    public void IsPlainlyValid_EveryDefinedValueOfEveryEnumField_IsAccepted()
    {
        foreach (var (path, max, set) in s_enumFields)
        {
            for (var value = 0; value <= max; value++)
            {
                var p = set(Sparse(), value);
                Assert.True(PresentationValidator.Validate(p).IsValid, $"{path} = {value}");
                Assert.True(PresentationValidator.IsPlainlyValid(p), $"{path} = {value}");
                Assert.True(PresentationValidator.IsValid(p), $"{path} = {value}");
            }
        }
    }

    [Fact]
    public void AssessAndAssessUrgency_NumberJustOutsideItsRange_AreRejectedLikeTheFullValidator()
    {
        foreach (var (path, quantity, whole, set) in s_numberFields)
        {
            var (minimum, maximum) = Vocabulary.Range(quantity);
            var outside = whole ? new[] { minimum - 1, maximum + 1 } : [Math.BitDecrement(minimum), Math.BitIncrement(maximum), minimum - 1, maximum + 1];
            foreach (var value in outside)
            {
                var p = set(Sparse(), value);
                var error = Assert.Single(PresentationValidator.Validate(p).Errors);
                var code = quantity == Quantity.TemperatureCelsius ? ErrorCodes.TemperatureOutOfRange : ErrorCodes.ValueOutOfRange;
                Assert.Equal((code, path, value.ToString("R", CultureInfo.InvariantCulture)), (error.Code, error.Path, error.Value));
                AssertEvaluatorRejectsWith([error], p);
            }
        }
    }

    [Fact]
    public void AssessAndAssessUrgency_NumberNotFinite_AreRejectedLikeTheFullValidator()
    {
        foreach (var (path, _, whole, set) in s_numberFields)
        {
            if (whole)
            {
                continue;
            }

            foreach (var value in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            {
                var p = set(Sparse(), value);
                var error = Assert.Single(PresentationValidator.Validate(p).Errors);
                Assert.Equal((ErrorCodes.NumberNotFinite, path), (error.Code, error.Path));
                AssertEvaluatorRejectsWith([error], p);
            }
        }
    }

    [Fact]
    public void IsPlainlyValid_EveryNumberAtItsMinimumAndMaximum_IsAccepted()
    {
        foreach (var (path, quantity, _, set) in s_numberFields)
        {
            var (minimum, maximum) = Vocabulary.Range(quantity);
            foreach (var value in new[] { minimum, maximum, (minimum + maximum) / 2 })
            {
                var p = set(Sparse(), value);
                Assert.True(PresentationValidator.Validate(p).IsValid, $"{path} = {value}");
                Assert.True(PresentationValidator.IsPlainlyValid(p), $"{path} = {value}");
            }
        }
    }

    [Fact]
    public void IsPlainlyValid_AgeAtItsLimits_IsAccepted()
    {
        var (minimum, maximum) = Vocabulary.Range(Quantity.AgeYears);
        Assert.True(PresentationValidator.IsPlainlyValid(Sparse((int)minimum)));
        Assert.True(PresentationValidator.IsPlainlyValid(Sparse((int)maximum)));
        Assert.True(PresentationValidator.IsPlainlyValid(Sparse(null)));
        Assert.False(PresentationValidator.IsPlainlyValid(Sparse((int)maximum + 1)));
        Assert.False(PresentationValidator.IsPlainlyValid(Sparse(-1)));
    }

    [Fact]
    public void IsPlainlyValid_DateOfBirthFromTheAssessmentDayTo130TimesThreeHundredSixtyFiveDaysBefore_IsAccepted()
    {
        foreach (var days in new[] { 0, 1, 40 * 365, PresentationValidator.MaximumAgeYears * 365 })
        {
            var p = Sparse(null) with { DateOfBirth = Today.AddDays(-days) };
            Assert.True(PresentationValidator.Validate(p).IsValid, $"{days} days");
            Assert.True(PresentationValidator.IsPlainlyValid(p), $"{days} days");
        }
    }

    [Fact]
    public void Validate_DateOfBirthGivingExactly130Years_IsValidAndOneDayEarlierIsNot()
    {
        var born130 = new CalendarDate(Today.Year - PresentationValidator.MaximumAgeYears, Today.Month, Today.Day);
        Assert.True(PresentationValidator.Validate(Sparse(null) with { DateOfBirth = born130 }).IsValid);
        Assert.True(PresentationValidator.IsValid(Sparse(null) with { DateOfBirth = born130 }));

        var tooOld = Sparse(null) with { DateOfBirth = new CalendarDate(Today.Year - PresentationValidator.MaximumAgeYears - 1, Today.Month, Today.Day) };
        var error = Assert.Single(PresentationValidator.Validate(tooOld).Errors);
        Assert.Equal((ErrorCodes.AgeOutOfRange, "dateOfBirth"), (error.Code, error.Path));
        AssertEvaluatorRejectsWith([error], tooOld);
    }

    [Fact]
    public void Validate_AgeAgreeingWithDateOfBirth_IsValid()
    {
        var p = Sparse(40) with { DateOfBirth = new CalendarDate(Today.Year - 40, Today.Month, Today.Day) };
        Assert.True(PresentationValidator.Validate(p).IsValid);
        Assert.Equal(Urgency.Routine, Evaluator.AssessUrgency(p));
    }

    [Fact]
    public void IsPlainlyValid_DatesOnTheAssessmentDay_AreAccepted()
    {
        PatientPresentation[] onTheDay =
        [
            Sparse(null) with { DateOfBirth = Today },
            Sparse() with { Pain = new PainFeatures { OnsetDate = Today } },
            Sparse() with { History = new MedicalHistory { Cancers = [new CancerHistory { DiagnosisDate = Today }] } },
        ];
        foreach (var p in onTheDay)
        {
            Assert.True(PresentationValidator.Validate(p).IsValid);
            Assert.True(PresentationValidator.IsPlainlyValid(p));
        }
    }

    [Fact]
    public void AssessAndAssessUrgency_DatesTheDayAfterTheAssessment_AreRejectedLikeTheFullValidator()
    {
        var tomorrow = Today.AddDays(1);
        (PatientPresentation P, string Path)[] cases =
        [
            (Sparse(null) with { DateOfBirth = tomorrow }, "dateOfBirth"),
            (Sparse() with { Pain = new PainFeatures { OnsetDate = tomorrow } }, "pain.onsetDate"),
            (Sparse() with { History = new MedicalHistory { Cancers = [new CancerHistory { DiagnosisDate = tomorrow }] } }, "history.cancers[0].diagnosisDate"),
        ];
        foreach (var (p, path) in cases)
        {
            var error = Assert.Single(PresentationValidator.Validate(p).Errors);
            Assert.Equal((ErrorCodes.DateAfterAssessment, path, tomorrow.ToString()), (error.Code, error.Path, error.Value));
            AssertEvaluatorRejectsWith([error], p);
        }
    }

    [Fact]
    public void IsPlainlyValid_CorticosteroidDurationsConsistentWithUse_AreAccepted()
    {
        PatientPresentation Steroids(Presence use, int days) => Sparse() with { History = new MedicalHistory { CorticosteroidUse = use, CorticosteroidDurationDays = days } };
        foreach (var p in new[] { Steroids(Presence.Absent, 0), Steroids(Presence.Unknown, 0), Steroids(Presence.Present, 1), Steroids(Presence.Unknown, 30), Steroids(Presence.Present, 36_500) })
        {
            Assert.True(PresentationValidator.Validate(p).IsValid);
            Assert.True(PresentationValidator.IsPlainlyValid(p));
        }

        var contradiction = Steroids(Presence.Absent, 1);
        var error = Assert.Single(PresentationValidator.Validate(contradiction).Errors);
        Assert.Equal((ErrorCodes.CorticosteroidContradiction, "1"), (error.Code, error.Value));
        AssertEvaluatorRejectsWith([error], contradiction);
    }

    [Fact]
    public void IsPlainlyValid_CancersConsistentWithHistory_AreAccepted()
    {
        PatientPresentation Cancers(Presence history, params CancerSite[] sites)
            => Sparse() with { History = new MedicalHistory { PersonalHistoryOfCancer = history, Cancers = sites.Select(s => new CancerHistory { PrimarySite = s }).ToArray() } };
        foreach (var p in new[] { Cancers(Presence.Absent, CancerSite.NonMelanomaSkin), Cancers(Presence.Unknown, CancerSite.Breast), Cancers(Presence.Present, CancerSite.Lung, CancerSite.Other) })
        {
            Assert.True(PresentationValidator.Validate(p).IsValid);
            Assert.True(PresentationValidator.IsPlainlyValid(p));
        }

        // However many cancers are listed, the contradiction with an absent history is reported once.
        foreach (var p in new[] { Cancers(Presence.Absent, CancerSite.Lung), Cancers(Presence.Absent, CancerSite.Lung, CancerSite.Breast), Cancers(Presence.Absent, CancerSite.NonMelanomaSkin, CancerSite.Breast, CancerSite.Other) })
        {
            var error = Assert.Single(PresentationValidator.Validate(p).Errors);
            Assert.Equal((ErrorCodes.CancerHistoryContradiction, "history.personalHistoryOfCancer"), (error.Code, error.Path));
            AssertEvaluatorRejectsWith([error], p);
        }
    }

    [Fact]
    public void IsPlainlyValid_OnsetAndDurationTogether_IsRejectedAndSoIsTheEvaluatorCall()
    {
        var p = Sparse() with { Pain = new PainFeatures { OnsetDate = Today, DurationDays = 0 } };
        Assert.False(PresentationValidator.IsPlainlyValid(p));
        var error = Assert.Single(PresentationValidator.Validate(p).Errors);
        AssertEvaluatorRejectsWith([error], p);
    }

    [Fact]
    public void IsValid_RichValidPresentation_IsTrueWithoutTheFullCheck()
    {
        var p = NothingFound();
        Assert.True(PresentationValidator.IsPlainlyValid(p));
        Assert.True(PresentationValidator.IsValid(p));
    }

    [Fact]
    public void Validate_Null_ThrowsArgumentNullException()
        => Assert.Equal("presentation", Assert.Throws<ArgumentNullException>(() => PresentationValidator.Validate(null!)).ParamName);

    [Fact]
    public void Validate_ValidPresentationWithCancers_AllocatesNothing()
    {
        // Paths such as "history.cancers[0].primarySite" must only be built for a wrong value.
        var p = Sparse() with
        {
            History = new MedicalHistory
            {
                PersonalHistoryOfCancer = Presence.Present,
                Cancers =
                [
                    new CancerHistory { PrimarySite = CancerSite.Unknown, Metastatic = Presence.Unknown, UnderTreatment = Presence.Unknown },
                    new CancerHistory { PrimarySite = CancerSite.Other, Metastatic = Presence.Present, UnderTreatment = Presence.Present },
                    new CancerHistory { PrimarySite = CancerSite.Lung, Metastatic = Presence.Absent, UnderTreatment = Presence.Absent, DiagnosisDate = Today },
                ],
            },
        };
        Assert.True(PresentationValidator.Validate(p).IsValid);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = PresentationValidator.Validate(p);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(ValidationResult.Valid, result);
        Assert.Equal(0, allocated);
    }

    private static (string, int, Setter) P(string path, Func<PatientPresentation, Presence, PatientPresentation> set)
        => (path, (int)Presence.Present, (p, v) => set(p, (Presence)v));

    private static void AssertEvaluatorRejectsWith(ValidationError[] errors, PatientPresentation p)
    {
        Assert.False(PresentationValidator.IsValid(p));
        var urgency = Assert.Throws<RedFlagsValidationException>(() => Evaluator.AssessUrgency(p));
        Assert.Equal(errors, urgency.Errors);
        Assert.StartsWith("The presentation is invalid: ", urgency.Message, StringComparison.Ordinal);
        var assess = Assert.Throws<RedFlagsValidationException>(() => Evaluator.Assess(p));
        Assert.Equal(errors, assess.Errors);
        Assert.StartsWith("The presentation is invalid: ", assess.Message, StringComparison.Ordinal);
    }
}
