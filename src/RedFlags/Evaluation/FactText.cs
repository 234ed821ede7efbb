using System.Collections.Generic;
using RedFlags.Facts;
using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>What an explanation prints for a finding or quantity test, built once per plan.</summary>
internal sealed class FactText
{
    private FactText(FactKind kind, string name, string label, string test, string unit, int key, int nameKey, FactSection section, int slot, string? unknownObserved = null)
    {
        NameKey = nameKey;
        Action = QuestionOrder.Action(section);
        ClinicalRank = QuestionOrder.Rank(section, slot);
        Kind = kind;
        Name = name;
        Label = label;
        Test = test;
        Unit = unit;
        Key = key;
        if (unknownObserved is not null)
        {
            // A finding is observed as one of three values, so its triggering facts are built here, once each.
            ObservedPresent = Observed("present");
            ObservedAbsent = Observed("absent");
            ObservedUnknown = Observed(unknownObserved);
        }
    }

    public FactKind Kind { get; }

    public string Name { get; }

    public string Label { get; }

    public string Test { get; }

    public string Unit { get; }

    /// <summary>Equal for two tests with the same name and test text: the identity used to list a fact once.</summary>
    public int Key { get; }

    /// <summary>Equal for two tests of the same fact, whatever the test: the identity used to ask about a fact once.</summary>
    public int NameKey { get; }

    /// <summary>What answers a question about the fact.</summary>
    public QuestionAction Action { get; }

    /// <summary>The fact's place in the clinical order of questions (<see cref="QuestionOrder"/>).</summary>
    public int ClinicalRank { get; }

    /// <summary>For a finding test: the triggering fact when the finding is present (immutable, so shared by every assessment).</summary>
    public TriggeringFact? ObservedPresent { get; }

    /// <summary>For a finding test: the triggering fact when the finding is absent.</summary>
    public TriggeringFact? ObservedAbsent { get; }

    /// <summary>For a finding test: the triggering fact when the finding is unknown.</summary>
    public TriggeringFact? ObservedUnknown { get; }

    /// <summary>The triggering fact of this test with the given observed value.</summary>
    public TriggeringFact Observed(string observed)
        => new() { Kind = Kind, Name = Name, Label = Label, Observed = observed, Test = Test };

    public static FactText? For(in Node node, Dictionary<string, int> keys, Dictionary<string, int> nameKeys)
    {
        switch (node.Kind)
        {
            case NodeKind.Finding:
            {
                var finding = (Finding)node.Argument;
                var name = Vocabulary.Name(finding);
                var test = node.UnknownCountsAsPresent ? "present or unknown" : "present";
                var unknown = node.UnknownCountsAsPresent ? "unknown (counted as present for safety)" : "unknown";
                return new FactText(FactKind.Finding, name, Vocabulary.Label(finding), test, string.Empty, KeyOf(name + "\u0001" + test, keys), KeyOf(name, nameKeys), FactTable.Of(finding).Section, FactTable.SlotOf(finding), unknown);
            }

            case NodeKind.Quantity:
            {
                var quantity = (Quantity)node.Argument;
                var name = Vocabulary.Name(quantity);
                var unit = Vocabulary.Unit(quantity);
                var test = $"{CriterionText.Symbol(node.Comparison)} {CriterionText.Format(node.Threshold)} {unit}";
                return new FactText(FactKind.Quantity, name, Vocabulary.Label(quantity), test, unit, KeyOf(name + "\u0001" + test, keys), KeyOf(name, nameKeys), FactTable.Of(quantity).Section, FactTable.SlotOf(quantity));
            }

            default:
                return null;
        }
    }

    private static int KeyOf(string text, Dictionary<string, int> keys)
    {
        if (!keys.TryGetValue(text, out var key))
        {
            key = keys.Count;
            keys.Add(text, key);
        }

        return key;
    }
}
