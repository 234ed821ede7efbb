using RedFlags.Testing;
using static RedFlags.Tests.Support.Patients;

namespace RedFlags.Tests.Model;

/// <summary>
/// The evaluator's fast pre-check tests presences arithmetically (an offset and a sign bit); every value outside 0-2,
/// including negative ones and the extremes, must still be caught in every field.
/// </summary>
public class UndefinedPresenceTests
{
    public static TheoryData<Finding, int> Cases()
    {
        var data = new TheoryData<Finding, int>();
        foreach (var finding in Vocabulary.AllFindings)
        {
            foreach (var value in new[] { 3, 4, -1, int.MaxValue, int.MinValue })
            {
                data.Add(finding, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AssessUrgency_UndefinedPresenceInAnyStoredField_IsRejected(Finding finding, int value)
    {
        var p = NothingFound().WithFinding(finding, (Presence)value);
        var errors = PresentationValidator.Validate(p).Errors;
        if (errors.Count == 0)
        {
            // A derived finding (sex, trauma, leg weakness, cancers) is not stored as a presence.
            return;
        }

        Assert.Equal(errors, Assert.Throws<RedFlagsValidationException>(() => Evaluator.AssessUrgency(p)).Errors);
    }
}
