using RedFlags.Tests.Support;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Catalogue;

/// <summary>Issue #18 item 1, brief §13.1: laboratory numbers are read with the laboratory's flag, else its reference
/// range, else the rule set's default limit; a number with none of these is asked about, naming the value.</summary>
public class LaboratoryLimitTests
{
    private static PatientPresentation WithLabs(PatientPresentation p, Func<LaboratoryResults, LaboratoryResults> labs) => p with { Labs = labs(p.Labs) };

    // Persistent back pain, every lab finding unknown, so only the number can make MAL-MYELOMA-LABS fire.
    private static PatientPresentation PersistentPain(Sex sex = Sex.Male)
    {
        var p = NothingFound().With(Finding.PersistentPain) with { Sex = sex };
        return WithLabs(p, l => l with { Hypercalcaemia = Presence.Unknown, Leukopenia = Presence.Unknown, Anaemia = Presence.Unknown, RaisedCrp = Presence.Unknown, RaisedPlasmaViscosity = Presence.Unknown });
    }

    private static TriggeringFact FactOf(Assessment a, string ruleId, string name)
        => a.Conditions.SelectMany(c => c.Flags).Single(f => f.RuleId == ruleId).Facts.Single(f => f.Name == name);

    [Fact]
    public void Assess_Calcium285WithoutFlag_FiresMyelomaLabsOnTheDefaultLimitAndSaysSo()
    {
        var a = Evaluator.Assess(WithLabs(PersistentPain(), l => l with { AdjustedCalciumMillimolesPerLitre = 2.85 }));

        Assert.Equal(Urgency.Urgent, a.Urgency);
        Assert.Equal("MAL-MYELOMA-LABS", a.DecidingRuleId);
        var fact = FactOf(a, "MAL-MYELOMA-LABS", "hypercalcaemia");
        Assert.Equal("present: adjusted calcium 2.85 mmol/L, above 2.6 mmol/L (default limit, not the laboratory's: UK Pathology Harmony range 2.20-2.60 mmol/L [V], brief §13.1)", fact.Observed);
    }

    [Theory]
    [InlineData(2.60, false)]
    [InlineData(2.61, true)]
    public void Assess_CalciumAtTheDefaultLimit_IsHypercalcaemiaOnlyAboveIt(double calcium, bool fires)
        => Assert.Equal(fires, WithLabs(PersistentPain(), l => l with { AdjustedCalciumMillimolesPerLitre = calcium }).Fires("MAL-MYELOMA-LABS"));

    [Fact]
    public void Assess_LaboratoryFlagSaysNormal_WinsOverTheDefaultLimit()
    {
        var p = WithLabs(PersistentPain(), l => l with { AdjustedCalciumMillimolesPerLitre = 2.85, Hypercalcaemia = Presence.Absent });

        Assert.False(p.Fires("MAL-MYELOMA-LABS"));
    }

