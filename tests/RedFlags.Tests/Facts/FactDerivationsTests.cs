using RedFlags.Tests.Support;

namespace RedFlags.Tests.Facts;

/// <summary>
/// Writing a derived finding or a number changes only what it must: the fields that would otherwise contradict the
/// value written, and nothing the value agrees with (see <see cref="PatientPresentation.With(Finding, Presence)"/>).
/// </summary>
public sealed class FactDerivationsTests
{
    [Fact]
    public void WithPersonalHistoryOfCancer_PresentWithACancerListed_KeepsTheList()
    {
        var p = WithCancers(new CancerHistory { PrimarySite = CancerSite.Breast });

        var changed = p.With(Finding.PersonalHistoryOfCancer, Presence.Present);

        Assert.Equal(p.History.Cancers, changed.History.Cancers);
        Assert.Equal(Presence.Present, changed.Read(Finding.HighRiskPrimaryCancer));
    }

    [Theory]
    [InlineData(Presence.Absent)]
    [InlineData(Presence.Unknown)]
    public void WithPersonalHistoryOfCancer_NotPresent_ClearsTheList(Presence value)
    {
        var changed = WithCancers(new CancerHistory { PrimarySite = CancerSite.Breast }).With(Finding.PersonalHistoryOfCancer, value);

        Assert.Empty(changed.History.Cancers);
        Assert.Equal(value, changed.Read(Finding.PersonalHistoryOfCancer));
    }

    [Theory]
    [InlineData(Presence.Unknown, Presence.Unknown)]
    [InlineData(Presence.Present, Presence.Present)]
    [InlineData(Presence.Absent, Presence.Present)]
    public void WithHighRiskPrimaryCancer_Present_ChangesTheRecordedHistoryOnlyWhenItWasAbsent(Presence recorded, Presence expected)
    {
        var p = Patients.Sparse() with { History = new MedicalHistory { PersonalHistoryOfCancer = recorded } };

        var changed = p.With(Finding.HighRiskPrimaryCancer, Presence.Present);

        Assert.Equal(expected, changed.History.PersonalHistoryOfCancer);
        Assert.Equal(CancerSite.Lung, Assert.Single(changed.History.Cancers).PrimarySite);
    }

    [Theory]
    [InlineData(Presence.Present)]
    [InlineData(Presence.Unknown)]
    public void WithCorticosteroidUse_NotAbsent_KeepsTheDuration(Presence value)
    {
        var p = Patients.Sparse().With(Quantity.CorticosteroidDurationDays, 120);

        var changed = p.With(Finding.CorticosteroidUse, value);

        Assert.Equal(120, changed.History.CorticosteroidDurationDays);
        Assert.Equal(value, changed.Read(Finding.CorticosteroidUse));
    }

    [Fact]
    public void WithCorticosteroidUse_Absent_ClearsTheDuration()
    {
        var changed = Patients.Sparse().With(Quantity.CorticosteroidDurationDays, 120).With(Finding.CorticosteroidUse, Presence.Absent);

        Assert.Null(changed.History.CorticosteroidDurationDays);
        Assert.Equal((double?)0, changed.Read(Quantity.CorticosteroidDurationDays));
    }

    [Theory]
    [InlineData(null, Presence.Unknown)]
    [InlineData(0.0, Presence.Unknown)]
    [InlineData(0.4, Presence.Unknown)]
    [InlineData(0.6, Presence.Present)]
    [InlineData(30.0, Presence.Present)]
    public void WithCorticosteroidDurationDays_OnUnknownUse_RecordsTheUseOnlyAboveZeroDays(double? days, Presence use)
    {
        var changed = Patients.Sparse().With(Quantity.CorticosteroidDurationDays, days);

        Assert.Equal(use, changed.History.CorticosteroidUse);
        Assert.True(PresentationValidator.Validate(changed).IsValid);
    }

    private static PatientPresentation WithCancers(params CancerHistory[] cancers)
    {
        var p = Patients.Sparse();
        return p with { History = p.History with { PersonalHistoryOfCancer = Presence.Present, Cancers = cancers } };
    }
}
