using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Hl7.Fhir.Model;
using FhirQuantity = Hl7.Fhir.Model.Quantity;

namespace RedFlags.Fhir.Internal;

/// <summary>Maps a set of FHIR R4 resources onto a <see cref="PatientPresentation"/>, recording every decision in a report.</summary>
internal sealed partial class PresentationMapper
{
    private readonly CalendarDate _assessmentDate;
    private readonly CareSetting _careSetting;
    private readonly List<MappedFinding> _mapped = [];
    private readonly List<UnusedFhirData> _notUsed = [];
    private readonly List<FhirReadIssue> _issues;
    private readonly List<Measurement> _measurements = [];
    private readonly List<CancerHistory> _cancers = [];
    private readonly Dictionary<string, Resource> _byReference = new(StringComparer.Ordinal);

    private string? _patientReference;
    private Sex _sex;
    private CalendarDate? _dateOfBirth;
    private int? _corticosteroidDays;

    // The findings the data show present; written through PatientPresentation.With, the core's one mapping of
    // findings to fields, and reported under the path the core gives them.
    private readonly SortedSet<Finding> _present = [];

    private readonly FhirCodeTables _tables;

    public PresentationMapper(CalendarDate assessmentDate, CareSetting careSetting, List<FhirReadIssue> issues, FhirCodeTables? tables = null)
    {
        _tables = tables ?? FhirCodeTables.Default;
        _assessmentDate = assessmentDate;
        _careSetting = careSetting;
        _issues = issues;
    }

    public FhirReadResult Map(IReadOnlyList<(Resource Resource, string? FullUrl)> resources)
    {
        var named = new List<(Resource Resource, string Reference)>(resources.Count);
        for (var i = 0; i < resources.Count; i++)
        {
            var reference = FhirValues.Reference(resources[i].Resource, resources[i].FullUrl, i);
            named.Add((resources[i].Resource, reference));
            _byReference.TryAdd(reference, resources[i].Resource);
            if (resources[i].FullUrl is string fullUrl)
            {
                _byReference.TryAdd(fullUrl, resources[i].Resource);
            }
        }

        foreach (var (resource, reference) in named)
        {
            try
            {
                MapResource(resource, reference);
            }
#pragma warning disable CA1031 // Tolerant mode: a malformed resource is reported, never thrown.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _issues.Add(new FhirReadIssue { Severity = FhirIssueSeverity.Error, Source = reference, Message = "The resource could not be mapped: " + ex.Message });
            }
        }

        DecideSymptoms();
        var systemic = MapMeasurements(out var labs);
        var presentation = new PatientPresentation
        {
            AssessmentDate = _assessmentDate,
            CareSetting = _careSetting,
            Sex = _sex,
            DateOfBirth = _dateOfBirth,
            History = new MedicalHistory { Cancers = _cancers, CorticosteroidDurationDays = _corticosteroidDays },
            Systemic = systemic,
            Labs = labs,
        };
        foreach (var finding in _present)
        {
            presentation = presentation.With(finding, Presence.Present);
        }

        presentation = ApplyAnswers(presentation);

