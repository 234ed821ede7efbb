using FsCheck.Fluent;
using RedFlags.Facts;
using RedFlags.Testing;
using RedFlags.Tests.Support;

namespace RedFlags.Tests.Facts;

/// <summary>The table of facts declares every finding and quantity once, and what is generated from it agrees with it.</summary>
public sealed class FactTableTests
{
    private static readonly Presence[] s_presences = [Presence.Unknown, Presence.Absent, Presence.Present];

    public static TheoryData<Finding> Findings() => new(Vocabulary.AllFindings.ToArray());

    public static TheoryData<Quantity> Quantities() => new(Vocabulary.AllQuantities.ToArray());

    [Fact]
    public void Generate_CurrentTable_MatchesTheGeneratedFile()
        => RepositoryFiles.AssertUpToDate(FactTableGenerator.RelativePath, FactTableGenerator.Generate());

    [Fact]
    public void Table_EveryFindingAndQuantity_IsDeclaredExactlyOnce()
    {
        Assert.Equal(Vocabulary.AllFindings.ToArray().Order(), FactTable.Findings.Select(f => f.Finding).Order());
        Assert.Equal(Vocabulary.AllQuantities.ToArray().Order(), FactTable.Quantities.Select(q => q.Quantity).Order());
        Assert.Equal(FactTable.SnapshotWords, (FactTable.Findings.Length + 63) / 64);
    }

