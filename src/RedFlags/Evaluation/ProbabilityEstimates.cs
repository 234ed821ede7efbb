using RedFlags.Rules;

namespace RedFlags.Evaluation;

/// <summary>How a probability estimate is built from a pre-test probability and the strongest likelihood ratio of the
/// fired flags (odds times ratio), with the note that says what is missing; <see cref="ExplanationCache"/> builds every
/// estimate an assessment can report once.</summary>
internal static class ProbabilityEstimates
{
    private const string NoSettingNote = "No care setting was given, so no pre-test probability applies.";
    private const string NoLikelihoodRatioNote = "None of the fired flags has a published positive likelihood ratio in the evidence brief.";

    // The "no pre-test probability" note for each care setting, alone and followed by the likelihood-ratio note.
    private static readonly string[] s_noPriorNotes = BuildNoPriorNotes(string.Empty);
    private static readonly string[] s_noPriorNotesWithNoLikelihoodRatio = BuildNoPriorNotes(" " + NoLikelihoodRatioNote);

    /// <summary>The probability estimate for a condition in a setting when <paramref name="strongest"/> (a rule index,
    /// or -1 for none) has the strongest likelihood ratio among its fired flags; built once per plan.</summary>
    public static ProbabilityEstimate Build(ExplanationCache plan, CareSetting setting, SuspectedCondition condition, int strongest)
    {
        var strongestText = strongest >= 0 ? plan.RuleTexts[strongest] : null;
        var source = strongestText?.LikelihoodRatioSource;
        PreTestProbability? prior = null;
        string? priorSource = null;
        if (setting != CareSetting.Unspecified)
        {
            var priors = plan.RuleSet.PreTestProbabilities;
            for (var i = 0; i < priors.Count; i++)
            {
                if (priors[i].Condition == condition && priors[i].Setting == setting)
                {
                    prior = priors[i];
                    priorSource = plan.PriorSources[i];
                    break;
                }
            }
        }

        string? note;
        if (setting == CareSetting.Unspecified)
        {
            note = source is null ? NoSettingNote + " " + NoLikelihoodRatioNote : NoSettingNote;
        }
        else if (prior is null)
        {
            note = source is null ? NoPriorNote(setting, withNoLikelihoodRatio: true) : NoPriorNote(setting, withNoLikelihoodRatio: false);
        }
        else
        {
            note = source is null ? NoLikelihoodRatioNote : null;
        }

        double? likelihoodRatio = source?.PositiveLikelihoodRatio?.Value;
        return new ProbabilityEstimate
        {
            Setting = setting,
            PreTestLow = prior?.Low,
            PreTestHigh = prior?.High,
            PreTestSource = priorSource,
            LikelihoodRatio = likelihoodRatio,
            LikelihoodRatioRuleId = source is null ? null : plan.Rules[strongest].Rule.Id,
            LikelihoodRatioSource = strongestText?.LikelihoodRatioText,
            PostTestLow = prior is not null && likelihoodRatio is double lrLow ? PostTest(prior.Low, lrLow) : null,
            PostTestHigh = prior is not null && likelihoodRatio is double lrHigh ? PostTest(prior.High, lrHigh) : null,
            Note = note,
        };
    }

    public static double PostTest(double probability, double likelihoodRatio)
    {
        if (probability <= 0)
        {
            return 0;
        }

        if (probability >= 1)
        {
            return 1;
        }

        var odds = probability / (1 - probability) * likelihoodRatio;
        return odds / (1 + odds);
    }


    private static string NoPriorNote(CareSetting setting, bool withNoLikelihoodRatio)
    {
        var index = (int)setting < s_noPriorNotes.Length ? (int)setting : 0;
        return withNoLikelihoodRatio ? s_noPriorNotesWithNoLikelihoodRatio[index] : s_noPriorNotes[index];
    }

    private static string SettingText(CareSetting setting) => setting switch
    {
        CareSetting.PrimaryCare => "primary care",
        CareSetting.EmergencyDepartment => "the emergency department",
        CareSetting.SpecialistSpineService => "a specialist spine service",
        CareSetting.Oncology => "an oncology service",
        _ => "an unspecified setting",
    };

    private static string[] BuildNoPriorNotes(string suffix)
    {
        var notes = new string[(int)CareSetting.Oncology + 1];
        for (var i = 0; i < notes.Length; i++)
        {
            notes[i] = $"The evidence brief gives no pre-test probability for this condition in {SettingText((CareSetting)i)}.{suffix}";
        }

        return notes;
    }
}