        var report = new FhirMappingReport
        {
            Mapped = _mapped.ToArray(),
            NotUsed = _notUsed.ToArray(),
            Issues = _issues.ToArray(),
            PatientReference = _patientReference,
            SourceReferences = _mapped.Select(m => m.Source).Distinct(StringComparer.Ordinal).ToArray(),
            NotSupplied = QuestionnaireItems.NotSupplied(presentation),
        };
        return new FhirReadResult(presentation, report);
    }

    private void MapResource(Resource resource, string reference)
    {
        switch (resource)
        {
            case Patient patient:
                MapPatient(patient, reference);
                break;
            case Condition condition:
                MapCondition(condition, reference);
                break;
            case Observation observation:
                MapObservation(observation, reference);
                break;
            case MedicationStatement statement:
                MapMedication(reference, FhirValues.Literal(statement.StatusElement), statement.Medication, statement, statement.Effective);
                break;
            case MedicationRequest request:
                MapMedication(reference, FhirValues.Literal(request.StatusElement), request.Medication, request, RequestPeriod(request));
                break;
            case Procedure procedure:
                MapProcedure(procedure, reference);
                break;
            case FamilyMemberHistory history:
                MapFamilyMemberHistory(history, reference);
                break;
            case QuestionnaireResponse response:
                MapQuestionnaireResponse(response, reference);
                break;
            case Medication:
                // Read through the MedicationStatement or MedicationRequest that references it.
                break;
            default:
                NotUsed(reference, null, "RedFlags.Fhir does not read " + resource.TypeName + " resources.");
                break;
        }
    }

    // ---------------------------------------------------------------- Patient

    private void MapPatient(Patient patient, string reference)
    {
        if (_patientReference is not null)
        {
            NotUsed(reference, null, "A second Patient resource; the first one (" + _patientReference + ") was used.");
            return;
        }

        _patientReference = reference;
        var gender = FhirValues.Literal(patient.GenderElement);
        var sex = gender switch
        {
            "female" => Sex.Female,
            "male" => Sex.Male,
            "other" => Sex.Other,
            _ => Sex.Unknown,
        };
        if (sex != Sex.Unknown)
        {
            _sex = sex;
            Mapped("sex", FhirValues.Lower(sex), reference, null, "Patient.gender '" + gender + "'.");
        }
        else if (gender is not null)
        {
            NotUsed(reference, null, "Patient.gender '" + gender + "' leaves sex unknown.");
        }

        var birthDate = patient.BirthDate;
        if (birthDate is null)
        {
            return;
        }

        var born = FhirValues.Date(birthDate);
        if (born is not CalendarDate date)
        {
            NotUsed(reference, null, "Patient.birthDate '" + birthDate + "' is not a full date; the age stays unknown.", birthDate);
        }
        else if (date > _assessmentDate)
        {
            NotUsed(reference, null, "Patient.birthDate " + date + " is after the assessment date " + _assessmentDate + ".", birthDate);
        }
        else if (_assessmentDate.CompletedYearsSince(date) > PresentationValidator.MaximumAgeYears)
        {
            NotUsed(reference, null, "Patient.birthDate " + date + " gives an age over " + PresentationValidator.MaximumAgeYears.ToString(CultureInfo.InvariantCulture) + " years.", birthDate);
        }
        else
        {
            _dateOfBirth = date;
            var age = _assessmentDate.CompletedYearsSince(date);
            Mapped("dateOfBirth", date.ToString(), reference, null, "Patient.birthDate; age " + age.ToString(CultureInfo.InvariantCulture) + " years at " + _assessmentDate + ".", age, "a");
        }
    }

    // ---------------------------------------------------------------- Condition

    private void MapCondition(Condition condition, string reference)
    {
        var verification = FhirValues.StatusCode(condition.VerificationStatus, FhirCodeSystems.ConditionVerification);
        if (verification is "refuted" or "entered-in-error")
        {
            NotUsed(reference, null, "Condition.verificationStatus is '" + verification + "'.");
            return;
        }

        var familyCategory = FhirValues.Codings(condition.Category).Concat(FhirValues.Codings(condition.Code))
            .Any(c => string.Equals(c.System, FhirCodeSystems.Snomed, StringComparison.Ordinal) && FhirMappingTables.FamilyHistoryCategoryCodes.Contains(c.Code));

        var (row, coding) = Match(condition.Code, (system, code) => _tables.Find(FhirCodeKind.Condition, system, code));
        if (row is not CodeRow match || coding is null)
        {
            NotUsed(reference, FirstCode(condition.Code), "The condition code is not in the mapping tables.");
            return;
        }

        var code = FhirValues.Text(coding);
        if (familyCategory || match.Meaning == CodedMeaning.FamilyHistoryOfCancer)
        {
            if (match.Meaning is CodedMeaning.Cancer or CodedMeaning.SecondaryCancer or CodedMeaning.FamilyHistoryOfCancer)
            {
                Present(Finding.FamilyHistoryOfCancer, reference, code, "A family-history record (" + match.Display + "); never a personal history.");
            }
            else
            {
                NotUsed(reference, code, "A family-history record of a condition other than cancer.");
            }

            return;
        }

        var clinical = FhirValues.StatusCode(condition.ClinicalStatus, FhirCodeSystems.ConditionClinical);
        var tentative = verification is "unconfirmed" or "provisional" or "differential";
        if (match.Meaning is CodedMeaning.Cancer or CodedMeaning.SecondaryCancer)
        {
            if (tentative)
            {
                Present(Finding.ClinicianSuspectsCancer, reference, code, "A " + verification + " diagnosis of " + match.Display + " is a suspicion, not a history.");
                return;
            }

            // A cancer is part of the history whatever its clinical status (active, remission, resolved).
            var secondary = match.Meaning == CodedMeaning.SecondaryCancer;
            var site = secondary ? CancerSite.Unknown : match.Site;
            _cancers.Add(new CancerHistory
            {
                PrimarySite = site,
                DiagnosisDate = OnsetDate(condition),
                Metastatic = secondary ? Presence.Present : Presence.Unknown,
            });
            Mapped("history.cancers[]", site.ToString(), reference, code, match.Display + (secondary ? " (metastatic)" : string.Empty) + "; clinical status '" + (clinical ?? "none") + "'.");
            if (site != CancerSite.NonMelanomaSkin)
            {
                Present(Finding.PersonalHistoryOfCancer, reference, code, match.Display + ".");
            }

            return;
        }

        if (tentative)
        {
            NotUsed(reference, code, "Condition.verificationStatus is '" + verification + "'; only confirmed conditions are used.");
            return;
        }

        var current = clinical is null or "active" or "recurrence" or "relapse";
        if (!current)
        {
            if (match.Meaning == CodedMeaning.Infection && IsRecent(AbatementDate(condition) ?? FhirValues.Date(condition.RecordedDate), FhirMappingTables.RecentInfectionDays))
            {
                SetHistory(CodedMeaning.Infection, reference, code, match.Display + " resolved within " + FhirMappingTables.RecentInfectionDays.ToString(CultureInfo.InvariantCulture) + " days.");
                return;
            }

            NotUsed(reference, code, "Condition.clinicalStatus is '" + clinical + "': not current.");
            return;
        }

        if (IsSymptom(match.Meaning))
        {
            // Dates decide for symptoms and signs: decided once the whole input is read (the episode may come from a
            // QuestionnaireResponse read later).
            _symptoms.Add(new CodedSymptom(match.Meaning, reference, code, match.Display, "Condition", "clinical status '" + (clinical ?? "none") + "'", OnsetDate(condition), FhirValues.Date(condition.RecordedDate), AbatementDate(condition)));
            return;
        }

        SetHistory(match.Meaning, reference, code, match.Display + "; clinical status '" + (clinical ?? "none") + "'.");
    }

    private void SetHistory(CodedMeaning meaning, string reference, string code, string note)
    {
        switch (meaning)
        {
            case CodedMeaning.Osteoporosis:
                Present(Finding.Osteoporosis, reference, code, note);
                break;
            case CodedMeaning.OsteoporoticFracture:
                Present(Finding.Osteoporosis, reference, code, note);
                Present(Finding.PreviousFragilityFracture, reference, code, note);
                break;
            case CodedMeaning.Immunosuppression:
                Present(Finding.Immunosuppression, reference, code, note);
                break;
            case CodedMeaning.Infection:
                Present(Finding.RecentInfectionOrBacteraemia, reference, code, note);
                break;
            case CodedMeaning.Corticosteroid:
                Present(Finding.CorticosteroidUse, reference, code, note);
                break;
            case CodedMeaning.SpinalProcedure:
                Present(Finding.RecentSpinalProcedureOrHardware, reference, code, note);
                break;
            case CodedMeaning.UrinaryRetention:
                Present(Finding.UrinaryRetention, reference, code, note);
                break;
            case CodedMeaning.UrinaryIncontinence:
                Present(Finding.UrinaryIncontinence, reference, code, note);
                break;
            case CodedMeaning.FaecalIncontinence:
                Present(Finding.FaecalIncontinence, reference, code, note);
                break;
            case CodedMeaning.GaitDisturbance:
                Present(Finding.GaitDisturbance, reference, code, note);
                break;
            case CodedMeaning.Fever:
                Present(Finding.Fever, reference, code, note);
                break;
            case CodedMeaning.SaddleNumbness:
                Present(Finding.SaddleNumbness, reference, code, note);
                break;
            case CodedMeaning.LegWeakness:
                Present(Finding.LegWeakness, reference, code, note);
                break;
            case CodedMeaning.NightPain:
                Present(Finding.NightPain, reference, code, note);
                break;
            default:
                NotUsed(reference, code, "The code's meaning does not apply to this resource type.");
                break;
        }
    }

    private void Present(Finding finding, string reference, string? code, string note)
    {
        _present.Add(finding);
        Mapped(Vocabulary.Path(finding), "present", reference, code, note);
    }

    private static CalendarDate? OnsetDate(Condition condition) => condition.Onset switch
    {
        FhirDateTime or Period => FhirValues.EarliestDate(condition.Onset),
        _ => null,
    };

    private static CalendarDate? AbatementDate(Condition condition) => condition.Abatement switch
    {
        FhirDateTime or Period => FhirValues.LatestDate(condition.Abatement),
        _ => null,
    };

    // ---------------------------------------------------------------- FamilyMemberHistory

    private void MapFamilyMemberHistory(FamilyMemberHistory history, string reference)
    {
        var status = FhirValues.Literal(history.StatusElement);
        if (status == "entered-in-error")
        {
            NotUsed(reference, null, "FamilyMemberHistory.status is 'entered-in-error'.");
            return;
        }

        foreach (var condition in history.Condition ?? [])
        {
            var (row, coding) = Match(condition.Code, (system, code) => _tables.Find(FhirCodeKind.Condition, system, code));
            if (row is CodeRow match && coding is not null
                && match.Meaning is CodedMeaning.Cancer or CodedMeaning.SecondaryCancer or CodedMeaning.FamilyHistoryOfCancer)
            {
                Present(Finding.FamilyHistoryOfCancer, reference, FhirValues.Text(coding), "FamilyMemberHistory: " + match.Display + " in a relative; never a personal history.");
            }
            else
            {
                NotUsed(reference, FirstCode(condition.Code), "A family member's condition that is not a cancer in the mapping tables.");
            }
        }
    }

    // ---------------------------------------------------------------- Medication

    private static Period? RequestPeriod(MedicationRequest request)
    {
        if (request.DispenseRequest?.ValidityPeriod is Period validity && validity.Start is not null)
        {
            return validity;
        }

        foreach (var dosage in request.DosageInstruction ?? [])
        {
            if (dosage?.Timing?.Repeat?.Bounds is Period bounds && bounds.Start is not null)
            {
                return bounds;
            }
        }

        return request.AuthoredOn is string authored ? new Period { Start = authored } : null;
    }

    private void MapMedication(string reference, string? status, DataType? medication, DomainResource owner, DataType? effective)
    {
        if (status is "entered-in-error" or "not-taken" or "cancelled" or "draft")
        {
            NotUsed(reference, null, "Medication status is '" + status + "'.");
            return;
        }

        var concept = medication switch
        {
            CodeableConcept direct => direct,
            ResourceReference target => ResolveMedication(target, owner)?.Code,
            _ => null,
        };

        var (row, coding) = Match(concept, (system, code) => _tables.Find(FhirCodeKind.Medication, system, code));
        if (row is not CodeRow match || coding is null)
        {
            NotUsed(reference, FirstCode(concept), concept is null ? "The medication could not be resolved to a code." : "The medication code is not in the mapping tables.");
            return;
        }

        var code = FhirValues.Text(coding);
        if (match.Meaning == CodedMeaning.Immunosuppression)
        {
            if (status is "completed" or "stopped")
            {
                NotUsed(reference, code, match.Display + " with status '" + status + "': not current.");
                return;
            }

            SetHistory(CodedMeaning.Immunosuppression, reference, code, match.Display + ".");
            return;
        }

        // Corticosteroids: "takes or has taken"; the duration comes from the effective period.
        Present(Finding.CorticosteroidUse, reference, code, match.Display + "; status '" + (status ?? "none") + "'.");
        var start = FhirValues.EarliestDate(effective);
        if (effective is Period period && start is CalendarDate from)
        {
            var end = FhirValues.Date(period.End);
            var until = end is CalendarDate stopped && stopped < _assessmentDate ? stopped : _assessmentDate;
            if (end is null && status is not ("active" or "on-hold" or "intended"))
            {
                NotUsed(reference, code, "The period has no end and the status is '" + status + "'; the duration is unknown.");
                return;
            }

            if (until < from)
            {
                NotUsed(reference, code, "The period starts after the assessment date; the duration is unknown.");
                return;
            }

            var days = until.DaysSince(from);
            if (_corticosteroidDays is null || days > _corticosteroidDays)
            {
                _corticosteroidDays = days;
                Mapped(Vocabulary.Path(Quantity.CorticosteroidDurationDays), days.ToString(CultureInfo.InvariantCulture), reference, code, "From " + from + " to " + until + (end is null ? " (no end: until the assessment date)" : string.Empty) + ".", days, "d");
            }
        }
        else
        {
            NotUsed(reference, code, "No effective period: corticosteroid use is present, the duration stays unknown.");
        }
    }

    private Medication? ResolveMedication(ResourceReference target, DomainResource owner)
    {
        var reference = target.Reference;
        if (reference is null)
        {
            return null;
        }

        if (reference.StartsWith('#'))
        {
            var id = reference.Substring(1);
            return owner.Contained?.OfType<Medication>().FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));
        }

        return _byReference.TryGetValue(reference, out var found) ? found as Medication : null;
    }

    // ---------------------------------------------------------------- Procedure

    private void MapProcedure(Procedure procedure, string reference)
    {
        var status = FhirValues.Literal(procedure.StatusElement);
        var (row, coding) = Match(procedure.Code, (system, code) => _tables.Find(FhirCodeKind.Procedure, system, code));
        if (row is not CodeRow match || coding is null)
        {
            NotUsed(reference, FirstCode(procedure.Code), "The procedure code is not in the mapping tables.");
            return;
        }

        var code = FhirValues.Text(coding);
        if (status is not ("completed" or "in-progress"))
        {
            NotUsed(reference, code, "Procedure.status is '" + status + "'.");
            return;
        }

        var performed = FhirValues.LatestDate(procedure.Performed);
        if (!IsRecent(performed, FhirMappingTables.RecentProcedureDays))
        {
            NotUsed(reference, code, performed is null
                ? "The procedure has no performed date; recency unknown."
                : "Performed " + performed + ", more than " + FhirMappingTables.RecentProcedureDays.ToString(CultureInfo.InvariantCulture) + " days before the assessment date.");
            return;
        }

        SetHistory(CodedMeaning.SpinalProcedure, reference, code, match.Display + " on " + performed + ".");
    }

    // ---------------------------------------------------------------- Observation

    private void MapObservation(Observation observation, string reference)
    {
        ObservationRow? found = null;
        Coding? coding = null;
        foreach (var candidate in FhirValues.Codings(observation.Code))
        {
            if (FhirMappingTables.FindObservation(candidate.System, candidate.Code) is ObservationRow row)
            {
                found = row;
                coding = candidate;
                break;
            }
        }

        if (found is not ObservationRow match || coding is null)
        {
            if (!MapSymptomObservation(observation, reference))
            {
                NotUsed(reference, FirstCode(observation.Code), "The observation code is not in the mapping tables.");
            }

            return;
        }

        var code = FhirValues.Text(coding);
        var status = FhirValues.Literal(observation.StatusElement);
        if (status is not ("final" or "amended" or "corrected" or "preliminary"))
        {
            NotUsed(reference, code, "Observation.status is '" + status + "'.");
            return;
        }

        if (observation.Value is not FhirQuantity quantity || quantity.Value is not decimal raw)
        {
            NotUsed(reference, code, observation.DataAbsentReason is not null ? "The value is absent (dataAbsentReason)." : "No valueQuantity.");
            return;
        }

        var unit = quantity.Code ?? quantity.Unit;
        if (quantity.System is string unitSystem && !string.Equals(unitSystem, FhirCodeSystems.Ucum, StringComparison.Ordinal))
        {
            NotUsed(reference, code, "The unit '" + quantity.Unit + "' is not a UCUM unit.", FhirValues.Number((double)raw) + " " + quantity.Unit);
            return;
        }

        if (!UcumConverter.TryConvert(match.Kind, (double)raw, unit, out var value))
        {
            NotUsed(reference, code, "The unit '" + unit + "' is not one RedFlags.Fhir converts for " + match.Display + ".", FhirValues.Number((double)raw) + " " + unit);
            return;
        }

        var target = UcumConverter.TargetUnit(match.Kind);
        var date = FhirValues.LatestDate(observation.Effective) ?? (observation.Issued is DateTimeOffset issued ? CalendarDate.FromDateTime(issued.DateTime) : null);
        if (date is not CalendarDate when)
        {
            NotUsed(reference, code, "No effective date; the result cannot be placed in time.", value, target);
            return;
        }

        if (when > _assessmentDate)
        {
            NotUsed(reference, code, "Dated " + when + ", after the assessment date.", value, target);
            return;
        }

        var window = match.Kind switch
        {
            ObservationKind.BodyTemperature => FhirMappingTables.TemperatureWindowDays,
            ObservationKind.BodyWeight => FhirMappingTables.WeightTrendWindowDays,
            _ => FhirMappingTables.LaboratoryWindowDays,
        };
        if (_assessmentDate.DaysSince(when) > window)
        {
            NotUsed(reference, code, "Dated " + when + ", more than " + window.ToString(CultureInfo.InvariantCulture) + " days before the assessment date.", value, target);
            return;
        }

        var (high, low, range) = Interpret(observation, match.Kind, value, reference, code);
        _measurements.Add(new Measurement(match.Kind, when, value, high, low, range, reference, code));
    }

    /// <summary>Reads high/low from Observation.interpretation, else from the reference range (same unit conversion).
    /// A usable range is also returned, so that a result the presentation has a range field for is read by the core
    /// with it and the assessment says "laboratory range".</summary>
    private (Presence High, Presence Low, ReferenceRange? Range) Interpret(Observation observation, ObservationKind kind, double value, string source, string code)
    {
        foreach (var coding in FhirValues.Codings(observation.Interpretation))
        {
            if (coding.System is not null && !string.Equals(coding.System, FhirCodeSystems.ObservationInterpretation, StringComparison.Ordinal))
            {
                continue;
            }

            switch (coding.Code)
            {
                case "H" or "HH" or "HU" or ">":
                    return (Presence.Present, Presence.Absent, null);
                case "L" or "LL" or "LU" or "<":
                    return (Presence.Absent, Presence.Present, null);
                case "N":
                    return (Presence.Absent, Presence.Absent, null);
                default:
                    break;
            }
        }

        foreach (var range in observation.ReferenceRange ?? [])
        {
            var high = Convert(range.High, kind);
            var low = Convert(range.Low, kind);
            if (high is null && low is null)
            {
                continue;
            }

            // The presentation validates a range like any other field (RF1012); one it would refuse is not used.
            if (high is double top && !IsBound(top) || low is double bottom && (!IsBound(bottom) || high is double above && bottom >= above))
            {
                NotUsed(source, code, "The reference range is not usable: each end must be a finite number, not negative, and low below high.", RangeText(low, high));
                continue;
            }

            var isHigh = high is double h ? (value > h ? Presence.Present : Presence.Absent) : Presence.Unknown;
            var isLow = low is double l ? (value < l ? Presence.Present : Presence.Absent) : Presence.Unknown;
            return (isHigh, isLow, new ReferenceRange { Low = low is double rl ? Math.Round(rl, 2) : null, High = high is double rh ? Math.Round(rh, 2) : null });
        }

        return (Presence.Unknown, Presence.Unknown, null);

        static bool IsBound(double bound) => bound >= 0 && !double.IsInfinity(bound) && !double.IsNaN(bound);

        static double? Convert(FhirQuantity? bound, ObservationKind kind) =>
            bound?.Value is decimal raw && UcumConverter.TryConvert(kind, (double)raw, bound.Code ?? bound.Unit, out var converted) ? converted : null;
    }

    private SystemicFeatures MapMeasurements(out LaboratoryResults labs)
    {
        var systemic = new SystemicFeatures();
        labs = new LaboratoryResults();
        foreach (var group in _measurements.GroupBy(m => m.Kind).OrderBy(g => g.Key))
        {
            // Latest first; on the same day, the order in the input decides.
            var ordered = group.Select((m, i) => (m, i)).OrderByDescending(x => x.m.Date).ThenBy(x => x.i).Select(x => x.m).ToList();
            var latest = ordered[0];
            var target = UcumConverter.TargetUnit(group.Key);
            if (group.Key == ObservationKind.BodyWeight)
            {
                systemic = MapWeights(systemic, ordered);
                continue;
            }

            foreach (var older in ordered.Skip(1))
            {
                NotUsed(older.Source, older.Code, "A later result (" + latest.Source + ", " + latest.Date + ") was used.", older.Value, target);
            }

            var value = Math.Round(latest.Value, 2);
            var note = "Dated " + latest.Date + "; converted to " + target + ".";
            switch (group.Key)
            {
                case ObservationKind.BodyTemperature:
                    systemic = systemic with { TemperatureCelsius = value };
                    Mapped(Vocabulary.Path(Quantity.TemperatureCelsius), FhirValues.Number(value), latest.Source, latest.Code, note, value, target);
                    break;
                case ObservationKind.Esr:
                    labs = labs with { EsrMillimetresPerHour = value };
                    Mapped(Vocabulary.Path(Quantity.EsrMillimetresPerHour), FhirValues.Number(value), latest.Source, latest.Code, note, value, target);
                    break;
                case ObservationKind.Crp:
                    labs = latest.Range is null
                        ? labs with { CrpMilligramsPerLitre = value, RaisedCrp = latest.High }
                        : labs with { CrpMilligramsPerLitre = value, CrpRange = latest.Range };
                    Mapped(Vocabulary.Path(Quantity.CrpMilligramsPerLitre), FhirValues.Number(value), latest.Source, latest.Code, note, value, target);
                    MappedRead("labs.raisedCrp", "labs.crpRange", latest.High, latest);
                    break;
                case ObservationKind.Haemoglobin:
                    labs = latest.Range is null
                        ? labs with { HaemoglobinGramsPerLitre = value, Anaemia = latest.Low }
                        : labs with { HaemoglobinGramsPerLitre = value, HaemoglobinRange = latest.Range };
                    Mapped(Vocabulary.Path(Quantity.HaemoglobinGramsPerLitre), FhirValues.Number(value), latest.Source, latest.Code, note, value, target);
                    MappedRead("labs.anaemia", "labs.haemoglobinRange", latest.Low, latest);
                    break;
                case ObservationKind.TotalCalcium:
                    labs = labs with { Hypercalcaemia = labs.Hypercalcaemia == Presence.Unknown ? latest.High : labs.Hypercalcaemia };
                    NotUsed(latest.Source, latest.Code, "Total calcium is not albumin-adjusted: only its high/normal flag is used.", value, target);
                    MappedFlag("labs.hypercalcaemia", latest.High, latest);
                    break;
                case ObservationKind.AdjustedCalcium:
                    // Adjusted calcium sorts after total calcium, so its flag wins.
                    labs = latest.Range is null
                        ? labs with { AdjustedCalciumMillimolesPerLitre = value, Hypercalcaemia = latest.High == Presence.Unknown ? labs.Hypercalcaemia : latest.High }
                        : labs with { AdjustedCalciumMillimolesPerLitre = value, Hypercalcaemia = Presence.Unknown, AdjustedCalciumRange = latest.Range };
                    Mapped(Vocabulary.Path(Quantity.AdjustedCalciumMillimolesPerLitre), FhirValues.Number(value), latest.Source, latest.Code, note, value, target);
                    MappedRead("labs.hypercalcaemia", "labs.adjustedCalciumRange", latest.High, latest);
                    break;
                case ObservationKind.WhiteCellCount:
                    labs = latest.Range is null
                        ? labs with { WhiteCellCountBillionsPerLitre = value, Leukopenia = latest.Low }
                        : labs with { WhiteCellCountBillionsPerLitre = value, WhiteCellCountRange = latest.Range };
                    Mapped(Vocabulary.Path(Quantity.WhiteCellCountBillionsPerLitre), FhirValues.Number(value), latest.Source, latest.Code, note, value, target);
                    MappedRead("labs.leukopenia", "labs.whiteCellCountRange", latest.Low, latest);
                    break;
                case ObservationKind.PlasmaViscosity:
                    labs = latest.Range is null
                        ? labs with { PlasmaViscosityMillipascalSeconds = value, RaisedPlasmaViscosity = latest.High }
                        : labs with { PlasmaViscosityMillipascalSeconds = value, PlasmaViscosityRange = latest.Range };
                    Mapped(Vocabulary.Path(Quantity.PlasmaViscosityMillipascalSeconds), FhirValues.Number(value), latest.Source, latest.Code, note, value, target);
                    MappedRead("labs.raisedPlasmaViscosity", "labs.plasmaViscosityRange", latest.High, latest);
                    break;
                default:
                    break;
            }
        }

        return systemic;
    }

    private SystemicFeatures MapWeights(SystemicFeatures systemic, List<Measurement> ordered)
    {
        var latest = ordered[0];
        var earlier = ordered.Where(m => m.Date < latest.Date).ToList();
        if (earlier.Count == 0)
        {
            foreach (var weight in ordered)
            {
                NotUsed(weight.Source, weight.Code, "A single body weight is not a trend: weight loss needs two weights on different days.", weight.Value, "kg");
            }

            return systemic;
        }

        // The loss is measured from the heaviest earlier weight in the window to the latest weight.
        var heaviest = earlier.OrderByDescending(m => m.Value).ThenByDescending(m => m.Date).First();
        var loss = Math.Max(0, Math.Round(heaviest.Value - latest.Value, 1));
        var weeks = latest.Date.DaysSince(heaviest.Date) / 7;
        var note = "From " + FhirValues.Number(heaviest.Value) + " kg (" + heaviest.Source + ", " + heaviest.Date + ") to " + FhirValues.Number(latest.Value) + " kg (" + latest.Date + "); whether the loss is unexplained is for the clinician.";
        Mapped(Vocabulary.Path(Quantity.WeightLossKilograms), FhirValues.Number(loss), latest.Source, latest.Code, note, loss, "kg");
        Mapped(Vocabulary.Path(Quantity.WeightLossKilograms), FhirValues.Number(loss), heaviest.Source, heaviest.Code, note, loss, "kg");
        Mapped(Vocabulary.Path(Quantity.WeightLossPeriodWeeks), weeks.ToString(CultureInfo.InvariantCulture), latest.Source, latest.Code, note, weeks, "wk");
        foreach (var weight in ordered.Where(m => !m.Equals(latest) && !m.Equals(heaviest)))
        {
            NotUsed(weight.Source, weight.Code, "Neither the latest nor the heaviest earlier weight in the window.", weight.Value, "kg");
        }

        return systemic with { WeightLossKilograms = loss, WeightLossPeriodWeeks = weeks };
    }

    private void MappedFlag(string field, Presence presence, Measurement from)
    {
        if (presence != Presence.Unknown)
        {
            Mapped(field, FhirValues.Lower(presence), from.Source, from.Code, from.Range is null ? "From Observation.interpretation." : "From the reference range.");
        }
    }

    /// <summary>Reports the laboratory's flag, or the reference range that the core reads the number with (brief §13.1:
    /// the laboratory's range wins over a default limit, and the assessment then names it).</summary>
    private void MappedRead(string flagField, string rangeField, Presence presence, Measurement from)
    {
        if (from.Range is not ReferenceRange range)
        {
            MappedFlag(flagField, presence, from);
            return;
        }

        Mapped(rangeField, RangeText(range.Low, range.High), from.Source, from.Code, "From Observation.referenceRange; the value is read against it.");
    }

    private static string RangeText(double? low, double? high)
        => (low is double l ? FhirValues.Number(l) : string.Empty) + "-" + (high is double h ? FhirValues.Number(h) : string.Empty);

    /// <summary>A laboratory or vital-sign result as read, in the unit RedFlags uses; the high/low flags come from the
    /// laboratory's interpretation or, with <see cref="Range"/> set, from its reference range.</summary>
    private readonly record struct Measurement(ObservationKind Kind, CalendarDate Date, double Value, Presence High, Presence Low, ReferenceRange? Range, string Source, string Code);

    // ---------------------------------------------------------------- helpers

    private bool IsRecent(CalendarDate? date, int days) =>
        date is CalendarDate when && when <= _assessmentDate && _assessmentDate.DaysSince(when) <= days;

    private static (CodeRow? Row, Coding? Coding) Match(CodeableConcept? concept, Func<string?, string?, CodeRow?> find)
    {
        foreach (var coding in FhirValues.Codings(concept))
        {
            if (find(coding.System, coding.Code) is CodeRow row)
            {
                return (row, coding);
            }
        }

        return (null, null);
    }

    private static string? FirstCode(CodeableConcept? concept)
    {
        foreach (var coding in FhirValues.Codings(concept))
        {
            return FhirValues.Text(coding);
        }

        return null;
    }

    private void Mapped(string field, string value, string source, string? code, string? note, double? number = null, string? unit = null) =>
        _mapped.Add(new MappedFinding { Field = field, Value = value, Source = source, Code = code, Note = note, Number = number, Unit = unit });

    private void NotUsed(string source, string? code, string reason, string? value = null) =>
        _notUsed.Add(new UnusedFhirData { Source = source, Code = code, Reason = reason, Value = value });

    private void NotUsed(string source, string? code, string reason, double number, string unit) =>
        _notUsed.Add(new UnusedFhirData { Source = source, Code = code, Reason = reason, Value = FhirValues.Number(number) + " " + unit, Number = Math.Round(number, 2), Unit = unit });
}
