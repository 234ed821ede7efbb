using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using RedFlags.Rules;

namespace RedFlags.Json;

/// <summary>
/// The full shape of an assessment as written and read (issue #17 item 4): self-contained for audit, and nothing in it
/// written twice. Each recommendation is written once in <c>recommendations</c> and each citation once in
/// <c>sources</c>, and flags refer to them by id; the overall recommendation is left out when it is the deciding flag's;
/// the probability method and caveat are written once; a flag under its own condition does not repeat the condition, nor
/// its urgency when it is its recommendation's; defaults (no concern, an unspecified setting, a finding, a question to ask,
/// a verified source, <c>false</c>) and empty values are not written.
/// </summary>
/// <remarks>The mapping is lossless: <see cref="Of"/> then <see cref="ToAssessment"/> gives back an equal
/// <see cref="Assessment"/>, and writing that again gives the same bytes.</remarks>
internal sealed class AssessmentDocument
{
    /// <summary>The id of a recommendation no flag refers to (the rule set's default when no flag fired).</summary>
    public const string DefaultRecommendationId = "default";

    public string? Id { get; set; }

    [JsonRequired]
    public CalendarDate AssessmentDate { get; set; }

    /// <summary>Not written when unspecified.</summary>
    public CareSetting? CareSetting { get; set; }

    [JsonRequired]
    public Urgency Urgency { get; set; }

    public string? DecidingRuleId { get; set; }

    /// <summary>The id of the overall recommendation in <c>recommendations</c>; not written when it is the recommendation
    /// of the flag named by <c>decidingRuleId</c>.</summary>
    public string? Recommendation { get; set; }

    public string? Completeness { get; set; }

    public IReadOnlyList<DecisiveQuestion>? OpenDecisiveQuestions { get; set; }

    public IReadOnlyList<ConditionEntry>? Conditions { get; set; }

    public IReadOnlyList<FlagEntry>? ContributingFlags { get; set; }

    public IReadOnlyList<Investigation>? Investigations { get; set; }

    public IReadOnlyList<QuestionEntry>? Questions { get; set; }

    public IReadOnlyList<string>? PatientAdvice { get; set; }

    /// <summary>Every recommendation the document refers to, once each, in the order first referred to.</summary>
    [JsonRequired]
    public IReadOnlyList<RecommendationEntry> Recommendations { get; set; } = Array.Empty<RecommendationEntry>();

    /// <summary>Every citation of the flags' evidence, once each, in the order first cited.</summary>
    public IReadOnlyList<SourceEntry>? Sources { get; set; }

    /// <summary>The method of the conditions' probability estimates (written when there is a condition).</summary>
    public string? ProbabilityMethod { get; set; }

    /// <summary>The caveat of the conditions' probability estimates (written when there is a condition).</summary>
    public string? ProbabilityCaveat { get; set; }

    [JsonRequired]
    public RuleSetReference RuleSet { get; set; } = RuleSetReference.Empty;

    public string? Statement { get; set; }

