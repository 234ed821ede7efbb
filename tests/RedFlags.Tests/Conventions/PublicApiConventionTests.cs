using System.Reflection;

namespace RedFlags.Tests.Conventions;

/// <summary>Reflection checks after NodaTime's: public types are sealed, static or abstract records, and have no public setters.</summary>
public class PublicApiConventionTests
{
    private static readonly Type[] s_publicTypes = typeof(RedFlagEvaluator).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_Classes_AreSealedStaticOrAbstract()
    {
        var open = s_publicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName);
        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_Properties_HaveNoPublicSetters()
    {
        var settable = s_publicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        Assert.Empty(settable);
    }

    [Fact]
    public void PublicTypes_Structs_AreReadOnly()
    {
        var mutable = s_publicTypes.Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute")).Select(t => t.FullName);
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicTypes_Enums_HaveExplicitValuesAndNoFlags()
        => Assert.DoesNotContain(s_publicTypes.Where(t => t.IsEnum), t => t.GetCustomAttribute<FlagsAttribute>() is not null);

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
