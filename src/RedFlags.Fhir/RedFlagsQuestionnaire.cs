using System;
using System.Linq;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using RedFlags.Fhir.Internal;

namespace RedFlags.Fhir;

/// <summary>
/// The red-flag questionnaire as a FHIR R4 <see cref="Questionnaire"/> (Structured Data Capture style), generated from
/// the core's facts through <see cref="Vocabulary"/>: one item per finding (answered present, absent or unknown) and per
/// quantity (a number in the quantity's UCUM unit), grouped by section of the presentation. It can never drift from the
/// model: a new finding is a new item. The reader maps a <see cref="QuestionnaireResponse"/> to this questionnaire
/// back onto a presentation (<see cref="FhirPresentationReader"/>).
/// </summary>
/// <remarks>
/// Item link ids are the rule-language names (<see cref="Vocabulary.Name(Finding)"/>, for example <c>saddleNumbness</c>,
/// <c>crpMilligramsPerLitre</c>); group link ids are the presentation sections (<c>pain</c>, <c>neurology</c>...); the
/// patient's sex is the item <c>sex</c> (administrative gender), not the findings <c>female</c> and <c>male</c>.
/// Stateless and thread-safe.
/// </remarks>
public static class RedFlagsQuestionnaire
{
    /// <summary>The canonical URL of the questionnaire.</summary>
    public const string Url = "https://github.com/redflags-dotnet/redflags/fhir/Questionnaire/red-flags";

    /// <summary>The business version of the questionnaire: raised when an item's meaning changes; a response to another version is not read.</summary>
    public const string Version = "1.0.0";

    /// <summary>The code system of the presence answers (<c>present</c>, <c>absent</c>, <c>unknown</c>, as the RedFlags JSON format writes them).</summary>
    public const string PresenceSystem = "https://github.com/redflags-dotnet/redflags/presence";

    /// <summary>The link id of the patient's sex (answered with <c>http://hl7.org/fhir/administrative-gender</c>).</summary>
    public const string SexLinkId = "sex";

    /// <summary>The URL of the FHIR structure-definition extension that gives the unit of a numeric item (SDC).</summary>
    public const string UnitExtension = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";

    /// <summary>The URL of the FHIR extension that gives the lowest allowed answer of a numeric item.</summary>
    public const string MinValueExtension = "http://hl7.org/fhir/StructureDefinition/minValue";

    /// <summary>The URL of the FHIR extension that gives the highest allowed answer of a numeric item.</summary>
    public const string MaxValueExtension = "http://hl7.org/fhir/StructureDefinition/maxValue";

    internal const string AdministrativeGenderSystem = "http://hl7.org/fhir/administrative-gender";
    internal const string PresenceValueSetId = "presence";
    private const string AdministrativeGenderValueSet = "http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1";

    private static readonly FhirJsonSerializer s_serializer = new();

    /// <summary>Gets the link id of a finding's item.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The link id, for example <c>saddleNumbness</c>.</returns>
    public static string LinkId(Finding finding) => Vocabulary.Name(finding);

    /// <summary>Gets the link id of a quantity's item.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The link id, for example <c>temperatureCelsius</c>.</returns>
    public static string LinkId(Quantity quantity) => Vocabulary.Name(quantity);

    /// <summary>Gets the UCUM code of a quantity's unit, as the questionnaire and the reader use it.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The UCUM code, for example <c>Cel</c>, <c>mg/L</c>, <c>a</c> (years).</returns>
    /// <exception cref="InvalidOperationException">Thrown when the quantity's unit has no UCUM code in the table (a new unit in the core).</exception>
    public static string UcumUnit(Quantity quantity) => QuestionnaireItems.Ucum(Vocabulary.Unit(quantity));

    /// <summary>Builds the questionnaire.</summary>
    /// <returns>A new <see cref="Questionnaire"/> (status active, subject type Patient).</returns>
    public static Questionnaire Create()
    {
        var questionnaire = new Questionnaire
        {
            Id = "red-flags",
            Url = Url,
            Version = Version,
            Name = "RedFlagsLowBackPain",
            Title = "Red flags of serious spinal disease in adults with low back pain",
            Status = PublicationStatus.Active,
            Experimental = false,
            SubjectType = [ResourceType.Patient],
            Publisher = "RedFlags contributors",
            Description = new Markdown("Generated from the RedFlags table of facts: one item per finding (present, absent, unknown) and per quantity (in its UCUM unit). "
                + "Decision support for clinicians: it does not diagnose. Leave an item unanswered, or answer unknown, when it was not asked."),
            Contained = [PresenceValueSet()],
        };
        questionnaire.Meta = new Meta { Profile = ["http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire"] };
        foreach (var section in QuestionnaireItems.Sections)
        {
            var group = new Questionnaire.ItemComponent { LinkId = section.LinkId, Text = section.Title, Type = Questionnaire.QuestionnaireItemType.Group };
            foreach (var entry in section.Items)
            {
                group.Item.Add(ItemOf(entry));
            }

            questionnaire.Item.Add(group);
        }

        return questionnaire;
    }

    /// <summary>Writes the questionnaire as FHIR JSON.</summary>
    /// <param name="pretty">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(bool pretty = true) => s_serializer.SerializeToString(Create(), pretty);

