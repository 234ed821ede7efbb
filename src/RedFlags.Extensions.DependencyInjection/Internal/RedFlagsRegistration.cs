namespace RedFlags.Internal;

/// <summary>Marks that <c>AddRedFlags</c> has registered a name, so that a second call adds nothing twice.</summary>
internal sealed class RedFlagsRegistration
{
    public RedFlagsRegistration(string name) => Name = name;

    public string Name { get; }
}
