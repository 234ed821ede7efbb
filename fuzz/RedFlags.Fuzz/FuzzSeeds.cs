using System.Text;
using RedFlags.Json;
using RedFlags.Rules;

namespace RedFlags.Fuzz;

/// <summary>Writes the starting corpus of a target: small valid inputs from which AFL++ mutates.</summary>
internal static class FuzzSeeds
{
    /// <summary>Writes the seeds of <paramref name="target"/> into <paramref name="directory"/>; presentations (for
    /// "presentation" and "assessment") and FHIR files (for "fhir") are given as <paramref name="files"/>.</summary>
    /// <returns>The number of seeds written.</returns>
    public static int Write(string target, string directory, IReadOnlyList<string> files)
    {
        Directory.CreateDirectory(directory);
        var seeds = target switch
        {
            "presentation" or "fhir" => files.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList(),
            "assessment" => files.Select(f => (Path.GetFileName(f), Assessment(f))).ToList(),
            "rules" => RuleSets(),
            _ => [],
        };

        foreach (var (name, bytes) in seeds)
        {
            File.WriteAllBytes(Path.Combine(directory, name), bytes);
        }

        return seeds.Count;
    }

    private static byte[] Assessment(string presentationFile)
    {
        var presentation = RedFlagsJson.ParsePresentation(File.ReadAllText(presentationFile));
        return Encoding.UTF8.GetBytes(RedFlagsJson.Serialize(new RedFlagEvaluator(DefaultCatalogue.RuleSet, EvaluationMode.Interpreted).Assess(presentation)));
    }

    // Two small rule sets: a local one that extends the catalogue, and a full one made of catalogue rules that refer to
    // no other rule (AFL++ works best from inputs of a few kilobytes; the whole catalogue is far larger).
    private static List<(string, byte[])> RuleSets()
    {
        const string Local = """
            {"id":"fuzz-local","version":"1.0.0","extends":"redflags-lbp-default",
             "disabled":[{"ruleId":"MAL-NIGHT-SWEATS","reason":"Local audit"}],
             "laboratoryLimits":{"adjustedCalciumAboveMillimolesPerLitre":2.65,"crpAboveMilligramsPerLitre":null}}
            """;
        var catalogue = DefaultCatalogue.RuleSet;
        var standalone = catalogue.Rules.Where(r => !r.Criterion.ToString().Contains("flag ", System.StringComparison.Ordinal)).Take(4);
        var full = RuleSet.Create("fuzz-full", "1.0.0", standalone, catalogue.PreTestProbabilities, catalogue.DefaultRecommendation);
        return [("local.json", Encoding.UTF8.GetBytes(Local)), ("full.json", Encoding.UTF8.GetBytes(RuleSetJson.Serialize(full, indented: false)))];
    }
}