    [Fact]
    public void Table_EveryDeclaration_NamesARealPropertyAndHasALabel()
    {
        foreach (var fact in FactTable.Findings)
        {
            Assert.NotNull(PropertyOf(fact.Section, fact.Property));
            Assert.False(string.IsNullOrWhiteSpace(fact.Label), fact.Name);
            Assert.Equal(fact.HasOwnField, PropertyOf(fact.Section, fact.Property)!.PropertyType == typeof(Presence) && (!fact.ReadIsDerived || fact.Finding == Finding.PersonalHistoryOfCancer));
        }

        foreach (var fact in FactTable.Quantities)
        {
            Assert.NotNull(PropertyOf(fact.Section, fact.Property));
            Assert.True(fact.Minimum < fact.Maximum, fact.Name);
            Assert.False(string.IsNullOrWhiteSpace(fact.Unit), fact.Name);
            Assert.False(string.IsNullOrWhiteSpace(fact.Label), fact.Name);
        }

        Assert.Equal(FactTable.Findings.Length, FactTable.Findings.Select(f => f.Label).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(FactTable.Quantities.Length, FactTable.Quantities.Select(q => q.Label).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void SlotOf_EveryNumberAroundTheEnums_IsTheDeclarationOrMinusOne()
    {
        // The enums have gaps (findings 15-19 are not defined, for example): a gap must not alias a declared fact.
        for (var value = -2; value <= Vocabulary.AllFindings.ToArray().Max(f => (int)f) + 2; value++)
        {
            var finding = (Finding)value;
            var expected = Enum.IsDefined(finding) ? Array.FindIndex(FactTable.Findings, f => f.Finding == finding) : -1;
            Assert.Equal(expected, FactTable.SlotOf(finding));
        }

        for (var value = -2; value <= Vocabulary.AllQuantities.ToArray().Max(q => (int)q) + 2; value++)
        {
            var quantity = (Quantity)value;
            var expected = Enum.IsDefined(quantity) ? Array.FindIndex(FactTable.Quantities, q => q.Quantity == quantity) : -1;
            Assert.Equal(expected, FactTable.SlotOf(quantity));
        }
    }

    [Fact]
    public void Of_UndefinedFindingOrQuantity_ThrowsNamingTheArgument()
    {
        var finding = Assert.Throws<ArgumentOutOfRangeException>(() => FactTable.Of((Finding)(-1)));
        var quantity = Assert.Throws<ArgumentOutOfRangeException>(() => FactTable.Of((Quantity)10_000));

        Assert.Equal(("finding", (object?)(Finding)(-1)), (finding.ParamName, finding.ActualValue));
        Assert.Equal(("quantity", (object?)(Quantity)10_000), (quantity.ParamName, quantity.ActualValue));
        Assert.StartsWith("The finding is not defined.", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("The quantity is not defined.", quantity.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllDefined_NothingOver_IsTrueAndAnyOverIsFalse()
    {
        Assert.True(FactBits.AllDefined(0));
        Assert.True(FactBits.AllDefined(FactBits.Over(Presence.Unknown) | FactBits.Over(Presence.Present)));
        Assert.False(FactBits.AllDefined(FactBits.Over((Presence)3)));
        Assert.False(FactBits.AllDefined(FactBits.Over((Presence)(-1))));
    }

    [Fact]
    public void CamelCase_EmptyOrOneLetter_IsLowerCasedWithoutFailing()
    {
        Assert.Equal((string.Empty, "a", "saddleNumbness"), (FactNames.CamelCase(string.Empty), FactNames.CamelCase("A"), FactNames.CamelCase("SaddleNumbness")));
        Assert.Equal(("ageYears", "pain.lumbar"), (FactNames.Path(FactSection.Presentation, "AgeYears"), FactNames.Path(FactSection.Pain, "Lumbar")));
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void With_ThenRead_GivesTheValueWritten(Finding finding)
    {
        foreach (var patient in RedFlagsArbitraries.ValidPresentationGenerator().Sample(100, 30))
        {
            foreach (var value in s_presences)
            {
                var changed = patient.With(finding, value);
                Assert.Equal(value, FactTable.Read(changed, finding));
                Assert.Equal(value, changed.Read(finding));
                Assert.True(PresentationValidator.Validate(changed).IsValid, $"{finding} = {value} made an invalid presentation.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void SnapshotAndCompiledRead_GeneratedPresentations_AgreeWithTheReader(Finding finding)
    {
        var slot = FactTable.SlotOf(finding);
        var compiled = FactTable.ReadExpression(finding).Compile();
        Span<ulong> present = stackalloc ulong[FactTable.SnapshotWords];
        Span<ulong> absent = stackalloc ulong[FactTable.SnapshotWords];
        foreach (var patient in RedFlagsArbitraries.ValidPresentationGenerator().Sample(100, 30))
        {
            foreach (var value in s_presences)
            {
                var p = patient.With(finding, value);
                FactTable.Snapshot(p, present, absent);
                var isPresent = (present[slot >> 6] >> (slot & 63) & 1) == 1;
                var isAbsent = (absent[slot >> 6] >> (slot & 63) & 1) == 1;
                var read = FactTable.Read(p, finding);
                Assert.Equal(read == Presence.Present, isPresent);
                Assert.Equal(read == Presence.Absent, isAbsent);
                Assert.Equal(read, compiled(p));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Quantities))]
    public void QuantityReads_GeneratedPresentations_AgreeWithEachOther(Quantity quantity)
    {
        var compiled = FactTable.ReadExpression(quantity).Compile();
        var (minimum, maximum) = Vocabulary.Range(quantity);
        var values = new double[FactTable.Quantities.Length];
        foreach (var patient in RedFlagsArbitraries.ValidPresentationGenerator().Sample(100, 30))
        {
            foreach (var value in new double?[] { null, minimum, maximum })
            {
                var p = value is null ? patient : patient.With(quantity, value);
                var read = FactTable.Read(p, quantity);
                FactTable.QuantityValues(p, values);
                Assert.Equal(read, compiled(p));
                Assert.Equal(read, values[FactTable.SlotOf(quantity)]);
                Assert.Equal(double.IsNaN(read) ? null : read, p.Read(quantity));
                if (value is not null)
                {
                    Assert.Equal(Math.Round(value.Value), Math.Round(read));
                }
            }
        }
    }

    [Fact]
    public void Validate_UndefinedPresence_IsReportedUnderThePathTheTableGives()
    {
        foreach (var fact in FactTable.Findings.Where(f => f.HasOwnField))
        {
            var bad = Patients.Sparse().With(fact.Finding, (Presence)7);
            Assert.False(PresentationValidator.IsPlainlyValid(bad), fact.Name);
            var error = Assert.Single(PresentationValidator.Validate(bad).Errors);
            Assert.Equal(fact.Path, error.Path);
        }
    }

    private static System.Reflection.PropertyInfo? PropertyOf(FactSection section, string property)
        => (section == FactSection.Presentation ? typeof(PatientPresentation) : typeof(PatientPresentation).GetProperty(section.ToString())!.PropertyType).GetProperty(property);
}