    [Theory]
    [InlineData(2.90, false)]
    [InlineData(2.70, true)]
    public void Assess_LaboratoryRange_WinsOverTheDefaultLimit(double high, bool fires)
    {
        var a = Evaluator.Assess(WithLabs(PersistentPain(), l => l with { AdjustedCalciumMillimolesPerLitre = 2.85, AdjustedCalciumRange = new ReferenceRange { Low = 2.2, High = high } }));

        Assert.Equal(fires, a.FiredRuleIds().Contains("MAL-MYELOMA-LABS"));
        if (fires)
        {
            Assert.EndsWith("above 2.7 mmol/L (laboratory range)", FactOf(a, "MAL-MYELOMA-LABS", "hypercalcaemia").Observed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Assess_WhiteCells31WithoutFlag_IsLeukopeniaOnTheDefaultLimit()
    {
        var a = Evaluator.Assess(WithLabs(PersistentPain(), l => l with { WhiteCellCountBillionsPerLitre = 3.1 }));

        Assert.Contains("MAL-MYELOMA-LABS", a.FiredRuleIds());
        Assert.Contains("below 4 x10^9/L (default limit, not the laboratory's", FactOf(a, "MAL-MYELOMA-LABS", "leukopenia").Observed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Sex.Male, 125, Presence.Present)]
    [InlineData(Sex.Female, 125, Presence.Absent)]
    [InlineData(Sex.Female, 119, Presence.Present)]
    [InlineData(Sex.Unknown, 125, Presence.Unknown)]
    [InlineData(Sex.Unknown, 119, Presence.Present)]
    [InlineData(Sex.Unknown, 130, Presence.Absent)]
    public void Assess_HaemoglobinWithoutFlag_IsReadWithTheWhoLimitOfTheSex(Sex sex, double haemoglobin, Presence anaemia)
    {
        // MAL-ANAEMIA asks or fires on the anaemia finding alone.
        var a = Evaluator.Assess(WithLabs(PersistentPain(sex), l => l with { HaemoglobinGramsPerLitre = haemoglobin }));

        var fired = a.FiredRuleIds().Contains("MAL-ANAEMIA");
        var asked = a.Questions.Any(q => q.Name == "anaemia");
        Assert.Equal(anaemia == Presence.Present, fired);
        Assert.Equal(anaemia == Presence.Unknown, asked);
    }

    [Fact]
    public void Assess_CrpWithoutFlagOrRange_StaysUnknownAndTheQuestionNamesTheValue()
    {
        var a = Evaluator.Assess(Sparse().With(Quantity.CrpMilligramsPerLitre, 12));

        var question = Assert.Single(a.Questions, q => q.Name == "raisedCrp");
        Assert.Contains("12 mg/L given without the laboratory's flag or range", question.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_CrpAboveItsLaboratoryRange_IsRaisedCrp()
    {
        var p = WithLabs(Sparse(), l => l with { CrpMilligramsPerLitre = 12, CrpRange = new ReferenceRange { High = 5 } });

        var a = Evaluator.Assess(p);

        Assert.DoesNotContain(a.Questions, q => q.Name == "raisedCrp");
    }

    [Fact]
    public void WithLaboratoryLimits_HigherCalciumLimit_ChangesTheReadingAndTheFingerprint()
    {
        var local = DefaultCatalogue.RuleSet.WithLaboratoryLimits(LaboratoryLimits.Default with { AdjustedCalciumAboveMillimolesPerLitre = 2.90 });
        var evaluator = new RedFlagEvaluator(local);
        var p = WithLabs(PersistentPain(), l => l with { AdjustedCalciumMillimolesPerLitre = 2.85 });

        Assert.DoesNotContain("MAL-MYELOMA-LABS", evaluator.Assess(p).FiredRuleIds());
        Assert.NotEqual(DefaultCatalogue.RuleSet.Fingerprint, local.Fingerprint);
        var fired = evaluator.Assess(WithLabs(p, l => l with { AdjustedCalciumMillimolesPerLitre = 2.95 }));
        Assert.EndsWith("(default limit, not the laboratory's: the rule set's own limit)", FactOf(fired, "MAL-MYELOMA-LABS", "hypercalcaemia").Observed, StringComparison.Ordinal);
    }

    [Fact]
    public void WithLaboratoryLimits_DefaultLimits_KeepTheFingerprint()
        => Assert.Equal(DefaultCatalogue.RuleSet.Fingerprint, DefaultCatalogue.RuleSet.WithLaboratoryLimits(new LaboratoryLimits()).Fingerprint);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void WithLaboratoryLimits_InvalidLimit_ThrowsRF2017AtTheLimit(double limit)
    {
        var ex = Assert.Throws<RedFlagsValidationException>(() => DefaultCatalogue.RuleSet.WithLaboratoryLimits(LaboratoryLimits.Default with { WhiteCellCountBelowBillionsPerLitre = limit }));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(ErrorCodes.LaboratoryLimitInvalid, error.Code);
        Assert.Equal("laboratoryLimits.whiteCellCountBelowBillionsPerLitre", error.Path);
        Assert.StartsWith("The rule set is invalid: 1 problem.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithLaboratoryLimits_Null_ThrowsArgumentNullExceptionNamingTheLimits()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => DefaultCatalogue.RuleSet.WithLaboratoryLimits(null!));

        Assert.Equal("limits", ex.ParamName);
    }

    public static TheoryData<double?, double?> InvalidRanges => new()
    {
        { 2.6, 2.2 },
        { 2.2, 2.2 },
        { double.NaN, 2.6 },
        { -1, 2.6 },
        { null, double.PositiveInfinity },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(InvalidRanges))]
    public void Validate_InvalidReferenceRange_ReportsRF1012AtTheRange(double? low, double? high)
    {
        var p = WithLabs(Sparse(), l => l with { AdjustedCalciumMillimolesPerLitre = 2.5, AdjustedCalciumRange = new ReferenceRange { Low = low, High = high } });

        var error = Assert.Single(PresentationValidator.Validate(p).Errors);

        Assert.Equal(ErrorCodes.ReferenceRangeInvalid, error.Code);
        Assert.Equal("labs.adjustedCalciumRange", error.Path);
        Assert.Throws<RedFlagsValidationException>(() => Evaluator.Assess(p));
    }

    [Theory]
    [InlineData(3.41, Urgency.Emergency)]
    [InlineData(3.40, Urgency.Urgent)]
    public void Assess_SevereHypercalcaemia_IsSameDayAdmissionAbove340(double calcium, Urgency expected)
    {
        // Brief §13.1 (NICE CKS): severe > 3.40 mmol/L, admit immediately. At 3.40 it is hypercalcaemia with pain: myeloma referral.
        var a = Evaluator.Assess(WithLabs(PersistentPain(), l => l with { AdjustedCalciumMillimolesPerLitre = calcium }));

        Assert.Equal(expected, a.Urgency);
        Assert.Equal(expected == Urgency.Emergency ? "MAL-SEVERE-HYPERCALCAEMIA" : "MAL-MYELOMA-LABS", a.DecidingRuleId);
    }

    [Fact]
    public void Assess_LaboratoryReading_IsTheSameInBothEnginesAndInAssessUrgency()
    {
        var p = WithLabs(PersistentPain(Sex.Female), l => l with { WhiteCellCountBillionsPerLitre = 3.1, HaemoglobinGramsPerLitre = 110 });
        var compiled = new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Compiled);

        var a = Evaluator.Assess(p);

        Assert.Equal(a, compiled.Assess(p));
        Assert.Equal(a.Urgency, Evaluator.AssessUrgency(p));
        Assert.Equal(a.Urgency, compiled.AssessUrgency(p));
    }
}
