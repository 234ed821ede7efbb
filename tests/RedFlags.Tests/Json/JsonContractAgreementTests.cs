using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RedFlags.Json;

namespace RedFlags.Tests.Json;

/// <summary>
/// The strict reader (<see cref="JsonContracts"/>) and the source-generated writer (<see cref="RedFlagsJsonContext"/>) describe
/// the same documents: the same objects, the same property names in the same order, the same enum names. If they drifted,
/// RedFlags would write documents it refuses to read, or read properties it never writes.
/// </summary>
public class JsonContractAgreementTests
{
    public static TheoryData<string> StrictObjectContracts()
    {
        var data = new TheoryData<string>();
        foreach (var name in StrictContracts().Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StrictObjectContracts))]
    public void StrictReader_AcceptsExactlyTheGeneratedContractsProperties_InTheSameOrder(string contractName)
    {
        var (type, accepted) = StrictContracts()[contractName];

        var generated = GeneratedContracts.Of(type);

        Assert.Equal(JsonTypeInfoKind.Object, generated.Kind);
        Assert.Equal(accepted, generated.Properties.Select(p => p.Name).ToArray());
    }

    [Fact]
    public void GeneratedContracts_EveryObjectWritten_HasAStrictReader()
    {
        var written = new HashSet<Type>();
        foreach (var root in new[] { typeof(PatientPresentation), typeof(Assessment), typeof(RuleSetDocument) })
        {
            CollectObjects(GeneratedContracts.Of(root), written);
        }

        var read = StrictContracts().Values.Select(c => c.Type).ToHashSet();

        Assert.Equal(read.OrderBy(t => t.Name), written.OrderBy(t => t.Name));
    }

    public static TheoryData<string> StrictEnumContracts()
    {
        var data = new TheoryData<string>();
        foreach (var property in typeof(JsonContracts).GetProperties(BindingFlags.Public | BindingFlags.Static))
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(EnumValue<>))
            {
                data.Add(property.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StrictEnumContracts))]
    public void StrictReader_EveryEnumNameTheGeneratedContractsWrite_IsRead(string contractName)
    {
        var contract = typeof(JsonContracts).GetProperty(contractName)!.GetValue(null)!;
        var enumType = contract.GetType().GetGenericArguments()[0];

        typeof(JsonContractAgreementTests)
            .GetMethod(nameof(AssertEnumNamesAgree), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(enumType)
            .Invoke(null, new[] { contract });
    }

    [Fact]
    public void GeneratedContracts_UndefinedEnumValue_RefuseToWrite()
    {
        var assessment = new Assessment { Urgency = (Urgency)99 };

        Assert.Throws<ArgumentException>(() => RedFlagsJson.Serialize(assessment));
    }

    private static void AssertEnumNamesAgree<TEnum>(EnumValue<TEnum> strict)
        where TEnum : struct, Enum
    {
        var generated = (JsonTypeInfo<TEnum>)GeneratedContracts.Of(typeof(TEnum));
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var json = JsonSerializer.Serialize(value, generated);
            var context = new JsonReadContext();
            var node = JsonSource.Parse(json, context)!;

            Assert.Equal(value, strict.Read(node, context));
            Assert.False(context.HasErrors, $"{typeof(TEnum).Name}.{value} is written as {json}, which the strict reader refuses.");
        }
    }

    private static void CollectObjects(JsonTypeInfo contract, HashSet<Type> found)
    {
        if (contract.Kind == JsonTypeInfoKind.Enumerable && contract.ElementType is { } element)
        {
            CollectObjects(GeneratedContracts.Of(element), found);
        }
        else if (contract.Kind == JsonTypeInfoKind.Object && found.Add(contract.Type))
        {
            foreach (var property in contract.Properties)
            {
                CollectObjects(GeneratedContracts.Of(property.PropertyType), found);
            }
        }
    }

    /// <summary>Every strict object contract by its name, with the type it reads and the property names it accepts in order.</summary>
    private static Dictionary<string, (Type Type, string[] Accepted)> StrictContracts()
    {
        var contracts = typeof(JsonContracts).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Select(p => (p.Name, Value: p.GetValue(null)!))
            .Append((Name: "RuleSetDocument", Value: (object)RuleSetDocument.Contract))
            .Where(c => c.Value.GetType().IsGenericType && c.Value.GetType().GetGenericTypeDefinition() == typeof(ObjectContract<>));

        return contracts.ToDictionary(
            c => c.Name,
            c =>
            {
                var members = (IEnumerable)c.Value.GetType().GetProperty("Members")!.GetValue(c.Value)!;
                var names = members.Cast<object>().Select(m => (string)m.GetType().GetProperty("Name")!.GetValue(m)!).ToArray();
                return (c.Value.GetType().GetGenericArguments()[0], names);
            });
    }
}
