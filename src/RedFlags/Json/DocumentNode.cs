using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RedFlags.Json;

/// <summary>The kind of a JSON value in the document tree.</summary>
internal enum DocumentNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One value of a JSON document read into a tree, with its 1-based line and byte position, so that every later problem can
/// name its place in the file. Only criteria are read this way (<see cref="CriterionShape"/>); records are read by
/// <see cref="StrictReader"/> directly.
/// </summary>
internal sealed class DocumentNode
{
    public DocumentNode(DocumentNodeKind kind, DocumentNode? parent, string? name, int index, long line, long position)
    {
        Kind = kind;
        Parent = parent;
        Name = name;
        Index = index;
        Line = line;
        Position = position;
    }

    public DocumentNodeKind Kind { get; }

    public DocumentNode? Parent { get; }

    /// <summary>Gets the property name under which this value sits, or <see langword="null"/> for an array item or the root.</summary>
    public string? Name { get; }

    /// <summary>Gets the index in the parent array, or -1.</summary>
    public int Index { get; }

    public long Line { get; }

    public long Position { get; }

    /// <summary>Gets the path of a tree's root in its document (a criterion inside a rule set); empty for a whole document.</summary>
    public string RootPath { get; init; } = string.Empty;

    /// <summary>Gets the string value, or the raw text of a number.</summary>
    public string? Text { get; set; }

    public List<DocumentProperty>? Properties { get; set; }

    public List<DocumentNode>? Items { get; set; }

    /// <summary>Gets the path in the form validation uses, for example <c>rules[3].criterion.allOf[1]</c>; the root is empty.</summary>
    public string Path
    {
        get
        {
            if (Parent is null)
            {
                return RootPath;
            }

            var builder = new StringBuilder();
            Append(builder, this);
            return builder.ToString();
        }
    }

    /// <summary>Gets the value as short text, for error messages.</summary>
    public string Describe() => Kind switch
    {
        DocumentNodeKind.Object => "{...}",
        DocumentNodeKind.Array => "[...]",
        DocumentNodeKind.String => Text is { Length: > 100 } ? Text.Remove(100) + "..." : Text ?? string.Empty,
        DocumentNodeKind.Number => Text ?? string.Empty,
        DocumentNodeKind.True => "true",
        DocumentNodeKind.False => "false",
        _ => "null",
    };

    /// <summary>Gets the kind of the value in words, for error messages.</summary>
    public string KindName => Kind switch
    {
        DocumentNodeKind.Object => "an object",
        DocumentNodeKind.Array => "an array",
        DocumentNodeKind.String => "a string",
        DocumentNodeKind.Number => "a number",
        DocumentNodeKind.True or DocumentNodeKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>Finds a property of this object by name.</summary>
    public DocumentProperty? Property(string name)
    {
        if (Properties is null)
        {
            return null;
        }

        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Finds the deepest node named by a validation path such as <c>rules[3].criterion.allOf[1]</c>.</summary>
    public DocumentNode Find(string path)
    {
        var node = this;
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
                continue;
            }

            if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0
                    || !TryParseIndex(path, i + 1, end, out var index)
                    || node.Items is null
                    || index >= node.Items.Count)
                {
                    return node;
                }

                node = node.Items[index];
                i = end + 1;
                continue;
            }

            var stop = i;
            while (stop < path.Length && path[stop] != '.' && path[stop] != '[')
            {
                stop++;
            }

            var property = node.Property(path.Substring(i, stop - i));
            if (property is null)
            {
                return node;
            }

            node = property.Value;
            i = stop;
        }

        return node;
    }

    /// <summary>Joins a parent path and a property name.</summary>
    public static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

    /// <summary>Parses the decimal digits of <paramref name="text"/> from <paramref name="start"/> up to <paramref name="end"/>.</summary>
    public static bool TryParseIndex(string text, int start, int end, out int value)
    {
        value = 0;
        if (end <= start || end - start > 9)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    private static void Append(StringBuilder builder, DocumentNode node)
    {
        if (node.Parent is null)
        {
            builder.Append(node.RootPath);
            return;
        }

        Append(builder, node.Parent);
        if (node.Name is not null)
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(node.Name);
        }
        else
        {
            builder.Append('[').Append(node.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}

/// <summary>A property of a JSON object: its name, where the name is, and its value.</summary>
internal sealed class DocumentProperty
{
    public DocumentProperty(string name, long line, long position, DocumentNode value)
    {
        Name = name;
        Line = line;
        Position = position;
        Value = value;
    }

    public string Name { get; }

    public long Line { get; }

    public long Position { get; }

    public DocumentNode Value { get; }
}
