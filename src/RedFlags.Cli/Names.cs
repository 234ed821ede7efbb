using RedFlags.Rules;

namespace RedFlags.Cli;

/// <summary>How reports and NDJSON show the library's enumerations. The words are <see cref="Vocabulary"/>'s labels;
/// this class only sets their case for where they stand (a heading, inside a sentence) and writes JSON names.</summary>
internal static class Names
{
    public static string Json(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "emergency",
        Urgency.Urgent => "urgent",
        Urgency.Soon => "soon",
        _ => "routine",
    };

    /// <summary>The urgency as a heading or badge, for example <c>EMERGENCY</c>.</summary>
    public static string Heading(Urgency urgency) => Vocabulary.Label(urgency).ToUpperInvariant();

    /// <summary>The level of concern inside a sentence, for example "few concerning features".</summary>
    public static string Words(ConcernLevel concern) => Vocabulary.Label(concern).ToLowerInvariant();

    /// <summary>The care setting inside a sentence, for example "primary care".</summary>
    public static string Words(CareSetting setting) => Vocabulary.Label(setting).ToLowerInvariant();

    /// <summary>The evidence tag after a citation, for example "[S] secondary source".</summary>
    public static string Words(EvidenceTag tag) => $"[{Vocabulary.Marker(tag)}] {Vocabulary.Label(tag).ToLowerInvariant()}";
}