    /// <summary>Returns the document of an assessment.</summary>
    public static AssessmentDocument Of(Assessment assessment)
    {
        var writer = new Writer();
        var conditions = assessment.Conditions.Select(c => writer.Condition(c)).ToList();
        var contributing = assessment.ContributingFlags.Select(f => writer.Flag(f, parent: null)).ToList();
        var overall = writer.RecommendationId(assessment.Recommendation, DefaultRecommendationId);
        var deciding = assessment.DecidingRuleId is { } id ? writer.RecommendationOfRule(id) : null;
        var first = assessment.Conditions.Select(c => c.Probability).FirstOrDefault(p => !IsEmpty(p));
        var method = first?.Method;
        var caveat = first?.Caveat;
        foreach (var (entry, condition) in conditions.Zip(assessment.Conditions, (e, c) => (e, c)))
        {
            if (entry.Probability is { } probability)
            {
                probability.Method = condition.Probability.Method == method ? null : condition.Probability.Method;
                probability.Caveat = condition.Probability.Caveat == caveat ? null : condition.Probability.Caveat;
            }
        }

        return new AssessmentDocument
        {
            Id = assessment.Id,
            AssessmentDate = assessment.AssessmentDate,
            CareSetting = assessment.CareSetting == RedFlags.CareSetting.Unspecified ? null : assessment.CareSetting,
            Urgency = assessment.Urgency,
            DecidingRuleId = assessment.DecidingRuleId,
            Recommendation = deciding == overall ? null : overall,
            Completeness = NullIfEmpty(assessment.Completeness),
            OpenDecisiveQuestions = NullIfEmpty(assessment.OpenDecisiveQuestions),
            Conditions = NullIfEmpty(conditions),
            ContributingFlags = NullIfEmpty(contributing),
            Investigations = NullIfEmpty(assessment.Investigations),
            Questions = NullIfEmpty(assessment.Questions.Select(Question).ToList()),
            PatientAdvice = NullIfEmpty(assessment.PatientAdvice),
            Recommendations = writer.Recommendations,
            Sources = NullIfEmpty(writer.Sources),
            ProbabilityMethod = method,
            ProbabilityCaveat = caveat,
            RuleSet = assessment.RuleSet,
            Statement = assessment.Statement,
        };
    }

    /// <summary>Builds the assessment the document describes; a reference to an id the document does not list is reported
    /// (<c>RF3005</c>), as is an id listed twice (<c>RF3006</c>) or a left-out overall recommendation with no deciding
    /// flag to take it from (<c>RF3004</c>).</summary>
    public Assessment ToAssessment(StrictReader document)
    {
        var reader = new Reader(this, document);
        var conditions = (Conditions ?? Array.Empty<ConditionEntry>()).Select((c, i) => reader.Condition(c, i)).ToList();
        var contributing = (ContributingFlags ?? Array.Empty<FlagEntry>()).Select((f, i) => reader.Flag(f, null, $"contributingFlags[{i}]")).ToList();
        Recommendation overall;
        if (Recommendation is { } id)
        {
            overall = reader.Recommendation(id, "recommendation");
        }
        else if (conditions.SelectMany(c => c.Flags).Concat(contributing).FirstOrDefault(f => f.RuleId == DecidingRuleId) is { } deciding)
        {
            overall = deciding.Recommendation;
        }
        else
        {
            overall = RedFlags.Rules.Recommendation.Empty;
            document.Error(ErrorCodes.JsonMissingProperty, "recommendation", 0, null, "The required property 'recommendation' is missing (it may be left out only when 'decidingRuleId' names a flag of the assessment).");
        }

        return new Assessment
        {
            Id = Id,
            AssessmentDate = AssessmentDate,
            CareSetting = CareSetting ?? RedFlags.CareSetting.Unspecified,
            Urgency = Urgency,
            Completeness = Completeness ?? string.Empty,
            OpenDecisiveQuestions = OpenDecisiveQuestions ?? Array.Empty<DecisiveQuestion>(),
            Recommendation = overall,
            DecidingRuleId = DecidingRuleId,
            Conditions = conditions,
            ContributingFlags = contributing,
            Investigations = Investigations ?? Array.Empty<Investigation>(),
            Questions = (Questions ?? Array.Empty<QuestionEntry>()).Select(Question).ToList(),
            PatientAdvice = PatientAdvice ?? Array.Empty<string>(),
            RuleSet = RuleSet,
            Statement = Statement ?? Assessment.StatementText,
        };
    }

    private static bool IsEmpty(ProbabilityEstimate probability) => probability == ProbabilityEstimate.Empty;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static IReadOnlyList<T>? NullIfEmpty<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items;

