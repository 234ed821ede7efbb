using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace RedFlags.Benchmarks.Baselines;

/// <summary>Fixed presentations for the scenarios and a seeded generator of varied, valid presentations.</summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Seeded test data, not security.")]
public static class Presentations
{
    /// <summary>The assessment date of every generated presentation.</summary>
    public static readonly CalendarDate AssessmentDate = new(2026, 11, 24);

    /// <summary>A 35-year-old with two weeks of mechanical low back pain and every red flag asked and absent; labs not done.</summary>
    public static PatientPresentation NoFlags { get; } = new()
    {
        AssessmentDate = AssessmentDate,
        AgeYears = 35,
        Sex = Sex.Male,
        CareSetting = CareSetting.PrimaryCare,
        Pain = new PainFeatures
        {
            Lumbar = Presence.Present,
            Thoracic = Presence.Absent,
            Cervical = Presence.Absent,
            DurationDays = 14,
            Mechanical = Presence.Present,
            WorseAtNightOrWakesFromSleep = Presence.Absent,
            NotRelievedByRestOrLyingDown = Presence.Absent,
            ConstantAndUnremitting = Presence.Absent,
            ProgressiveOrWorsening = Presence.Absent,
            LocalisedSpinalTenderness = Presence.Absent,
            WorseOnStraining = Presence.Absent,
            RadicularOrBandLike = Presence.Absent,
            InsidiousOnset = Presence.Absent,
            NoImprovementAfterFourWeeksOfConservativeCare = Presence.Absent,
        },
        History = new MedicalHistory
        {
            PersonalHistoryOfCancer = Presence.Absent,
            FamilyHistoryOfCancer = Presence.Absent,
            ClinicianSuspectsCancer = Presence.Absent,
            CorticosteroidUse = Presence.Absent,
            Immunosuppression = Presence.Absent,
            InjectingDrugUse = Presence.Absent,
            Osteoporosis = Presence.Absent,
            PreviousFragilityFracture = Presence.Absent,
            UnexplainedFracture = Presence.Absent,
            Trauma = TraumaSeverity.None,
            RecentInfectionOrBacteraemia = Presence.Absent,
            RecentSpinalProcedureOrHardware = Presence.Absent,
            IndwellingVascularCatheter = Presence.Absent,
        },
        Systemic = new SystemicFeatures
        {
            UnexplainedWeightLoss = Presence.Absent,
            Fever = Presence.Absent,
            NightSweats = Presence.Absent,
            Fatigue = Presence.Absent,
        },
        Neurology = new NeurologicalFeatures
        {
            LegWeakness = LegWeakness.None,
            LegSymptoms = LegSymptomSide.None,
            NumbnessOrTinglingInOneLeg = Presence.Absent,
            NumbnessOrTinglingInBothLegs = Presence.Absent,
            SaddleNumbnessOrTingling = Presence.Absent,
            UrinaryRetention = Presence.Absent,
            UrinaryIncontinence = Presence.Absent,
            UrinaryHesitancyOrPoorStream = Presence.Absent,
            AlteredBladderSensation = Presence.Absent,
            FaecalIncontinence = Presence.Absent,
            AlteredRectalSensation = Presence.Absent,
            SexualDysfunction = Presence.Absent,
            GaitDisturbance = Presence.Absent,
        },
        Examination = new ExaminationFindings { SpinalBruiseOrGraze = Presence.Absent, ReducedAnalTone = Presence.Absent },
    };

    /// <summary>A 62-year-old woman with treated breast cancer, night pain, weight loss and a raised ESR: several flags, urgent.</summary>
    public static PatientPresentation SeveralFlags { get; } = NoFlags with
    {
        AgeYears = 62,
        Sex = Sex.Female,
        Pain = NoFlags.Pain with
        {
            DurationDays = 45,
            WorseAtNightOrWakesFromSleep = Presence.Present,
            ProgressiveOrWorsening = Presence.Present,
            Mechanical = Presence.Absent,
        },
        History = NoFlags.History with
        {
            PersonalHistoryOfCancer = Presence.Present,
            Cancers = new[] { new CancerHistory { PrimarySite = CancerSite.Breast, Metastatic = Presence.Absent, UnderTreatment = Presence.Absent } },
        },
        Systemic = NoFlags.Systemic with { UnexplainedWeightLoss = Presence.Present, WeightLossKilograms = 6, WeightLossPeriodWeeks = 12 },
        Labs = new LaboratoryResults { EsrMillimetresPerHour = 48, RaisedCrp = Presence.Absent },
    };

