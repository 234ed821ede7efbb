using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using RedFlags.Fhir;
using RedFlags.Fhir.CdsHooks;
using RedFlags.Rules;

namespace RedFlags.CdsHooks.Internal;

/// <summary>
/// The card of a spine imaging order (<c>order-select</c>, <c>order-sign</c>): with red flags, the pathway and the
/// imaging it calls for (with a suggestion to order it instead when the order differs); with decisive questions open,
/// the questions; with neither, NICE NG59 (imaging not routinely offered in a non-specialist setting).
/// </summary>
internal static class ImagingOrderCards
{
    private const string Ng59Url = "https://www.nice.org.uk/guidance/ng59";

    private static readonly CdsCoding s_topic = new() { System = CdsHooksWriter.CardCodeSystem, Code = "spine-imaging-order", Display = "Spine imaging order" };

    private static readonly IReadOnlyList<CdsCoding> s_ng59OverrideReasons =
    [
        new CdsCoding { System = CdsHooksWriter.CardCodeSystem, Code = "specialist-setting", Display = "Specialist setting: the imaging would change management" },
        new CdsCoding { System = CdsHooksWriter.CardCodeSystem, Code = "red-flag-not-recorded", Display = "A red flag is present that the record does not show" },
        .. CdsHooksWriter.OverrideReasons,
    ];

    public static List<CdsCard> For(Assessment assessment, IReadOnlyList<ImagingOrder> orders, string patientId, CdsLink? questionnaire)
    {
        if (orders.Count == 0)
        {
            return [];
        }

        var overall = CdsHooksWriter.ToCards(assessment)[0];
        var ordered = string.Join(", ", orders.Select(o => o.Code.Display));
        if (assessment.Urgency > Urgency.Routine)
        {
            return [RedFlags(assessment, orders, ordered, patientId, overall)];
        }

        var open = assessment.Questions.Where(q => q.CouldRaiseUrgencyTo > assessment.Urgency).ToList();
        return open.Count > 0 ? [QuestionsOpen(assessment, ordered, open, overall, questionnaire)] : [NotIndicated(assessment, ordered, overall)];
    }

    /// <summary>Whether an order does the imaging an investigation asks for.</summary>
    public static bool Satisfies(SpineImagingCode order, Investigation investigation) => investigation switch
    {
        Investigation.MriWholeSpine => order.Modality == SpineImagingModality.Mri && order.Region == SpineImagingRegion.WholeSpine,
        Investigation.MriLumbosacralSpine => order.Modality == SpineImagingModality.Mri && order.Region is SpineImagingRegion.Lumbar or SpineImagingRegion.WholeSpine,
        Investigation.MriSpineWithContrast => order.Modality == SpineImagingModality.Mri && order.WithContrast,
        Investigation.CtSpine => order.Modality == SpineImagingModality.Ct,
        Investigation.SpinalImagingForFracture => true,
        _ => false,
    };

    private static bool IsImaging(Investigation investigation) => investigation is Investigation.MriWholeSpine or Investigation.MriLumbosacralSpine
        or Investigation.MriSpineWithContrast or Investigation.CtSpine or Investigation.SpinalImagingForFracture;

    private static CdsCard RedFlags(Assessment assessment, IReadOnlyList<ImagingOrder> orders, string ordered, string patientId, CdsCard overall)
    {
        var recommendation = assessment.Recommendation;
        var imaging = Imaging(assessment).ToList();
        var unmet = imaging.Where(i => !orders.Any(o => Satisfies(o.Code, i))).ToList();
        var what = unmet.Count > 0 ? Vocabulary.Label(unmet[0]) + " rather than " + orders[0].Code.Display : "the imaging ordered fits";
        var summary = CdsHooksWriter.Summary("Back pain red flags: " + Vocabulary.Label(assessment.Urgency).ToLowerInvariant() + " - " + what
            + (string.IsNullOrEmpty(recommendation.Timeframe) ? string.Empty : "; " + recommendation.Timeframe));
        var detail = new StringBuilder()
            .Append("**Ordered:** ").Append(CdsHooksWriter.Escape(ordered)).Append("\n\n")
            .Append("**Imaging the red flags call for:** ")
            .Append(imaging.Count == 0 ? "none named; see the recommendation" : CdsHooksWriter.Escape(string.Join(", ", imaging.Select(Vocabulary.Label))))
            .Append("\n\n").Append(overall.Detail).ToString();
        var suggestions = unmet.Count > 0 ? [Suggestion(assessment, unmet[0], orders, patientId)] : (IReadOnlyList<CdsSuggestion>?)null;
        return overall with
        {
            Uuid = CdsHooksWriter.UuidOf(assessment, "order|" + ordered, summary + "|" + detail),
            Summary = summary,
            Detail = detail,
            Suggestions = suggestions,
            SelectionBehavior = suggestions is null ? null : "at-most-one",
        };
    }

    /// <summary>
    /// The imaging an urgent or emergency assessment calls for, when it names one: what a <c>patient-view</c> card
    /// suggests ordering.
    /// </summary>
    public static Investigation? ClearImaging(Assessment assessment) =>
        assessment.Urgency >= Urgency.Urgent ? Imaging(assessment).Select(i => (Investigation?)i).FirstOrDefault() : null;

