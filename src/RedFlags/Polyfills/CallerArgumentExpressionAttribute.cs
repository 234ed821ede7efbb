#if !NETCOREAPP3_0_OR_GREATER
namespace System.Runtime.CompilerServices;

// Lets Guard name the argument on netstandard2.0; the compiler recognises the attribute by name.
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class CallerArgumentExpressionAttribute : Attribute
{
    public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

    public string ParameterName { get; }
}
#endif