    /// <summary>A 44-year-old with new saddle numbness and urinary retention: suspected cauda equina syndrome, an emergency.</summary>
    public static PatientPresentation Emergency { get; } = NoFlags with
    {
        AgeYears = 44,
        Pain = NoFlags.Pain with { DurationDays = 5, RadicularOrBandLike = Presence.Present },
        Neurology = NoFlags.Neurology with
        {
            LegSymptoms = LegSymptomSide.BothLegs,
            SaddleNumbnessOrTingling = Presence.Present,
            UrinaryRetention = Presence.Present,
            BeganOrWorsenedWithin14Days = Presence.Present,
        },
        Examination = NoFlags.Examination with { PostVoidResidualMillilitres = 450 },
    };

    /// <summary>Generates varied, valid presentations: a seeded mix of unknown, absent and present findings, numbers,
    /// dates and cancer histories, so that most fire a few flags, some none and some an emergency.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed; the same seed gives the same presentations.</param>
    /// <returns>The presentations.</returns>
    public static PatientPresentation[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var result = new PatientPresentation[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = One(random);
        }

        return result;
    }

    private static PatientPresentation One(Random r)
    {
        // Rare findings (neurology, emergencies) are present less often than common ones.
        Presence Common() => Pick(r, 0.35, 0.40);
        Presence Rare() => Pick(r, 0.35, 0.04);

        var useBirthDate = r.NextDouble() < 0.3;
        var age = r.Next(18, 95);
        var cancers = new List<CancerHistory>();
        var cancerHistory = Pick(r, 0.3, 0.15);
        if (cancerHistory == Presence.Present && r.NextDouble() < 0.6)
        {
            cancers.Add(new CancerHistory
            {
                PrimarySite = (CancerSite)r.Next(0, 11),
                Metastatic = Pick(r, 0.4, 0.2),
                UnderTreatment = Pick(r, 0.3, 0.3),
                DiagnosisDate = r.NextDouble() < 0.5 ? AssessmentDate.AddDays(-r.Next(30, 5000)) : null,
            });
        }

        var steroids = Common();
        var onsetKnownAsDate = r.NextDouble() < 0.3;
        return new PatientPresentation
        {
            AssessmentDate = AssessmentDate,
            AgeYears = useBirthDate ? null : age,
            DateOfBirth = useBirthDate ? AssessmentDate.AddDays(-(age * 365) - r.Next(0, 365)) : null,
            Sex = (Sex)r.Next(0, 4),
            CareSetting = (CareSetting)r.Next(0, 5),
            Pain = new PainFeatures
            {
                Lumbar = Common(),
                Thoracic = Rare(),
                Cervical = Rare(),
                OnsetDate = onsetKnownAsDate ? AssessmentDate.AddDays(-r.Next(0, 400)) : null,
                DurationDays = !onsetKnownAsDate && r.NextDouble() < 0.7 ? r.Next(0, 400) : null,
                WorseAtNightOrWakesFromSleep = Common(),
                NotRelievedByRestOrLyingDown = Common(),
                ConstantAndUnremitting = Rare(),
                ProgressiveOrWorsening = Common(),
                LocalisedSpinalTenderness = Rare(),
                WorseOnStraining = Common(),
                Mechanical = Common(),
                RadicularOrBandLike = Common(),
                InsidiousOnset = Common(),
                Persistent = Common(),
                NoImprovementAfterFourWeeksOfConservativeCare = Rare(),
            },
            History = new MedicalHistory
            {
                PersonalHistoryOfCancer = cancerHistory,
                Cancers = cancers,
                FamilyHistoryOfCancer = Common(),
                ClinicianSuspectsCancer = Rare(),
                CorticosteroidUse = steroids,
                CorticosteroidDurationDays = steroids == Presence.Present && r.NextDouble() < 0.6 ? r.Next(1, 400) : null,
                Immunosuppression = Rare(),
                InjectingDrugUse = Rare(),
                Osteoporosis = Rare(),
                PreviousFragilityFracture = Rare(),
                UnexplainedFracture = Rare(),
                Trauma = (TraumaSeverity)r.Next(0, 4),
                RecentInfectionOrBacteraemia = Rare(),
                RecentSpinalProcedureOrHardware = Rare(),
                IndwellingVascularCatheter = Rare(),
            },
            Systemic = new SystemicFeatures
            {
                UnexplainedWeightLoss = Rare(),
                WeightLossKilograms = r.NextDouble() < 0.1 ? Math.Round(r.NextDouble() * 15, 1) : null,
                WeightLossPeriodWeeks = r.NextDouble() < 0.1 ? r.Next(1, 52) : null,
                Fever = Rare(),
                TemperatureCelsius = r.NextDouble() < 0.3 ? Math.Round(35.5 + (r.NextDouble() * 4), 1) : null,
                NightSweats = Rare(),
                Fatigue = Common(),
            },
            Neurology = new NeurologicalFeatures
            {
                LegWeakness = (LegWeakness)Weighted(r, 0.3, 0.6, 0.08),
                LegSymptoms = (LegSymptomSide)Weighted(r, 0.3, 0.4, 0.25),
                NumbnessOrTinglingInOneLeg = Common(),
                NumbnessOrTinglingInBothLegs = Rare(),
                SaddleNumbnessOrTingling = Rare(),
                UrinaryRetention = Rare(),
                UrinaryIncontinence = Rare(),
                UrinaryHesitancyOrPoorStream = Rare(),
                AlteredBladderSensation = Rare(),
                FaecalIncontinence = Rare(),
                AlteredRectalSensation = Rare(),
                SexualDysfunction = Rare(),
                GaitDisturbance = Rare(),
                BeganOrWorsenedWithin14Days = Common(),
            },
            Examination = new ExaminationFindings
            {
                SpinalBruiseOrGraze = Rare(),
                ReducedAnalTone = Rare(),
                PostVoidResidualMillilitres = r.NextDouble() < 0.05 ? r.Next(0, 600) : null,
            },
            Labs = new LaboratoryResults
            {
                EsrMillimetresPerHour = r.NextDouble() < 0.3 ? r.Next(1, 90) : null,
                CrpMilligramsPerLitre = r.NextDouble() < 0.3 ? Math.Round(r.NextDouble() * 80, 1) : null,
                HaemoglobinGramsPerLitre = r.NextDouble() < 0.3 ? r.Next(80, 170) : null,
                AdjustedCalciumMillimolesPerLitre = r.NextDouble() < 0.2 ? Math.Round(2 + (r.NextDouble() * 1.2), 2) : null,
                WhiteCellCountBillionsPerLitre = r.NextDouble() < 0.3 ? Math.Round(2 + (r.NextDouble() * 15), 1) : null,
                PlasmaViscosityMillipascalSeconds = r.NextDouble() < 0.1 ? Math.Round(1.4 + r.NextDouble(), 2) : null,
                RaisedCrp = Rare(),
                Anaemia = Rare(),
                Hypercalcaemia = Rare(),
                Leukopenia = Rare(),
                RaisedPlasmaViscosity = Rare(),
                MyelomaScreenAbnormal = Rare(),
            },
        };
    }

    // Unknown with probability `unknown`, else present with probability `present`, else absent.
    private static Presence Pick(Random r, double unknown, double present)
    {
        var x = r.NextDouble();
        return x < unknown ? Presence.Unknown : x < unknown + present ? Presence.Present : Presence.Absent;
    }

    // 0 with probability a, 1 with b, 2 with c, else 3.
    private static int Weighted(Random r, double a, double b, double c)
    {
        var x = r.NextDouble();
        return x < a ? 0 : x < a + b ? 1 : x < a + b + c ? 2 : 3;
    }
}
