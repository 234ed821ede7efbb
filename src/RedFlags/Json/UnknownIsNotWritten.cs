using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization.Metadata;

namespace RedFlags.Json;

/// <summary>
/// The omission rule of presentations, as a contract modifier: a presentation document lists only what is known, so an
/// unknown finding, an unspecified choice, a missing number, an empty list and an all-unknown section are not written.
/// "Not written" and "unknown" are the same when reading, and neither is ever "absent".
/// </summary>
/// <remarks>
/// Every enum of a presentation has its "not known" member at 0 (<see cref="Presence.Unknown"/>,
/// <see cref="CareSetting.Unspecified"/>, ...). The assessment date is required and always written. Other documents
/// (assessments, rule sets) leave out only <see langword="null"/> values, which the context's
/// <c>DefaultIgnoreCondition</c> already does.
/// </remarks>
internal static class UnknownIsNotWritten
{
    private static readonly Type[] s_presentationParts =
    {
        typeof(PatientPresentation), typeof(PainFeatures), typeof(MedicalHistory), typeof(SystemicFeatures),
        typeof(NeurologicalFeatures), typeof(ExaminationFindings), typeof(LaboratoryResults), typeof(CancerHistory),
    };

    private static readonly object[] s_emptySections =
    {
        new PainFeatures(), new MedicalHistory(), new SystemicFeatures(), new NeurologicalFeatures(), new ExaminationFindings(), new LaboratoryResults(),
    };

    public static void Apply(JsonTypeInfo contract)
    {
        if (Array.IndexOf(s_presentationParts, contract.Type) < 0)
        {
            return;
        }

        foreach (var property in contract.Properties)
        {
            if (property.PropertyType != typeof(CalendarDate))
            {
                property.ShouldSerialize = static (_, value) => !IsNotKnown(value);
            }
        }
    }

    private static bool IsNotKnown(object? value) => value switch
    {
        null => true,
        Enum choice => Convert.ToInt64(choice, CultureInfo.InvariantCulture) == 0,
        IReadOnlyCollection<CancerHistory> cancers => cancers.Count == 0,
        _ => s_emptySections.Contains(value),
    };
}
