using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace RedFlags.Json;

/// <summary>
/// Finds where in a document the values named by validation paths (<c>history.cancers[0].diagnosisDate</c>) start, in one
/// scan for all of them. Used only when semantic validation found problems, so that a valid document never pays for it.
/// </summary>
internal static class JsonLocator
{
    /// <summary>Returns, for each path, the place of the deepest value on it that the document has (the root at worst).</summary>
    public static IReadOnlyList<(long Line, long Position)> Locate(ReadOnlySpan<byte> json, IReadOnlyList<string> paths, Func<long, (long Line, long Position)> place)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var prefix in Prefixes(path))
            {
                wanted.Add(prefix);
            }
        }

        var offsets = Scan(json, wanted);
        var places = new (long Line, long Position)[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            long offset = 0;
            foreach (var prefix in Prefixes(paths[i]))
            {
                if (offsets.TryGetValue(prefix, out var found))
                {
                    offset = found;
                }
            }

            places[i] = place(offset);
        }

        return places;
    }

    // The path itself and every path above it, shortest first: "", "a", "a.b", "a.b[0]".
    private static IEnumerable<string> Prefixes(string path)
    {
        yield return string.Empty;
        for (var i = 1; i < path.Length; i++)
        {
            if (path[i] is '.' or '[')
            {
                yield return path.Substring(0, i);
            }
        }

        if (path.Length > 0)
        {
            yield return path;
        }
    }

    private static Dictionary<string, long> Scan(ReadOnlySpan<byte> json, HashSet<string> wanted)
    {
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = RedFlagsJson.MaximumDepth + 1 });
        var open = new List<(string Path, bool IsArray, int Items)>();
        string? propertyPath = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    propertyPath = DocumentNode.Child(open[open.Count - 1].Path, reader.GetString() ?? string.Empty);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    open.RemoveAt(open.Count - 1);
                    continue;
            }

            string path;
            if (propertyPath is not null)
            {
                path = propertyPath;
                propertyPath = null;
            }
            else if (open.Count > 0)
            {
                var parent = open[open.Count - 1];
                path = parent.Path + "[" + parent.Items.ToString(CultureInfo.InvariantCulture) + "]";
                open[open.Count - 1] = (parent.Path, parent.IsArray, parent.Items + 1);
            }
            else
            {
                path = string.Empty;
            }

            if (wanted.Contains(path) && !offsets.ContainsKey(path))
            {
                offsets.Add(path, reader.TokenStartIndex);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                open.Add((path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }

        return offsets;
    }
}
