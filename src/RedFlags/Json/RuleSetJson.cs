using System;
using System.IO;
using RedFlags.Internal;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>Reads and writes rule sets as JSON: full sets, and local sets composed with the default catalogue.</summary>
/// <remarks>
/// <para>A full set has <c>id</c>, <c>version</c>, <c>rules</c>, <c>preTestProbabilities</c> and <c>defaultRecommendation</c>.
/// A local set has <c>id</c>, <c>version</c> and <c>"extends": "redflags-lbp-default"</c>, with optional <c>overrides</c>
/// (catalogue rules replaced), <c>disabled</c> (<c>ruleId</c> and a <c>reason</c>), <c>added</c> (new rules), and optional
/// <c>preTestProbabilities</c> and <c>defaultRecommendation</c> that replace the catalogue's. Every change is recorded in
/// <see cref="RuleSet.Customisations"/> and so reported by every assessment.</para>
/// <para>Either kind may give <c>laboratoryLimits</c> (<see cref="LaboratoryLimits"/>), the default limits that
/// laboratory numbers without the laboratory's flag or range are read with: a limit left out keeps the published
/// default, a limit given as <c>null</c> has none, and each number must be finite and above zero (RF2017). The limits
/// are part of the fingerprint.</para>
/// <para>Criteria are read by the strict criterion reader: there is no type discriminator, so a rule file can never make the
/// library load a type or run code. Reading reports every problem at once (JSON <c>RF3xxx</c> and rule-set <c>RF2xxx</c>
/// codes, each with its path, line and position) and loads nothing when there is any. This type is thread-safe.</para>
/// </remarks>
public static class RuleSetJson
{
    /// <summary>Parses and validates a rule-set document.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the document or the rule set is invalid; it lists every problem.</exception>
    public static RuleSet Parse(string json)
    {
        Guard.NotNull(json);
        var context = new JsonReadContext();
        return JsonSource.TryGetBytes(json, context, out var bytes) ? Build(bytes, bytes.Length, context) : Build(Array.Empty<byte>(), 0, context);
    }

    /// <summary>Reads and validates a rule-set document from a UTF-8 stream (read to its end, which is not closed).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the document or the rule set is invalid; it lists every problem.</exception>
    public static RuleSet Load(Stream utf8Json)
    {
        Guard.NotNull(utf8Json);
        var context = new JsonReadContext();
        return JsonSource.TryReadAll(utf8Json, context, out var buffer, out var length) ? Build(buffer, length, context) : Build(Array.Empty<byte>(), 0, context);
    }

    /// <summary>Reads and validates a rule-set file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="RedFlagsValidationException">Thrown when the document or the rule set is invalid; it lists every problem.</exception>
    public static RuleSet LoadFile(string path)
    {
        Guard.NotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Checks a rule-set document without throwing.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>Every problem, in document order, each with its line and position; <see cref="ValidationResult.Valid"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    public static ValidationResult Validate(string json)
    {
        Guard.NotNull(json);
        var context = new JsonReadContext();
        if (JsonSource.TryGetBytes(json, context, out var bytes))
        {
            RuleSetDocument.Read(bytes, bytes.Length, context);
        }

        return context.ToResult();
    }

    /// <summary>Writes a rule set as a full document (rules sorted by id). A composed set also lists its
    /// <c>customisations</c>, so that reading the output gives a set with the same fingerprint.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="indented">Whether to indent the output (two spaces, LF line endings).</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static string Serialize(RuleSet ruleSet, bool indented = true)
    {
        Guard.NotNull(ruleSet);
        return JsonOutput.Write(GeneratedContracts.RuleSet, RuleSetDocument.Of(ruleSet), indented);
    }

    /// <summary>Writes the JSON Schema (2020-12) of rule-set documents.</summary>
    internal static string Schema() => JsonSchemas.RuleSet();

    private static RuleSet Build(byte[] bytes, int length, JsonReadContext context)
    {
        var ruleSet = context.HasErrors ? null : RuleSetDocument.Read(bytes, length, context);
        context.ToResult().ThrowIfInvalid("rule set");
        return ruleSet!;
    }
}
