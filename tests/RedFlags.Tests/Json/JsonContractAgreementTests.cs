using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RedFlags.Json;
using RedFlags.Rules;

namespace RedFlags.Tests.Json;

/// <summary>
/// The strict reader checks documents against shapes made from the generated contracts (<see cref="JsonShapes"/>), so the
/// property lists cannot drift; what can still drift is pinned here: every enum name the writer writes is read back, every
/// record a document holds has a builder, and a value the writer cannot write is refused.
/// </summary>
public class JsonContractAgreementTests
{
    public static TheoryData<Type> NamedEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var converter in GeneratedContracts.Options.Converters.OfType<INamedEnumConverter>())
        {
            data.Add(converter.EnumType);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NamedEnums))]
    public void StrictReader_EveryEnumNameTheWriterWrites_IsReadBackAsTheSameValue(Type enumType)
    {
        var converter = GeneratedContracts.Options.Converters.OfType<INamedEnumConverter>().Single(c => c.EnumType == enumType);
        foreach (var value in Enum.GetValuesAsUnderlyingType(enumType).Cast<object>().Select(v => Enum.ToObject(enumType, v)))
        {
            var json = JsonSerializer.Serialize(value, GeneratedContracts.Of(enumType));
            var bytes = Encoding.UTF8.GetBytes(json);
            var context = new JsonReadContext();

            var read = StrictReader.Read(bytes, bytes.Length, converter.Shape(), context, out _);

            Assert.False(context.HasErrors, $"{enumType.Name}.{value} is written as {json}, which the strict reader refuses.");
            Assert.Equal(value, read);
        }
    }

    [Fact]
    public void RecordBuilders_EveryRecordADocumentHolds_HasABuilder()
    {
        foreach (var type in RecordBuildersGenerator.Records())
        {
            var built = RecordBuilders.For(type)(new object?[GeneratedContracts.Of(type).Properties.Count].Select(_ => JsonShape.Missing).ToArray());

            Assert.IsType(type, built);
        }
    }

    [Fact]
    public void RecordBuilders_LeftOutProperty_KeepsTheRecordsDefault()
    {
        // dotnet/runtime#84484: a serializer built from the same contracts would read a left-out priority as 0.
        var document = JsonNode.Parse(RuleSetJson.Serialize(DefaultCatalogue.RuleSet))!;
        foreach (var rule in document["rules"]!.AsArray())
        {
            rule!.AsObject().Remove("priority");
        }

        var read = RuleSetJson.Parse(document.ToJsonString());

        Assert.All(read.Rules, rule => Assert.Equal(new RedFlagRule().Priority, rule.Priority));
    }

    [Fact]
    public void GeneratedContracts_UndefinedEnumValue_RefuseToWrite()
    {
        var assessment = new Assessment { Urgency = (Urgency)99 };

        Assert.Throws<ArgumentException>(() => RedFlagsJson.Serialize(assessment));
    }
}
