using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace RedFlags.Fhir.Tests;

public class QuestionnaireTests
{
    private static readonly Questionnaire s_questionnaire = RedFlagsQuestionnaire.Create();

    private static List<Questionnaire.ItemComponent> Questions() => s_questionnaire.Item.SelectMany(group => group.Item).ToList();

    [Fact]
    public void ToJson_Generated_MatchesTheFileInDocs()
    {
        RepositoryFiles.AssertUpToDate("docs/fhir/red-flags-questionnaire.json", RedFlagsQuestionnaire.ToJson().ReplaceLineEndings("\n") + "\n");
    }

    [Fact]
    public void Create_CanonicalUrlAndVersion_AreSet()
    {
        Assert.Equal(RedFlagsQuestionnaire.Url, s_questionnaire.Url);
        Assert.Equal(RedFlagsQuestionnaire.Version, s_questionnaire.Version);
        Assert.Equal(PublicationStatus.Active, s_questionnaire.Status);
    }

    [Fact]
    public void Create_EveryFindingAndQuantity_HasOneItemNamedAfterIt()
    {
        var linkIds = Questions().Select(i => i.LinkId).ToList();
        Assert.Equal(linkIds.Count, linkIds.Distinct(StringComparer.Ordinal).Count());
        foreach (var finding in Vocabulary.AllFindings.ToArray().Where(f => f is not (Finding.Female or Finding.Male)))
        {
            var item = Assert.Single(Questions(), i => i.LinkId == Vocabulary.Name(finding));
            Assert.Equal(Questionnaire.QuestionnaireItemType.Choice, item.Type);
            Assert.Equal("#presence", item.AnswerValueSet);
            Assert.Equal(Vocabulary.Path(finding), item.Definition);
        }

        foreach (var quantity in Vocabulary.AllQuantities.ToArray())
        {
            Assert.Single(Questions(), i => i.LinkId == Vocabulary.Name(quantity));
        }

        Assert.Single(Questions(), i => i.LinkId == RedFlagsQuestionnaire.SexLinkId);
        Assert.Equal(Vocabulary.AllFindings.Length - 2 + Vocabulary.AllQuantities.Length + 1, linkIds.Count);
    }

    [Fact]
    public void Create_QuantityItems_HaveTheUcumUnitAndTheCoreRange()
    {
        var item = Assert.Single(Questions(), i => i.LinkId == "temperatureCelsius");
        Assert.Equal(Questionnaire.QuestionnaireItemType.Decimal, item.Type);
        var unit = Assert.IsType<Coding>(item.GetExtension(RedFlagsQuestionnaire.UnitExtension).Value);
        Assert.Equal(FhirCodeSystems.Ucum, unit.System);
        Assert.Equal("Cel", unit.Code);
        Assert.Equal(25m, Assert.IsType<FhirDecimal>(item.GetExtension(RedFlagsQuestionnaire.MinValueExtension).Value).Value);
        Assert.Equal(45m, Assert.IsType<FhirDecimal>(item.GetExtension(RedFlagsQuestionnaire.MaxValueExtension).Value).Value);
        var age = Assert.Single(Questions(), i => i.LinkId == "ageYears");
        Assert.Equal(Questionnaire.QuestionnaireItemType.Integer, age.Type);
        Assert.Equal("a", Assert.IsType<Coding>(age.GetExtension(RedFlagsQuestionnaire.UnitExtension).Value).Code);
    }

    [Fact]
    public void Create_ProgressiveLegWeakness_IsEnabledWhenLegWeaknessIsPresent()
    {
        var questions = Questions();
        var item = Assert.Single(questions, i => i.LinkId == "progressiveLegWeakness");
        var condition = Assert.Single(item.EnableWhen);
        Assert.Equal("legWeakness", condition.Question);
        Assert.Equal(Questionnaire.QuestionnaireItemOperator.Equal, condition.Operator);
        Assert.Equal("present", Assert.IsType<Coding>(condition.Answer).Code);
        Assert.True(questions.FindIndex(i => i.LinkId == "legWeakness") < questions.FindIndex(i => i.LinkId == "progressiveLegWeakness"));
    }

    [Fact]
    public void Create_PresenceValueSet_IsContainedWithItsExpansion()
    {
        var valueSet = Assert.IsType<ValueSet>(Assert.Single(s_questionnaire.Contained));
        Assert.Equal("presence", valueSet.Id);
        Assert.Equal(["present", "absent", "unknown"], valueSet.Expansion!.Contains.Select(c => c.Code));
        Assert.All(valueSet.Expansion.Contains, c => Assert.Equal(RedFlagsQuestionnaire.PresenceSystem, c.System));
    }

    [Fact]
    public void ToJson_Questionnaire_ParsesBackInStrictModeWithoutIssues()
    {
        Assert.True(TestData.Strict.TryDeserializeResource(RedFlagsQuestionnaire.ToJson(), out var resource, out var issues), string.Join("; ", issues.Select(i => i.Message)));
        Assert.Equal(Questions().Count, Assert.IsType<Questionnaire>(resource).Item.SelectMany(g => g.Item).Count());
    }
}
