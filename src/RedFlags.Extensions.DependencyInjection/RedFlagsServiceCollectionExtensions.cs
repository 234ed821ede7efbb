using System;
using System.Diagnostics.Metrics;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RedFlags.Internal;

namespace RedFlags;

/// <summary>Registers RedFlags with an <see cref="IServiceCollection"/>.</summary>
/// <remarks>
/// <para>Every method registers, only when not already registered: the <see cref="RedFlagEvaluator"/> of the validated
/// <see cref="RedFlagsOptions"/> (the one in use when resolved: options reloaded through the options system are
/// validated and swapped in); a singleton <see cref="RedFlagsAssessor"/>, which uses the rule set in use at each
/// assessment; the options validator, with <c>ValidateOnStart</c>; <see cref="TimeProvider.System"/> as the
/// <see cref="TimeProvider"/>; and RedFlags' logs, metrics and traces (see <see cref="RedFlagsTelemetry"/>), which use
/// the registered <c>ILoggerFactory</c> and <c>IMeterFactory</c> when there are some. Calling a
/// method again registers nothing twice, but its configure action still applies, as with any options.</para>
/// <para>Invalid options fail a host at start-up with one <see cref="OptionsValidationException"/> listing every
/// problem. Without a host, the same exception is thrown at the first resolution of the evaluator or assessor.</para>
/// </remarks>
public static class RedFlagsServiceCollectionExtensions
{
    /// <summary>Registers a <see cref="RedFlagEvaluator"/> for the default catalogue (or the configured rule set) and a <see cref="RedFlagsAssessor"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddRedFlags(this IServiceCollection services)
    {
        Arguments.NotNull(services);
        AddCore(services, Options.DefaultName);
        return services;
    }

    /// <summary>Registers a <see cref="RedFlagEvaluator"/> and a <see cref="RedFlagsAssessor"/> configured by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options: rule set source, local rule changes, default care setting.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddRedFlags(this IServiceCollection services, Action<RedFlagsOptions> configure)
    {
        Arguments.NotNull(services);
        Arguments.NotNull(configure);
        AddCore(services, Options.DefaultName);
        services.Configure(configure);
        return services;
    }

    /// <summary>Registers a named rule set: a keyed <see cref="RedFlagEvaluator"/> and a keyed
    /// <see cref="RedFlagsAssessor"/>, both with the service key <paramref name="name"/>, configured by the named
    /// options <paramref name="name"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The name of the rule set, used as both the options name and the service key, for example <c>"oncology"</c>.</param>
    /// <param name="configure">Configures the named options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <remarks>Resolve with <c>GetRequiredKeyedService&lt;RedFlagEvaluator&gt;(name)</c> or
    /// <c>[FromKeyedServices("oncology")]</c>. Named and default registrations are independent.</remarks>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is empty or white space.</exception>
    public static IServiceCollection AddRedFlags(this IServiceCollection services, string name, Action<RedFlagsOptions> configure)
    {
        Arguments.NotNull(services);
        Arguments.NotNullOrWhiteSpace(name);
        Arguments.NotNull(configure);
        AddCore(services, name);
        services.Configure(name, configure);
        return services;
    }

    /// <summary>Registers a <see cref="RedFlagEvaluator"/> and a <see cref="RedFlagsAssessor"/> configured from
    /// <paramref name="configuration"/>, for example <c>builder.Configuration.GetSection("RedFlags")</c>, and reloaded
    /// when it changes.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section. Its keys are <c>RuleSetFilePath</c>,
    /// <c>DefaultCareSetting</c> (a <see cref="CareSetting"/> name), <c>EvaluationMode</c> (an
    /// <see cref="RedFlags.EvaluationMode"/> name) and <c>DisabledRules</c> (rule id: reason); an unknown key or value is a
    /// validation failure naming the key and the value.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <remarks>When the configuration reloads, the options are validated again: valid changes (a new rule file, for
    /// example) are swapped in atomically for the next assessment; invalid ones are logged and the rule set in use
    /// stays.</remarks>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddRedFlags(this IServiceCollection services, IConfiguration configuration)
    {
        Arguments.NotNull(services);
        Arguments.NotNull(configuration);
        AddCore(services, Options.DefaultName);
        AddConfiguration(services, Options.DefaultName, configuration);
        return services;
    }

