using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFlags.Json;

/// <summary>Collects the problems of one document, each with its path, line and position.</summary>
internal sealed class JsonReadContext
{
    public List<ValidationError> Errors { get; } = new();

    public bool HasErrors => Errors.Count > 0;

    public void Add(string code, DocumentNode node, string? value, string message)
        => Add(code, node.Path, node.Line, node.Position, value, message);

    public void Add(string code, string path, long line, long position, string? value, string message)
        => Errors.Add(new ValidationError(code, path, value, message) { Line = line, Position = position });

    public void WrongType(DocumentNode node, string expected)
        => Add(ErrorCodes.JsonWrongType, node, node.Describe(), $"Expected {expected}, found {node.KindName}.");

    /// <summary>
    /// Adds problems found by semantic validation of the best-effort object, each placed at the JSON node its path names.
    /// A semantic problem at or below (or above) a place that already has a structural problem is a consequence of it
    /// and is left out.
    /// </summary>
    public void AddSemantic(IEnumerable<ValidationError> errors, DocumentNode root, Func<string, string>? mapPath = null)
    {
        var structural = Errors.Select(e => e.Path).ToList();
        foreach (var error in errors)
        {
            var path = mapPath is null ? error.Path : mapPath(error.Path);
            if (structural.Any(s => Related(s, path)))
            {
                continue;
            }

            var node = root.Find(path);
            Errors.Add(error with { Path = path, Line = node.Line, Position = node.Position });
        }
    }

    /// <summary>Returns the errors in document order (line, then position), stable for equal places.</summary>
    public ValidationResult ToResult()
        => Errors.Count == 0
            ? ValidationResult.Valid
            : new ValidationResult(Errors.OrderBy(e => e.Line ?? long.MaxValue).ThenBy(e => e.Position ?? long.MaxValue).ToArray());

    private static bool Related(string a, string b)
        => a.Length == 0 || b.Length == 0 || a == b || IsBelow(a, b) || IsBelow(b, a);

    private static bool IsBelow(string child, string parent)
        => child.Length > parent.Length
            && child.StartsWith(parent, StringComparison.Ordinal)
            && (child[parent.Length] == '.' || child[parent.Length] == '[');
}