    /// <summary>
    /// Writes a presentation as a <see cref="QuestionnaireResponse"/> to this questionnaire (status completed, authored
    /// on the assessment date): every known finding and quantity is answered; unknown ones are left out; follow-up items
    /// are answered only when enabled. Reading it back gives the same findings and quantities.
    /// </summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="subjectReference">The Patient reference (for example <c>Patient/example</c>), if known.</param>
    /// <returns>The response.</returns>
    public static QuestionnaireResponse ToResponse(PatientPresentation presentation, string? subjectReference = null)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        var response = new QuestionnaireResponse
        {
            Questionnaire = Url + "|" + Version,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Authored = presentation.AssessmentDate.ToString(),
            Subject = subjectReference is null ? null : new ResourceReference(subjectReference),
        };
        foreach (var section in QuestionnaireItems.Sections)
        {
            var group = new QuestionnaireResponse.ItemComponent { LinkId = section.LinkId };
            foreach (var entry in section.Items)
            {
                if (entry.EnabledBy is Finding parent && presentation.Read(parent) != Presence.Present)
                {
                    continue;
                }

                DataType? answer = entry switch
                {
                    { Finding: Finding finding } when presentation.Read(finding) is var presence && presence != Presence.Unknown => PresenceCoding(presence),
                    { Quantity: Quantity quantity } when presentation.Read(quantity) is double value => entry.IsInteger
                        ? new Integer((int)Math.Round(value, MidpointRounding.AwayFromZero))
                        : new FhirDecimal((decimal)Math.Round(value, 2)),
                    { IsSex: true } when presentation.Sex != Sex.Unknown => new Coding(AdministrativeGenderSystem, FhirValues.Lower(presentation.Sex)),
                    _ => null,
                };
                if (answer is not null)
                {
                    group.Item.Add(new QuestionnaireResponse.ItemComponent { LinkId = entry.LinkId, Answer = [new QuestionnaireResponse.AnswerComponent { Value = answer }] });
                }
            }

            if (group.Item.Count > 0)
            {
                response.Item.Add(group);
            }
        }

        return response;
    }

    internal static Coding PresenceCoding(Presence presence) => new(PresenceSystem, FhirValues.Lower(presence), Vocabulary.Label(presence));

    private static Questionnaire.ItemComponent ItemOf(QuestionnaireItems.Entry entry)
    {
        var item = new Questionnaire.ItemComponent { LinkId = entry.LinkId, Text = entry.Text, Definition = entry.Definition };
        if (entry.Finding is not null)
        {
            item.Type = Questionnaire.QuestionnaireItemType.Choice;
            item.AnswerValueSet = "#" + PresenceValueSetId;
        }
        else if (entry.Quantity is Quantity quantity)
        {
            item.Type = entry.IsInteger ? Questionnaire.QuestionnaireItemType.Integer : Questionnaire.QuestionnaireItemType.Decimal;
            var unit = UcumUnit(quantity);
            item.AddExtension(UnitExtension, new Coding(FhirCodeSystems.Ucum, unit, Vocabulary.Unit(quantity)));
            var (minimum, maximum) = Vocabulary.Range(quantity);
            item.AddExtension(MinValueExtension, entry.IsInteger ? new Integer((int)minimum) : new FhirDecimal((decimal)minimum));
            item.AddExtension(MaxValueExtension, entry.IsInteger ? new Integer((int)maximum) : new FhirDecimal((decimal)maximum));
        }
        else
        {
            item.Type = Questionnaire.QuestionnaireItemType.Choice;
            item.AnswerValueSet = AdministrativeGenderValueSet;
        }

        if (entry.EnabledBy is Finding parent)
        {
            item.EnableWhen.Add(new Questionnaire.EnableWhenComponent
            {
                Question = LinkId(parent),
                Operator = Questionnaire.QuestionnaireItemOperator.Equal,
                Answer = PresenceCoding(Presence.Present),
            });
        }

        return item;
    }

    private static ValueSet PresenceValueSet()
    {
        var presences = new[] { Presence.Present, Presence.Absent, Presence.Unknown };
        return new ValueSet
        {
            Id = PresenceValueSetId,
            // A name usable as an identifier (invariant vsd-0 of the base ValueSet profile).
            Name = "RedFlagsPresence",
            Status = PublicationStatus.Active,
            Compose = new ValueSet.ComposeComponent
            {
                Include =
                [
                    new ValueSet.ConceptSetComponent
                    {
                        System = PresenceSystem,
                        Concept = presences.Select(p => new ValueSet.ConceptReferenceComponent { Code = FhirValues.Lower(p), Display = Vocabulary.Label(p) }).ToList(),
                    },
                ],
            },
            Expansion = new ValueSet.ExpansionComponent
            {
                Identifier = "urn:uuid:6f1c2a4e-1d2b-4c7e-9a51-0b4e3f6c9d21",
                TimestampElement = new FhirDateTime("2026-12-03"),
                Contains = presences.Select(p => new ValueSet.ContainsComponent { System = PresenceSystem, Code = FhirValues.Lower(p), Display = Vocabulary.Label(p) }).ToList(),
            },
        };
    }
}
