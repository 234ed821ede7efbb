namespace RedFlags;

/// <summary>The stable error codes of RedFlags validation. Codes are documented in <c>docs/error-codes.md</c> and never reused.</summary>
/// <remarks><c>RF1xxx</c>: presentations. <c>RF2xxx</c>: rules and rule sets. <c>RF3xxx</c>: JSON documents.</remarks>
public static class ErrorCodes
{
    /// <summary>The assessment date is missing.</summary>
    public const string AssessmentDateMissing = "RF1001";

    /// <summary>An age is below 0 or above 130 years.</summary>
    public const string AgeOutOfRange = "RF1002";

    /// <summary>A date is after the assessment date.</summary>
    public const string DateAfterAssessment = "RF1003";

    /// <summary>The age given and the age computed from the date of birth disagree.</summary>
    public const string AgeContradictsDateOfBirth = "RF1004";

    /// <summary>A number is NaN or infinite.</summary>
    public const string NumberNotFinite = "RF1005";

    /// <summary>A count, volume, weight, duration or laboratory value is negative or above its possible range.</summary>
    public const string ValueOutOfRange = "RF1006";

    /// <summary>A temperature is outside 25 to 45 °C.</summary>
    public const string TemperatureOutOfRange = "RF1007";

    /// <summary>An enum value is not one of the defined values.</summary>
    public const string UndefinedValue = "RF1008";

    /// <summary>Both a pain onset date and a pain duration were given.</summary>
    public const string OnsetAndDurationBothGiven = "RF1009";

    /// <summary>Cancers are listed while the personal history of cancer is recorded as absent.</summary>
    public const string CancerHistoryContradiction = "RF1010";

    /// <summary>A corticosteroid duration above zero is given while corticosteroid use is recorded as absent.</summary>
    public const string CorticosteroidContradiction = "RF1011";

    /// <summary>A laboratory reference range is invalid: an end is not finite or is negative, or its low end is not below its high end, or it gives neither end.</summary>
    public const string ReferenceRangeInvalid = "RF1012";

    /// <summary>The presentation's id is empty, longer than <see cref="PresentationValidator.MaximumIdLength"/>
    /// characters, or has a character other than a letter, a digit or <c>- . _ : /</c>.</summary>
    public const string IdInvalid = "RF1013";

    /// <summary>A rule id is empty or not upper-case words joined by hyphens.</summary>
    public const string RuleIdInvalid = "RF2001";

    /// <summary>Two rules have the same id.</summary>
    public const string RuleIdDuplicate = "RF2002";

    /// <summary>An all-of, any-of or at-least group has no criteria.</summary>
    public const string EmptyGroup = "RF2003";

    /// <summary>A rule has no evidence source, or a source has no citation.</summary>
    public const string EvidenceMissing = "RF2004";

    /// <summary>A threshold is outside the quantity's possible range, or an at-least count is outside 1 to the number of criteria.</summary>
    public const string ThresholdOutOfRange = "RF2005";

    /// <summary>A flag reference names a rule that is not in the set.</summary>
    public const string UnknownRuleReference = "RF2006";

    /// <summary>Flag references form a cycle.</summary>
    public const string RuleReferenceCycle = "RF2007";

    /// <summary>A required text (title, clinician text, patient text, action, timeframe, basis) is empty.</summary>
    public const string TextMissing = "RF2008";

    /// <summary>A rule-set id is empty or the version is not Semantic Versioning 2.0.0.</summary>
    public const string RuleSetIdentityInvalid = "RF2009";

    /// <summary>A probability is outside 0 to 1, or its low end is above its high end, or a figure is not positive.</summary>
    public const string FigureOutOfRange = "RF2010";

    /// <summary>Two pre-test probabilities are given for the same condition and setting.</summary>
    public const string DuplicatePreTestProbability = "RF2011";

    /// <summary>A rule's priority is outside 1 to 1000.</summary>
    public const string PriorityOutOfRange = "RF2012";

