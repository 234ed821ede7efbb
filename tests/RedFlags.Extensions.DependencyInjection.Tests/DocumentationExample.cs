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

#region RuleFile
public static class LocalRulesRegistration
{
    // A local rule file extends the default catalogue, for example:
    // { "id": "myclinic-lbp", "version": "1.0.0", "extends": "redflags-lbp-default",
    //   "disabled": [ { "ruleId": "FRX-FEMALE", "reason": "Sex alone is not acted on here." } ] }
    public static IServiceCollection AddLocalRules(this IServiceCollection services, string ruleFilePath) =>
        services.AddRedFlags("local", options =>
        {
            options.RuleSetFilePath = ruleFilePath;
            options.DefaultCareSetting = CareSetting.SpecialistSpineService;
        });

    // Or from a resource embedded in your assembly: the stream is opened once, at validation, and disposed.
    public static IServiceCollection AddEmbeddedRules(this IServiceCollection services) =>
        services.AddRedFlags("embedded", options => options.RuleSetStreamFactory =
            () => typeof(LocalRulesRegistration).Assembly.GetManifestResourceStream("MyClinic.Triage.redflags.json")
                ?? throw new InvalidOperationException("The rule file is not embedded."));
}
#endregion

public sealed class DocumentationExampleTests
{
    [Fact]
    public async Task Example_InAHost_AssessesThroughTheRegisteredService()
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

    [Fact]
    public void RuleFileExample_LocalRuleFile_IsLoaded()
    {
        var path = Path.Combine(Path.GetTempPath(), "redflags-doc-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """
            { "id": "myclinic-lbp", "version": "1.0.0", "extends": "redflags-lbp-default",
              "disabled": [ { "ruleId": "FRX-FEMALE", "reason": "Sex alone is not acted on here." } ] }
            """);
        try
        {
            using var provider = new ServiceCollection().AddLocalRules(path).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

            var assessor = provider.GetRequiredKeyedService<RedFlagsAssessor>("local");

            Assert.Equal("myclinic-lbp", assessor.RuleSet.Id);
            Assert.Equal(CareSetting.SpecialistSpineService, assessor.DefaultCareSetting);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EmbeddedRulesExample_MissingResource_IsReported()
    {
        using var provider = new ServiceCollection().AddEmbeddedRules().BuildServiceProvider();

        var exception = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredKeyedService<RedFlagEvaluator>("embedded"));

        Assert.Equal(["Property RedFlagsOptions[\"embedded\"].RuleSetStreamFactory: The rule stream cannot be opened: InvalidOperationException: The rule file is not embedded."], exception.Failures);
    }
}
