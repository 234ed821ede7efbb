using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using RedFlags.Fhir.Internal;
using FhirQuantity = Hl7.Fhir.Model.Quantity;

namespace RedFlags.Fhir;

/// <summary>
/// Writes an <see cref="Assessment"/> as FHIR R4 resources: one <see cref="RiskAssessment"/> (a prediction per suspected
/// condition) and one <see cref="DetectedIssue"/> per emergency or urgent flag. Identifiers are derived from the content
/// (SHA-256), so the same assessment always gives the same resources; nothing reads the clock.
/// </summary>
public static class FhirAssessmentWriter
{
    private static readonly FhirJsonSerializer s_serializer = new();

    /// <summary>Writes the RiskAssessment of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="context">The patient and the source resources, if known.</param>
    /// <returns>The RiskAssessment (status final).</returns>
    public static RiskAssessment ToRiskAssessment(Assessment assessment, FhirWriteContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        context ??= new FhirWriteContext();
        var ruleSet = assessment.RuleSet;
        var risk = new RiskAssessment
        {
            Id = WriterText.Uuid("RiskAssessment|" + WriterText.Canonical(assessment)),
            Status = ObservationStatus.Final,
            Subject = Subject(context),
            Occurrence = new FhirDateTime(assessment.AssessmentDate.ToString()),
            Method = new CodeableConcept(FhirCodeSystems.RedFlagsRuleSet, ruleSet.Id, "RedFlags rule set " + ruleSet.Id + " " + ruleSet.Version)
            {
                Text = "RedFlags rule set " + ruleSet.Id + " version " + ruleSet.Version + " (fingerprint sha256:" + ruleSet.Fingerprint + ")",
            },
            Basis = context.BasisReferences.Select(r => new ResourceReference(r)).ToList(),
            Mitigation = Mitigation(assessment),
            Note =
            [
                new Annotation { Text = "Rule set " + ruleSet.Id + " " + ruleSet.Version + ", fingerprint sha256:" + ruleSet.Fingerprint + "." },
                new Annotation { Text = assessment.Statement },
                new Annotation { Text = ProbabilityEstimate.MethodText + " " + ProbabilityEstimate.CaveatText },
            ],
        };
        risk.Method.Coding[0].Version = ruleSet.Version;

        foreach (var condition in assessment.Conditions)
        {
            risk.Prediction.Add(Prediction(condition));
        }

        return risk;
    }

    /// <summary>Writes one DetectedIssue per emergency or urgent flag of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="context">The patient and the source resources, if known.</param>
    /// <returns>The DetectedIssues (severity high for an emergency flag, moderate for an urgent one), in the assessment's order.</returns>
    public static IReadOnlyList<DetectedIssue> ToDetectedIssues(Assessment assessment, FhirWriteContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        context ??= new FhirWriteContext();
        // Encoded once: every issue's UUID hashes it after its own prefix.
        var canonical = Encoding.UTF8.GetBytes(WriterText.Canonical(assessment));
        var issues = new List<DetectedIssue>();
        foreach (var condition in assessment.Conditions)
        {
            foreach (var flag in condition.Flags)
            {
                if (flag.Urgency < Urgency.Urgent)
                {
                    continue;
                }

                issues.Add(Issue(assessment, condition, flag, context, canonical));
            }
        }

        return issues;
    }

    /// <summary>Writes a collection Bundle with the RiskAssessment and the DetectedIssues.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="context">The patient and the source resources, if known.</param>
    /// <returns>The Bundle (type collection; entries with <c>urn:uuid:</c> full URLs).</returns>
    public static Bundle ToBundle(Assessment assessment, FhirWriteContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var bundle = new Bundle
        {
            Id = WriterText.Uuid("Bundle|" + WriterText.Canonical(assessment)),
            Type = Bundle.BundleType.Collection,
        };
        var risk = ToRiskAssessment(assessment, context);
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:" + risk.Id, Resource = risk });
        foreach (var issue in ToDetectedIssues(assessment, context))
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:" + issue.Id, Resource = issue });
        }