    /// <summary>An enum value in a rule (condition, urgency, finding, quantity, comparison, tag, investigation) is not defined.</summary>
    public const string RuleValueUndefined = "RF2013";

    /// <summary>A criterion nests deeper than the documented limit.</summary>
    public const string CriterionTooDeep = "RF2014";

    /// <summary>A customisation disables a rule without a reason, or names a rule twice.</summary>
    public const string CustomisationInvalid = "RF2015";

    /// <summary>A change to a base rule set does not apply: an override or a disabled rule names a rule the base set does not
    /// have, an added rule's id is already in it, a rule is changed more than once, or a disabled rule is still referred to
    /// by other rules. JSON rule files report these as <see cref="JsonInvalidComposition"/>.</summary>
    public const string RuleSetChangeInvalid = "RF2016";

    /// <summary>A default laboratory limit of a rule set is not a finite number above zero.</summary>
    public const string LaboratoryLimitInvalid = "RF2017";

    /// <summary>A rule that only contributes to combinations has an urgency above routine.</summary>
    public const string ContributingRuleNotRoutine = "RF2018";

    /// <summary>An all-of, any-of or at-least group has more criteria than <c>RuleSet.MaximumGroupSize</c>.</summary>
    public const string CriterionGroupTooLarge = "RF2019";

    /// <summary>The JSON document is malformed: a syntax error, invalid UTF-8, an invalid escape, trailing content or an empty document.</summary>
    public const string JsonMalformed = "RF3001";

    /// <summary>An object has a property the format does not define (often a typo; names are case-sensitive).</summary>
    public const string JsonUnknownProperty = "RF3002";

    /// <summary>A value has the wrong JSON type, for example a number where a name is expected or <c>null</c> where a value is required.</summary>
    public const string JsonWrongType = "RF3003";

    /// <summary>A required property is missing (in an assessment, also an overall recommendation left out with no deciding flag to take it from).</summary>
    public const string JsonMissingProperty = "RF3004";

    /// <summary>A name is not known: an enum value, a finding or a quantity; in an assessment, a recommendation or source id the document does not list.</summary>
    public const string JsonUnknownName = "RF3005";

    /// <summary>An object has the same property name twice; in an assessment, an id listed twice in <c>recommendations</c> or <c>sources</c>.</summary>
    public const string JsonDuplicateProperty = "RF3006";

    /// <summary>The document nests objects and arrays deeper than <c>RedFlagsJson.MaximumDepth</c>.</summary>
    public const string JsonTooDeep = "RF3007";

    /// <summary>The document is larger than <c>RedFlagsJson.MaximumDocumentBytes</c>.</summary>
    public const string JsonTooLarge = "RF3008";

    /// <summary>A date is not a valid calendar date in the form <c>yyyy-MM-dd</c>.</summary>
    public const string JsonInvalidDate = "RF3009";

    /// <summary>A local rule set does not compose with the catalogue it extends (unknown catalogue, override of a missing rule,
    /// added rule that already exists, rule changed twice, disabled rule still referenced by other rules).</summary>
    public const string JsonInvalidComposition = "RF3010";

    /// <summary>A number is not representable where it is used: not a whole number where one is required, or too large.</summary>
    public const string JsonNumberInvalid = "RF3011";

    /// <summary>A criterion object does not have exactly one kind (<c>finding</c>, <c>quantity</c>, <c>flag</c>, <c>allOf</c>,
    /// <c>anyOf</c>, <c>atLeastOf</c>, <c>not</c>), or combines properties that belong to different kinds.</summary>
    public const string JsonCriterionInvalid = "RF3012";

    /// <summary>A document has more problems than <c>RedFlagsJson.MaximumReportedProblems</c>: the first ones are
    /// listed, and this last problem says how many more were found.</summary>
    public const string JsonTooManyProblems = "RF3013";
}
