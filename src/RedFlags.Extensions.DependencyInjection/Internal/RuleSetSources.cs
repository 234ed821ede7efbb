using System;
using System.Collections.Generic;
using System.IO;
using System.Security;
using RedFlags.Json;
using RedFlags.Rules;

namespace RedFlags.Internal;

/// <summary>Reads the base rule set named by <see cref="RedFlagsOptions"/>: an instance, a JSON file or a JSON stream.</summary>
internal static class RuleSetSources
{
    /// <summary>Names the rule set sources that are set, in declaration order.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The property names; more than one is a conflict.</returns>
    public static List<string> Names(RedFlagsOptions options)
    {
        var sources = new List<string>();
        if (options.RuleSet is not null)
        {
            sources.Add(nameof(RedFlagsOptions.RuleSet));
        }

        if (options.RuleSetFilePath is not null)
        {
            sources.Add(nameof(RedFlagsOptions.RuleSetFilePath));
        }

        if (options.RuleSetStreamFactory is not null)
        {
            sources.Add(nameof(RedFlagsOptions.RuleSetStreamFactory));
        }

        return sources;
    }

    /// <summary>Reads every source that is set, reporting every problem, and returns the rule set read.</summary>
    /// <param name="options">The options.</param>
    /// <param name="report">Receives each problem with the options property it concerns.</param>
    /// <returns>The base rule set (the default catalogue when no source is set), or <see langword="null"/> when a source could not be read.</returns>
    public static RuleSet? Load(RedFlagsOptions options, Action<string, string> report)
    {
        var result = options.RuleSet;
        var failed = false;
        if (options.RuleSetFilePath is { } path)
        {
            var loaded = LoadFile(path, report);
            failed |= loaded is null;
            result ??= loaded;
        }

        if (options.RuleSetStreamFactory is { } factory)
        {
            var loaded = LoadStream(factory, report);
            failed |= loaded is null;
            result ??= loaded;
        }

        return failed ? null : result ?? DefaultCatalogue.RuleSet;
    }

    private static RuleSet? LoadFile(string path, Action<string, string> report)
    {
        const string Property = nameof(RedFlagsOptions.RuleSetFilePath);
        if (string.IsNullOrWhiteSpace(path))
        {
            report(Property, "The rule file path is empty.");
            return null;
        }

        if (!File.Exists(path))
        {
            report(Property, $"The rule file '{Describe(path)}' does not exist.");
            return null;
        }

        try
        {
            return RuleSetJson.LoadFile(path);
        }
        catch (RedFlagsValidationException exception)
        {
            ReportAll(Property, $"In '{Describe(path)}': ", exception, report);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            report(Property, $"The rule file '{Describe(path)}' cannot be read: {exception.Message}");
        }

        return null;
    }

    private static RuleSet? LoadStream(Func<Stream> factory, Action<string, string> report)
    {
        const string Property = nameof(RedFlagsOptions.RuleSetStreamFactory);
        Stream? stream;
        try
        {
            stream = factory();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SecurityException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            report(Property, $"The rule stream cannot be opened: {exception.GetType().Name}: {exception.Message}");
            return null;
        }

        if (stream is null)
        {
            report(Property, "The rule stream factory returned null.");
            return null;
        }

        using (stream)
        {
            try
            {
                return RuleSetJson.Load(stream);
            }
            catch (RedFlagsValidationException exception)
            {
                ReportAll(Property, "In the rule stream: ", exception, report);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
            {
                report(Property, $"The rule stream cannot be read: {exception.Message}");
            }
        }

        return null;
    }

    private static void ReportAll(string property, string prefix, RedFlagsValidationException exception, Action<string, string> report)
    {
        if (exception.Errors.Count == 0)
        {
            report(property, prefix + exception.Message);
        }

        foreach (var error in exception.Errors)
        {
            report(property, prefix + error);
        }
    }

    private static string Describe(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or SecurityException or PathTooLongException)
        {
            return path;
        }
    }
}
