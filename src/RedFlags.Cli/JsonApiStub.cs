// TEMPORARY: stands in for the RedFlags.Json API (branch json) until it is merged. Delete on merge.
using System;
using System.IO;
using RedFlags.Rules;

namespace RedFlags.Json;

internal static class RedFlagsJson
{
    public static PatientPresentation ParsePresentation(string json) => throw new NotSupportedException(json);

    public static string Serialize(Assessment assessment, bool indented = false) => throw new NotSupportedException(assessment + indented.ToString());
}

internal static class RuleSetJson
{
    public static RuleSet LoadFile(string path) => throw new NotSupportedException(path);

    public static ValidationResult Validate(string json) => throw new NotSupportedException(json);

    public static string Serialize(RuleSet ruleSet, bool indented = true) => throw new NotSupportedException(ruleSet + indented.ToString());

    public static RuleSet Load(Stream stream) => throw new NotSupportedException(stream.ToString());
}
