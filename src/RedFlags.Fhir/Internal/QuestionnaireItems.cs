using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFlags.Fhir.Internal;

/// <summary>The items of the red-flag questionnaire, derived from <see cref="Vocabulary"/>: sections, link ids, units, follow-ups.</summary>
internal static class QuestionnaireItems
{
    /// <summary>One item: a finding, a quantity, or the patient's sex.</summary>
    public sealed record Entry(string LinkId, string Text, string Definition, Finding? Finding, Quantity? Quantity)
    {
        public bool IsSex => Finding is null && Quantity is null;

        /// <summary>Whole-number quantities (ages, days, weeks) are integer items.</summary>
        public bool IsInteger => Quantity is Quantity q && Vocabulary.Unit(q) is "years" or "days" or "weeks";

        /// <summary>The finding whose "present" answer enables this follow-up item, if any.</summary>
        public Finding? EnabledBy => Finding is RedFlags.Finding f && s_followUps.TryGetValue(f, out var parent) ? parent : null;
    }

    /// <summary>One group of items: a section of the presentation.</summary>
    public sealed record Section(string LinkId, string Title, IReadOnlyList<Entry> Items);

    // Follow-up questions: asked only when the first finding is present. The course of leg weakness is the one follow-up
    // whose meaning depends on its parent (progressive weakness is a kind of weakness).
    private static readonly Dictionary<Finding, Finding> s_followUps = new() { [RedFlags.Finding.ProgressiveLegWeakness] = RedFlags.Finding.LegWeakness };

    // The units of the core's quantities (Vocabulary.Unit) as UCUM codes. A new unit in the core fails the questionnaire tests.
    private static readonly Dictionary<string, string> s_ucum = new(StringComparer.Ordinal)
    {
        ["years"] = "a",
        ["days"] = "d",
        ["weeks"] = "wk",
        ["kg"] = "kg",
        ["°C"] = "Cel",
        ["mm/h"] = "mm/h",
        ["mg/L"] = "mg/L",
        ["g/L"] = "g/L",
        ["mmol/L"] = "mmol/L",
        ["x10^9/L"] = "10*9/L",
        ["mPa·s"] = "mPa.s",
        ["mL"] = "mL",
    };

    private static readonly Dictionary<string, string> s_titles = new(StringComparer.Ordinal)
    {
        ["patient"] = "Patient",
        ["pain"] = "Pain",
        ["history"] = "Medical history",
        ["systemic"] = "Systemic features",
        ["neurology"] = "Neurological symptoms",
        ["examination"] = "Examination",
        ["labs"] = "Laboratory results",
    };

    public static IReadOnlyList<Section> Sections { get; } = Build();

    /// <summary>Every item by link id.</summary>
    public static IReadOnlyDictionary<string, Entry> ByLinkId { get; } = Sections.SelectMany(s => s.Items).ToDictionary(e => e.LinkId, StringComparer.Ordinal);

    /// <summary>The link ids of the items whose fact is unknown in <paramref name="presentation"/>.</summary>
    public static string[] NotSupplied(PatientPresentation presentation) => Sections.SelectMany(s => s.Items).Where(e => e switch
    {
        { Finding: RedFlags.Finding finding } => presentation.Read(finding) == Presence.Unknown,
        { Quantity: RedFlags.Quantity quantity } => presentation.Read(quantity) is null,
        _ => presentation.Sex == Sex.Unknown,
    }).Select(e => e.LinkId).ToArray();

    public static string Ucum(string unit) => s_ucum.TryGetValue(unit, out var code)
        ? code
        : throw new InvalidOperationException("The unit '" + unit + "' has no UCUM code in the questionnaire's unit table (QuestionnaireItems).");

    private static List<Section> Build()
    {
        var entries = new List<(string Section, Entry Entry)>
        {
            ("patient", new Entry(RedFlagsQuestionnaire.SexLinkId, "Sex", "sex", null, null)),
        };
        foreach (var finding in Vocabulary.AllFindings)
        {
            if (finding is RedFlags.Finding.Female or RedFlags.Finding.Male)
            {
                continue; // the item "sex" (administrative gender) asks it once
            }

            var path = Vocabulary.Path(finding);
            entries.Add((SectionOf(path), new Entry(RedFlagsQuestionnaire.LinkId(finding), Vocabulary.Label(finding), path, finding, null)));
        }

        foreach (var quantity in Vocabulary.AllQuantities)
        {
            var path = Vocabulary.Path(quantity);
            var text = Vocabulary.Label(quantity) + " (" + Vocabulary.Unit(quantity) + ")";
            entries.Add((SectionOf(path), new Entry(RedFlagsQuestionnaire.LinkId(quantity), text, path, null, quantity)));
        }

        return s_titles.Keys
            .Select(key => new Section(key, s_titles[key], entries.Where(e => e.Section == key).Select(e => e.Entry).ToList()))
            .Where(section => section.Items.Count > 0)
            .ToList();
    }

    private static string SectionOf(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var section = dot < 0 ? "patient" : path.Substring(0, dot);
        return s_titles.ContainsKey(section) ? section : throw new InvalidOperationException("The path '" + path + "' is in no questionnaire section.");
    }
}
