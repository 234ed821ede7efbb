// docs/dependency-injection.md shows the region below verbatim; DocumentationTests fails when the two differ.
#region Example
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RedFlags;

namespace MyClinic.Triage;

public static class TriageRegistration
{
    // Call from Program.cs: builder.Services.AddTriage();
    public static IServiceCollection AddTriage(this IServiceCollection services) =>
        services
            // The default catalogue, as used in primary care, with one rule switched off locally.
            .AddRedFlags(options =>
            {
                options.DefaultCareSetting = CareSetting.PrimaryCare;
                options.DisabledRules["FRX-FEMALE"] = "Sex alone is not acted on in this service (clinical governance, March 2026).";
            })
            // A second, independent rule set for the oncology clinic, resolved by its key.
            .AddRedFlags("oncology", options => options.DefaultCareSetting = CareSetting.Oncology)
            .AddSingleton<TriageService>();

    public static IHost BuildHost(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddTriage();

        // Invalid RedFlags options make host.StartAsync() throw one OptionsValidationException listing every problem.
        return builder.Build();
    }
}

public sealed class TriageService(
    RedFlagsAssessor assessor,
    [FromKeyedServices("oncology")] RedFlagsAssessor oncologyAssessor)
{
    // The assessor fills in today's date (from the registered TimeProvider) and the default care setting.
    public Assessment Triage(PatientPresentation presentation, bool seenInOncologyClinic) =>
        (seenInOncologyClinic ? oncologyAssessor : assessor).Assess(presentation);
}
#endregion

public sealed class DocumentationExampleTests
{
    [Fact]
    public async Task Example_RunsInAHost()
    {
        using var host = TriageRegistration.BuildHost([]);
        await host.StartAsync();

        var triage = host.Services.GetRequiredService<TriageService>();
        var presentation = new PatientPresentation
        {
            AgeYears = 58,
            History = new MedicalHistory { PersonalHistoryOfCancer = Presence.Present },
        };

        var primaryCare = triage.Triage(presentation, seenInOncologyClinic: false);
        var oncology = triage.Triage(presentation, seenInOncologyClinic: true);

        Assert.Equal(CareSetting.PrimaryCare, primaryCare.CareSetting);
        Assert.Equal(CareSetting.Oncology, oncology.CareSetting);
        Assert.Single(primaryCare.RuleSet.Customisations);
        Assert.Empty(oncology.RuleSet.Customisations);
        Assert.NotEqual(default, primaryCare.AssessmentDate);
        await host.StopAsync();
    }
}