    // The imaging of the deciding pathway first, in the pathway's own order (which puts first what it asks for first),
    // then any other imaging the fired flags name (the assessment lists those in a fixed order).
    private static IEnumerable<Investigation> Imaging(Assessment assessment)
        => assessment.Recommendation.Investigations.Concat(assessment.Investigations).Where(IsImaging).Distinct();

    /// <summary>
    /// A suggestion to order the imaging as a draft ServiceRequest (priority from the urgency, reason the deciding
    /// rule, note the timeframe), removing the draft orders it replaces.
    /// </summary>
    public static CdsSuggestion Suggestion(Assessment assessment, Investigation investigation, IReadOnlyList<ImagingOrder> orders, string patientId)
    {
        var label = Vocabulary.Label(investigation);
        var deciding = assessment.Conditions.SelectMany(c => c.Flags).Concat(assessment.ContributingFlags).FirstOrDefault(f => f.RuleId == assessment.DecidingRuleId);
        var request = new ServiceRequest
        {
            Status = RequestStatus.Draft,
            Intent = RequestIntent.Order,
            Priority = assessment.Urgency switch
            {
                Urgency.Emergency => RequestPriority.Stat,
                Urgency.Urgent => RequestPriority.Urgent,
                _ => RequestPriority.Routine,
            },
            Code = new CodeableConcept { Text = label },
            Subject = new ResourceReference("Patient/" + patientId),
        };
        if (deciding is not null)
        {
            request.ReasonCode.Add(new CodeableConcept(FhirCodeSystems.RedFlagsRule, deciding.RuleId, deciding.Title));
        }

        if (!string.IsNullOrEmpty(assessment.Recommendation.Timeframe))
        {
            request.Note.Add(new Annotation { Text = assessment.Recommendation.Timeframe });
        }

        var actions = new List<CdsAction>
        {
            new() { Type = "create", Description = "Order " + label, Resource = JsonDocument.Parse(request.ToJson()).RootElement.Clone() },
        };
        actions.AddRange(orders.Where(o => o.Reference is not null).Select(o => new CdsAction { Type = "delete", Description = "Remove the draft order " + o.Code.Display, ResourceId = o.Reference }));
        return new CdsSuggestion
        {
            Label = "Order " + label + (orders.Count > 0 ? " instead" : string.Empty),
            Uuid = CdsHooksWriter.UuidOf(assessment, "suggestion|" + investigation, string.Join("|", orders.Select(o => o.Reference))),
            IsRecommended = true,
            Actions = actions,
        };
    }

    private static CdsCard QuestionsOpen(Assessment assessment, string ordered, List<Question> open, CdsCard overall, CdsLink? questionnaire)
    {
        var summary = CdsHooksWriter.Summary("Before spine imaging: ask the red-flag questions still open (" + open.Count + ")");
        var md = new StringBuilder().Append("**Ordered:** ").Append(CdsHooksWriter.Escape(ordered)).Append("\n\n")
            .Append("No red flag was found in the data available, but questions that could change the urgency are open.\n\n");
        CdsHooksWriter.AppendQuestions(md, open);
        CdsHooksWriter.AppendFooter(md, assessment, null);
        var detail = md.ToString();
        return overall with
        {
            Uuid = CdsHooksWriter.UuidOf(assessment, "order-questions|" + ordered, summary + "|" + detail),
            Summary = summary,
            Detail = detail,
            Indicator = CdsIndicator.Info,
            Source = CdsHooksWriter.SourceOf(assessment, Ng59Url, s_topic),
            Links = questionnaire is null ? null : [questionnaire],
        };
    }

    private static CdsCard NotIndicated(Assessment assessment, string ordered, CdsCard overall)
    {
        const string Summary = "No red flag found: NICE NG59 advises against routine imaging for low back pain in a non-specialist setting";
        var md = new StringBuilder().Append("**Ordered:** ").Append(CdsHooksWriter.Escape(ordered)).Append("\n\n")
            .Append("No red flag was found and the decisive questions are answered.\n\n")
            .Append("- NICE NG59 1.1.4: do not routinely offer imaging in a non-specialist setting.\n")
            .Append("- NICE NG59 1.1.5: explain that referral to a specialist may not need imaging.\n")
            .Append("- NICE NG59 1.1.6: consider imaging in a specialist setting only if the result is likely to change management.\n\n");
        CdsHooksWriter.AppendFooter(md, assessment, assessment.Recommendation.Basis);
        var detail = md.ToString();
        return overall with
        {
            Uuid = CdsHooksWriter.UuidOf(assessment, "order-ng59|" + ordered, Summary + "|" + detail),
            Summary = CdsHooksWriter.Summary(Summary),
            Detail = detail,
            Indicator = CdsIndicator.Info,
            Source = CdsHooksWriter.SourceOf(assessment, Ng59Url, s_topic),
            OverrideReasons = s_ng59OverrideReasons,
        };
    }
}
