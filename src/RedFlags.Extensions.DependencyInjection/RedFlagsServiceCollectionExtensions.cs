using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RedFlags.Internal;

namespace RedFlags;

/// <summary>Registers RedFlags with an <see cref="IServiceCollection"/>.</summary>
/// <remarks>
/// <para>Every method registers, only when not already registered: a singleton <see cref="RedFlagEvaluator"/> built once
/// from the validated <see cref="RedFlagsOptions"/>; a singleton <see cref="RedFlagsAssessor"/>; the options validator,
/// with <c>ValidateOnStart</c>; and <see cref="TimeProvider.System"/> as the <see cref="TimeProvider"/>. Calling a
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

    private static void AddCore(IServiceCollection services, string name)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RuleSetProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedFlagsOptions>, RedFlagsOptionsValidator>());

        if (name.Length == 0)
        {
            services.TryAddSingleton(static provider => CreateEvaluator(provider, Options.DefaultName));
            services.TryAddSingleton(static provider => CreateAssessor(provider, provider.GetRequiredService<RedFlagEvaluator>(), Options.DefaultName));
        }
        else
        {
            services.TryAddKeyedSingleton(name, static (provider, key) => CreateEvaluator(provider, (string)key!));
            services.TryAddKeyedSingleton(name, static (provider, key) => CreateAssessor(provider, provider.GetRequiredKeyedService<RedFlagEvaluator>(key), (string)key!));
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

    private static RedFlagEvaluator CreateEvaluator(IServiceProvider provider, string name)
    {
        // Getting the options validates them (and throws when they are invalid); the provider has composed them once.
        var options = provider.GetRequiredService<IOptionsMonitor<RedFlagsOptions>>().Get(name);
        return new RedFlagEvaluator(provider.GetRequiredService<RuleSetProvider>().GetRuleSet(name, options), options.EvaluationMode);
    }

    private static RedFlagsAssessor CreateAssessor(IServiceProvider provider, RedFlagEvaluator evaluator, string name)
    {
        var options = provider.GetRequiredService<IOptionsMonitor<RedFlagsOptions>>().Get(name);
        return new RedFlagsAssessor(evaluator, provider.GetRequiredService<TimeProvider>(), options.DefaultCareSetting);
    }
}
