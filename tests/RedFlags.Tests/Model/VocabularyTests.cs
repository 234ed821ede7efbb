using System.Reflection;
using RedFlags.Evaluation;
using RedFlags.Rules;

namespace RedFlags.Tests.Model;

public class VocabularyTests
{
    private static readonly Type[] s_publicEnums = typeof(Vocabulary).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();

    public static TheoryData<string> PublicEnums() => new(s_publicEnums.Select(t => t.FullName!));

    [Fact]
    public void PublicEnums_OfTheCore_AreAllFound()
    {
        Assert.Superset(
            new HashSet<Type>
            {
                typeof(Urgency), typeof(SuspectedCondition), typeof(ConcernLevel), typeof(CareSetting), typeof(EvidenceTag), typeof(Investigation),
                typeof(Sex), typeof(Presence), typeof(CancerSite), typeof(LegWeakness), typeof(LegSymptomSide), typeof(TraumaSeverity),
                typeof(SpinalRegion), typeof(FactKind), typeof(Comparison), typeof(RuleCustomisationKind), typeof(Finding), typeof(Quantity),
            },
            s_publicEnums.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void Label_EveryValueOfAPublicEnum_IsANonEmptyDistinctSentenceCaseWording(string enumName)
    {
        var type = s_publicEnums.Single(t => t.FullName == enumName);
        var label = typeof(Vocabulary).GetMethod(nameof(Vocabulary.Label), BindingFlags.Public | BindingFlags.Static, [type]);
        Assert.True(label is not null, $"Vocabulary has no Label({type.Name}).");

        var labels = Enum.GetValues(type).Cast<object>().Select(value => (Value: value, Label: (string)label.Invoke(null, [value])!)).ToList();

        Assert.All(labels, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(pair.Label), $"{type.Name}.{pair.Value} has no label.");
            Assert.True(char.IsUpper(pair.Label[0]), $"{type.Name}.{pair.Value}: '{pair.Label}' is not in sentence case.");
            Assert.NotEqual(Convert.ToInt32(pair.Value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), pair.Label);
        });
        Assert.Equal(labels.Count, labels.Select(pair => pair.Label).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Label_UndefinedValue_IsItsNumber()
        => Assert.Equal("99", Vocabulary.Label((ConcernLevel)99));

    [Theory]
    [InlineData(ConcernLevel.Few, "Few concerning features")]
    [InlineData(CareSetting.Oncology, "Oncology service")]
    [InlineData(CareSetting.Unspecified, "Care setting not given")]
    public void Label_ValuesTheAdaptersDisagreedOn_HaveTheChosenWording(object value, string expected)
        => Assert.Equal(expected, value switch
        {
            ConcernLevel concern => Vocabulary.Label(concern),
            CareSetting setting => Vocabulary.Label(setting),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        });

    [Theory]
    [InlineData(EvidenceTag.Verified)]
    [InlineData(EvidenceTag.Computed)]
    [InlineData(EvidenceTag.Secondary)]
    [InlineData(EvidenceTag.Unverified)]
    [InlineData(EvidenceTag.Design)]
    public void Marker_EveryEvidenceTag_IsItsOneLetterCodeOrDesign(EvidenceTag tag)
        => Assert.Equal(tag == EvidenceTag.Design ? "design" : tag.ToString()[..1], Vocabulary.Marker(tag));
}