    /// <summary>Registers a named rule set (as <see cref="AddRedFlags(IServiceCollection, string, Action{RedFlagsOptions})"/>)
    /// configured from <paramref name="configuration"/> and reloaded when it changes.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The name of the rule set, used as both the options name and the service key.</param>
    /// <param name="configuration">The configuration section (see <see cref="AddRedFlags(IServiceCollection, IConfiguration)"/>).</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is empty or white space.</exception>
    public static IServiceCollection AddRedFlags(this IServiceCollection services, string name, IConfiguration configuration)
    {
        Arguments.NotNull(services);
        Arguments.NotNullOrWhiteSpace(name);
        Arguments.NotNull(configuration);
        AddCore(services, name);
        AddConfiguration(services, name, configuration);
        return services;
    }

    private static void AddConfiguration(IServiceCollection services, string name, IConfiguration configuration)
    {
        services.AddSingleton<IOptionsChangeTokenSource<RedFlagsOptions>>(new ConfigurationChangeTokens(name, configuration));
        services.AddSingleton<IConfigureOptions<RedFlagsOptions>>(new ConfigureNamedOptions<RedFlagsOptions>(name, options => ConfigurationBinding.Bind(configuration, options)));
    }

    private static void AddCore(IServiceCollection services, string name)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RuleSetProvider>();
        services.TryAddSingleton<OptionsValidationEvents>();
        services.TryAddSingleton(static provider => new AssessmentTelemetry(
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>(),
            provider.GetService<IMeterFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedFlagsOptions>, RedFlagsOptionsValidator>());

        // The evaluator is the one in use when it is resolved: after a reload, a new resolution gets the new one.
        // RedFlagsAssessor reads the one in use at every assessment.
        services.TryAddKeyedSingleton(name, static (provider, key) => new RuleSetMonitor(
            (string)key!,
            provider.GetRequiredService<IOptionsMonitor<RedFlagsOptions>>(),
            provider.GetRequiredService<RuleSetProvider>(),
            provider.GetRequiredService<AssessmentTelemetry>(),
            provider.GetRequiredService<OptionsValidationEvents>()));
        if (name.Length == 0)
        {
            services.TryAddTransient(static provider => Monitor(provider, Options.DefaultName).Current.Evaluator);
            services.TryAddSingleton(static provider => CreateAssessor(provider, Options.DefaultName));
        }
        else
        {
            services.TryAddKeyedTransient(name, static (provider, key) => Monitor(provider, (string)key!).Current.Evaluator);
            services.TryAddKeyedSingleton(name, static (provider, key) => CreateAssessor(provider, (string)key!));
        }

        // ValidateOnStart adds a registration on every call: add it once per name.
        if (!services.Any(descriptor => !descriptor.IsKeyedService
            && descriptor.ServiceType == typeof(RedFlagsRegistration)
            && descriptor.ImplementationInstance is RedFlagsRegistration registration
            && string.Equals(registration.Name, name, StringComparison.Ordinal)))
        {
            services.AddSingleton(new RedFlagsRegistration(name));
            services.AddOptions<RedFlagsOptions>(name).ValidateOnStart();
        }
    }

    private static RuleSetMonitor Monitor(IServiceProvider provider, string name) => provider.GetRequiredKeyedService<RuleSetMonitor>(name);

    private static RedFlagsAssessor CreateAssessor(IServiceProvider provider, string name) =>
        new(Monitor(provider, name), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<AssessmentTelemetry>());
}