    private static QuestionEntry Question(Question question) => new()
    {
        Kind = question.Kind == FactKind.Finding ? null : question.Kind,
        Name = question.Name,
        Label = NullIfEmpty(question.Label),
        Action = question.Action == QuestionAction.Ask ? null : question.Action,
        CouldRaiseUrgencyTo = question.CouldRaiseUrgencyTo,
        RuleIds = NullIfEmpty(question.RuleIds),
    };

    private static Question Question(QuestionEntry entry) => new()
    {
        Kind = entry.Kind ?? FactKind.Finding,
        Name = entry.Name,
        Label = entry.Label ?? string.Empty,
        Action = entry.Action ?? QuestionAction.Ask,
        CouldRaiseUrgencyTo = entry.CouldRaiseUrgencyTo,
        RuleIds = entry.RuleIds ?? Array.Empty<string>(),
    };

    // Gives each distinct recommendation and citation an id, in the order first met.
    private sealed class Writer
    {
        private readonly Dictionary<Recommendation, string> _recommendationIds = new();
        private readonly Dictionary<string, string> _ruleRecommendations = new(StringComparer.Ordinal);
        private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _sourceIds = new(StringComparer.Ordinal);

        public List<RecommendationEntry> Recommendations { get; } = new();

        public List<SourceEntry> Sources { get; } = new();

        public ConditionEntry Condition(ConditionAssessment condition) => new()
        {
            Condition = condition.Condition,
            Concern = condition.Concern == ConcernLevel.None ? null : condition.Concern,
            Urgency = condition.Urgency,
            Flags = NullIfEmpty(condition.Flags.Select(f => Flag(f, condition.Condition)).ToList()),
            Probability = IsEmpty(condition.Probability) ? null : Probability(condition.Probability),
        };

        public FlagEntry Flag(FiredFlag flag, SuspectedCondition? parent)
        {
            var recommendation = RecommendationId(flag.Recommendation, flag.RuleId);
            if (!_ruleRecommendations.ContainsKey(flag.RuleId))
            {
                _ruleRecommendations[flag.RuleId] = recommendation;
            }

            return new FlagEntry
            {
                RuleId = flag.RuleId,
                Title = NullIfEmpty(flag.Title),
                Condition = parent == flag.Condition ? null : flag.Condition,
                Urgency = flag.Urgency == flag.Recommendation.Urgency ? null : flag.Urgency,
                ContributesOnly = flag.ContributesOnly ? true : null,
                ClinicianText = NullIfEmpty(flag.ClinicianText),
                PatientText = NullIfEmpty(flag.PatientText),
                Criterion = NullIfEmpty(flag.Criterion),
                Facts = NullIfEmpty(flag.Facts.Select(Fact).ToList()),
                Recommendation = recommendation,
                Evidence = NullIfEmpty(flag.Evidence.Select(Evidence).ToList()),
            };
        }

        public string? RecommendationOfRule(string ruleId) => _ruleRecommendations.TryGetValue(ruleId, out var id) ? id : null;

