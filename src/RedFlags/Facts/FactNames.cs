namespace RedFlags.Facts;

/// <summary>How the C# names of the model become the camelCase names and paths of rule files and JSON.</summary>
internal static class FactNames
{
    /// <summary>The name with its first letter in lower case: <c>SaddleNumbness</c> becomes <c>saddleNumbness</c>.</summary>
    public static string CamelCase(string pascal) => pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);

    /// <summary>The JSON path of a field: <c>pain.lumbar</c>, or <c>ageYears</c> for a property of the presentation itself.</summary>
    public static string Path(FactSection section, string property)
        => section == FactSection.Presentation ? CamelCase(property) : CamelCase(section.ToString()) + "." + CamelCase(property);
}