        return bundle;
    }

    /// <summary>Writes the Bundle of <see cref="ToBundle"/> as FHIR JSON.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="context">The patient and the source resources, if known.</param>
    /// <param name="pretty">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public static string ToBundleJson(Assessment assessment, FhirWriteContext? context = null, bool pretty = false) =>
        ToJson(ToBundle(assessment, context), pretty);

    /// <summary>Serialises any FHIR resource as FHIR R4 JSON (Firely SDK serializer).</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="pretty">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(Resource resource, bool pretty = false)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return s_serializer.SerializeToString(resource, pretty);
    }

    private static RiskAssessment.PredictionComponent Prediction(ConditionAssessment condition)
    {
        var label = Vocabulary.Label(condition.Condition);
        var prediction = new RiskAssessment.PredictionComponent
        {
            Outcome = Concept(FhirCodeSystems.RedFlagsCondition, condition.Condition.ToString(), label, label),
            QualitativeRisk = Concept(FhirCodeSystems.RiskProbability, RiskCode(condition.Concern), RiskDisplay(condition.Concern), RiskDisplay(condition.Concern)),
            Rationale = Rationale(condition),
        };

        var estimate = condition.Probability;
        if (estimate.PostTestLow is double low && estimate.PostTestHigh is double high)
        {
            prediction.Probability = low.Equals(high)
                ? new FhirDecimal((decimal)Math.Round(low, 4))
                : new Hl7.Fhir.Model.Range { Low = Percent(low), High = Percent(high) };
        }

        return prediction;
    }

    private static FhirQuantity Percent(double fraction) => new()
    {
        Value = (decimal)Math.Round(fraction * 100, 2),
        Unit = "%",
        System = FhirCodeSystems.Ucum,
        Code = "%",
    };

    private static string RiskCode(ConcernLevel concern) => concern switch
    {
        ConcernLevel.High => "high",
        ConcernLevel.Some => "moderate",
        ConcernLevel.Few => "low",
        _ => "negligible",
    };

    private static string RiskDisplay(ConcernLevel concern) => concern switch
    {
        ConcernLevel.High => "High likelihood",
        ConcernLevel.Some => "Moderate likelihood",
        ConcernLevel.Few => "Low likelihood",
        _ => "Negligible likelihood",
    };

    private static string Rationale(ConditionAssessment condition)
    {
        var flags = string.Join("; ", condition.Flags.Select(f => f.Title + " (" + f.RuleId + ")"));
        var text = Vocabulary.Label(condition.Condition) + ": " + Vocabulary.Label(condition.Concern).ToLowerInvariant() + ", urgency " + Vocabulary.Label(condition.Urgency).ToLowerInvariant() + ". Flags: " + flags + ".";
        var estimate = condition.Probability;
        if (estimate.PostTestLow is double low && estimate.PostTestHigh is double high)
        {
            text += " Estimated probability " + (low.Equals(high) ? WriterText.Percent(low) : WriterText.Percent(low) + " to " + WriterText.Percent(high))
                + (estimate.LikelihoodRatioRuleId is null ? string.Empty : " (likelihood ratio of " + estimate.LikelihoodRatioRuleId + ")") + ".";
        }

        return text;
    }

    private static string Mitigation(Assessment assessment)
    {
        var recommendation = assessment.Recommendation;
        var text = Vocabulary.Label(assessment.Urgency) + ": " + recommendation.Action;
        if (!string.IsNullOrEmpty(recommendation.Timeframe))
        {
            text += " (" + recommendation.Timeframe + ")";
        }

        return string.IsNullOrEmpty(recommendation.Basis) ? text + "." : text + ". Basis: " + recommendation.Basis;
    }

    private static DetectedIssue Issue(Assessment assessment, ConditionAssessment condition, FiredFlag flag, FhirWriteContext context, byte[] canonical)
    {
        var detail = flag.Title + ": " + flag.ClinicianText;
        if (flag.Facts.Count > 0)
        {
            detail += " Facts: " + string.Join("; ", flag.Facts.Select(f => f.Label + " = " + f.Observed)) + ".";
        }

        detail += " Recommendation: " + flag.Recommendation.Action + (string.IsNullOrEmpty(flag.Recommendation.Timeframe) ? "." : " (" + flag.Recommendation.Timeframe + ").");
        if (flag.Evidence.Count > 0)
        {
            detail += " Evidence: " + string.Join("; ", flag.Evidence.Select(e => e.Citation)) + ".";
        }

        var issue = new DetectedIssue
        {
            Id = WriterText.Uuid(["DetectedIssue|", flag.RuleId, "|"], canonical),
            Status = ObservationStatus.Final,
            Code = Concept(FhirCodeSystems.RedFlagsRule, flag.RuleId, flag.Title, Vocabulary.Label(condition.Condition) + ": " + flag.Title),
            Severity = flag.Urgency == Urgency.Emergency ? DetectedIssue.DetectedIssueSeverity.High : DetectedIssue.DetectedIssueSeverity.Moderate,
            Patient = Subject(context),
            Identified = new FhirDateTime(assessment.AssessmentDate.ToString()),
            Implicated = context.BasisReferences.Select(r => new ResourceReference(r)).ToList(),
            Detail = detail,
            Reference = flag.Evidence.Select(e => WriterText.GuidelineUrl(e.Citation)).FirstOrDefault(u => u is not null) ?? WriterText.GuidelineUrl(condition.Condition),
        };

        foreach (var fact in flag.Facts)
        {
            issue.Evidence.Add(new DetectedIssue.EvidenceComponent
            {
                Code = [new CodeableConcept { Text = string.Create(CultureInfo.InvariantCulture, $"{fact.Label}: {fact.Observed} (rule: {fact.Test})") }],
            });
        }

        return issue;
    }

    private static CodeableConcept Concept(string system, string code, string display, string text) => new()
    {
        Coding = [new Coding(system, code, display)],
        Text = text,
    };

    private static ResourceReference Subject(FhirWriteContext context) =>
        context.PatientReference is string patient ? new ResourceReference(patient) : new ResourceReference { Display = "Patient assessed by RedFlags (no Patient resource given)" };
}