        public string RecommendationId(Recommendation recommendation, string wanted)
        {
            if (_recommendationIds.TryGetValue(recommendation, out var known))
            {
                return known;
            }

            var id = wanted;
            for (var n = 2; !_usedIds.Add(id); n++)
            {
                id = wanted + "~" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            _recommendationIds[recommendation] = id;
            Recommendations.Add(new RecommendationEntry
            {
                Id = id,
                Urgency = recommendation.Urgency,
                Action = recommendation.Action,
                Timeframe = recommendation.Timeframe,
                Investigations = NullIfEmpty(recommendation.Investigations),
                Basis = recommendation.Basis,
                PatientAdvice = recommendation.PatientAdvice,
            });
            return id;
        }

        private static FactEntry Fact(TriggeringFact fact) => new()
        {
            Kind = fact.Kind == FactKind.Finding ? null : fact.Kind,
            Name = fact.Name,
            Label = NullIfEmpty(fact.Label),
            Observed = NullIfEmpty(fact.Observed),
            Test = NullIfEmpty(fact.Test),
        };

        private static ProbabilityEntry Probability(ProbabilityEstimate estimate) => new()
        {
            Setting = estimate.Setting == RedFlags.CareSetting.Unspecified ? null : estimate.Setting,
            PreTestLow = estimate.PreTestLow,
            PreTestHigh = estimate.PreTestHigh,
            PreTestSource = estimate.PreTestSource,
            LikelihoodRatio = estimate.LikelihoodRatio,
            LikelihoodRatioRuleId = estimate.LikelihoodRatioRuleId,
            LikelihoodRatioSource = estimate.LikelihoodRatioSource,
            PostTestLow = estimate.PostTestLow,
            PostTestHigh = estimate.PostTestHigh,
            Method = estimate.Method,
            Caveat = estimate.Caveat,
            Note = estimate.Note,
        };

        private EvidenceEntry Evidence(EvidenceSource source)
        {
            if (!_sourceIds.TryGetValue(source.Citation, out var id))
            {
                id = "s" + (Sources.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _sourceIds[source.Citation] = id;
                Sources.Add(new SourceEntry { Id = id, Citation = source.Citation });
            }

            return new EvidenceEntry
            {
                Source = id,
                Tag = source.Tag == EvidenceTag.Verified ? null : source.Tag,
                StudySetting = source.StudySetting,
                Sensitivity = source.Sensitivity,
                Specificity = source.Specificity,
                PositiveLikelihoodRatio = source.PositiveLikelihoodRatio,
                NegativeLikelihoodRatio = source.NegativeLikelihoodRatio,
                Note = source.Note,
            };
        }
    }

    // Resolves the ids, reporting the ones the document does not list.
    private sealed class Reader
    {
        private readonly AssessmentDocument _owner;
        private readonly StrictReader _document;
        private IReadOnlyDictionary<string, long>? _offsets;
        private readonly Dictionary<string, Recommendation> _recommendations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _citations = new(StringComparer.Ordinal);

        public Reader(AssessmentDocument owner, StrictReader document)
        {
            _owner = owner;
            _document = document;
            for (var i = 0; i < owner.Recommendations.Count; i++)
            {
                var entry = owner.Recommendations[i];
                if (_recommendations.ContainsKey(entry.Id))
                {
                    Duplicate("recommendations", i, entry.Id);
                    continue;
                }

                _recommendations[entry.Id] = new Recommendation
                {
                    Urgency = entry.Urgency,
                    Action = entry.Action,
                    Timeframe = entry.Timeframe,
                    Investigations = entry.Investigations ?? Array.Empty<Investigation>(),
                    Basis = entry.Basis,
                    PatientAdvice = entry.PatientAdvice,
                };
            }

            var sources = owner.Sources ?? Array.Empty<SourceEntry>();
            for (var i = 0; i < sources.Count; i++)
            {
                if (_citations.ContainsKey(sources[i].Id))
                {
                    Duplicate("sources", i, sources[i].Id);
                    continue;
                }

                _citations[sources[i].Id] = sources[i].Citation;
            }
        }

        public ConditionAssessment Condition(ConditionEntry entry, int index) => new()
        {
            Condition = entry.Condition,
            Concern = entry.Concern ?? ConcernLevel.None,
            Urgency = entry.Urgency,
            Flags = (entry.Flags ?? Array.Empty<FlagEntry>()).Select((f, i) => Flag(f, entry.Condition, $"conditions[{index}].flags[{i}]")).ToList(),
            Probability = entry.Probability is { } probability ? Probability(probability) : ProbabilityEstimate.Empty,
        };

        public FiredFlag Flag(FlagEntry entry, SuspectedCondition? parent, string path)
        {
            var condition = entry.Condition ?? parent;
            if (condition is null)
            {
                _document.Error(ErrorCodes.JsonMissingProperty, path + ".condition", Offset("contributingFlags"), null, "The required property 'condition' is missing (it may be left out only under a condition).");
            }

            var recommendation = Recommendation(entry.Recommendation, path + ".recommendation");
            return new FiredFlag
            {
                RuleId = entry.RuleId,
                Title = entry.Title ?? string.Empty,
                Condition = condition ?? default,
                Urgency = entry.Urgency ?? recommendation.Urgency,
                ContributesOnly = entry.ContributesOnly ?? false,
                ClinicianText = entry.ClinicianText ?? string.Empty,
                PatientText = entry.PatientText ?? string.Empty,
                Criterion = entry.Criterion ?? string.Empty,
                Facts = (entry.Facts ?? Array.Empty<FactEntry>()).Select(Fact).ToList(),
                Recommendation = recommendation,
                Evidence = (entry.Evidence ?? Array.Empty<EvidenceEntry>()).Select((e, i) => Evidence(e, $"{path}.evidence[{i}].source")).ToList(),
            };
        }

        public Recommendation Recommendation(string id, string path)
        {
            if (_recommendations.TryGetValue(id, out var recommendation))
            {
                return recommendation;
            }

            Unknown(path, id, "recommendation", "recommendations");
            return RedFlags.Rules.Recommendation.Empty;
        }

        private static TriggeringFact Fact(FactEntry entry) => new()
        {
            Kind = entry.Kind ?? FactKind.Finding,
            Name = entry.Name,
            Label = entry.Label ?? string.Empty,
            Observed = entry.Observed ?? string.Empty,
            Test = entry.Test ?? string.Empty,
        };

        private ProbabilityEstimate Probability(ProbabilityEntry entry) => new()
        {
            Setting = entry.Setting ?? RedFlags.CareSetting.Unspecified,
            PreTestLow = entry.PreTestLow,
            PreTestHigh = entry.PreTestHigh,
            PreTestSource = entry.PreTestSource,
            LikelihoodRatio = entry.LikelihoodRatio,
            LikelihoodRatioRuleId = entry.LikelihoodRatioRuleId,
            LikelihoodRatioSource = entry.LikelihoodRatioSource,
            PostTestLow = entry.PostTestLow,
            PostTestHigh = entry.PostTestHigh,
            Method = entry.Method ?? _owner.ProbabilityMethod ?? ProbabilityEstimate.MethodText,
            Caveat = entry.Caveat ?? _owner.ProbabilityCaveat ?? ProbabilityEstimate.CaveatText,
            Note = entry.Note,
        };

        private EvidenceSource Evidence(EvidenceEntry entry, string path)
        {
            if (!_citations.TryGetValue(entry.Source, out var citation))
            {
                Unknown(path, entry.Source, "source", "sources");
                citation = string.Empty;
            }

            return new EvidenceSource
            {
                Citation = citation,
                Tag = entry.Tag ?? EvidenceTag.Verified,
                StudySetting = entry.StudySetting,
                Sensitivity = entry.Sensitivity,
                Specificity = entry.Specificity,
                PositiveLikelihoodRatio = entry.PositiveLikelihoodRatio,
                NegativeLikelihoodRatio = entry.NegativeLikelihoodRatio,
                Note = entry.Note,
            };
        }

        private void Unknown(string path, string id, string what, string table)
            => _document.Error(ErrorCodes.JsonUnknownName, path, Offset(path.Split('.', '[')[0]), id, $"The {what} id '{id}' is not listed in '{table}'.");

        private void Duplicate(string table, int index, string id)
            => _document.Error(ErrorCodes.JsonDuplicateProperty, $"{table}[{index}].id", Offset(table), id, $"The id '{id}' is listed twice in '{table}'.");

        // The root properties are found only when a problem is reported: valid documents are not scanned twice.
        private long Offset(string property) => (_offsets ??= _document.RootProperties()).TryGetValue(property, out var offset) ? offset : 0;

    }
}
