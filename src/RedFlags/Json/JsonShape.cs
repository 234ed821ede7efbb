using System.Text.Json;

namespace RedFlags.Json;

/// <summary>
/// What the strict reader expects at one place of a document: a string, a number, a named enum member, a list, a record.
/// Shapes are made once per .NET type from the generated contracts (<see cref="JsonShapes"/>), so the serializer that
/// writes a document and the reader that checks it share one description.
/// </summary>
internal abstract class JsonShape
{
    /// <summary>Stands for a property a document leaves out, so that the record keeps its own default.</summary>
    public static readonly object Missing = new();

    /// <summary>Gets the value used in place of one that could not be read (a problem has been reported).</summary>
    public abstract object? Fallback { get; }

    /// <summary>Reads the value at the reader's current token, leaving the reader on its last token; reports every problem
    /// and returns <see cref="Fallback"/> instead of throwing.</summary>
    public abstract object? Read(ref Utf8JsonReader reader, StrictReader context);
}
