namespace RedFlags;

/// <summary>What a clinician does to answer a <see cref="Question"/>: ask, examine, request a test or enter its result, or record.</summary>
public enum QuestionAction
{
    /// <summary>Ask the patient (a symptom or a history item).</summary>
    Ask = 1,

    /// <summary>Examine the patient (a sign or a bedside measurement such as a bladder scan).</summary>
    Examine = 2,

    /// <summary>Request a laboratory test, or enter its result when it has been done.</summary>
    RequestTest = 3,

    /// <summary>Enter the result's laboratory flag or reference range: the number is known but could not be read.</summary>
    EnterResult = 4,

    /// <summary>Record a demographic item (age, sex): it only feeds combinations and is not itself a warning sign.</summary>
    Record = 5,
}
