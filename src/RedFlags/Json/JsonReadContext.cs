using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RedFlags.Json;

/// <summary>Collects the problems of one document, each with its path, line and position, up to
/// <see cref="RedFlagsJson.MaximumReportedProblems"/>; past that it only counts them.</summary>
internal sealed class JsonReadContext
{
    private int _notListed;
    private (long Line, long Position)? _stoppedAt;

    public List<ValidationError> Errors { get; } = new();

    public bool HasErrors => Errors.Count > 0;

    /// <summary>Gets whether the list is full: further problems are only counted, so a caller can skip the work of
    /// describing them (paths, places) and checks whose problems could not be listed anyway.</summary>
    public bool IsFull => Errors.Count >= RedFlagsJson.MaximumReportedProblems;

    public void Add(string code, DocumentNode node, string? value, string message)
        => Add(code, node.Path, node.Line, node.Position, value, message);

    public void Add(string code, string path, long line, long position, string? value, string message)
    {
        if (IsFull)
        {
            _notListed++;
            return;
        }

        Errors.Add(new ValidationError(code, path, value, message) { Line = line, Position = position });
    }

    /// <summary>Counts a problem that is not described because the list is already full.</summary>
    public void CountNotListed() => _notListed++;

    /// <summary>Records that reading stopped at a problem past the cap, at this place.</summary>
    public void StopAt(long line, long position) => _stoppedAt = (line, position);

    public void WrongType(DocumentNode node, string expected)
        => Add(ErrorCodes.JsonWrongType, node, node.Describe(), $"Expected {expected}, found {node.KindName}.");

    /// <summary>
    /// Adds problems found by semantic validation of the best-effort object, each placed at the JSON value its path names
    /// (<paramref name="locate"/> finds the places of all of them at once). A semantic problem at or below (or above) a
    /// place that already has a structural problem is a consequence of it and is left out.
    /// </summary>
    public void AddSemantic(IEnumerable<ValidationError> errors, Func<IReadOnlyList<string>, IReadOnlyList<(long Line, long Position)>> locate, Func<string, string>? mapPath = null)
    {
        var structural = new HashSet<string>(StringComparer.Ordinal);
        var aboveStructural = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in Errors)
        {
            structural.Add(error.Path);
            foreach (var prefix in PathsAbove(error.Path))
            {
                aboveStructural.Add(prefix);
            }
        }

        var kept = new List<ValidationError>();
        foreach (var error in errors)
        {
            var path = mapPath is null ? error.Path : mapPath(error.Path);
            if (!Related(path, structural, aboveStructural))
            {
                kept.Add(error with { Path = path });
            }
        }

        if (kept.Count == 0)
        {
            return;
        }

        var room = Math.Max(0, RedFlagsJson.MaximumReportedProblems - Errors.Count);
        if (kept.Count > room)
        {
            _notListed += kept.Count - room;
            kept.RemoveRange(room, kept.Count - room);
        }

        var places = locate(kept.ConvertAll(e => e.Path));
        for (var i = 0; i < kept.Count; i++)
        {
            Errors.Add(kept[i] with { Line = places[i].Line, Position = places[i].Position });
        }
    }

    /// <summary>The same, for a document read into a tree.</summary>
    public void AddSemantic(IEnumerable<ValidationError> errors, DocumentNode root, Func<string, string>? mapPath = null)
        => AddSemantic(errors, paths => paths.Select(p => root.Find(p)).Select(n => (n.Line, n.Position)).ToList(), mapPath);

    /// <summary>Returns the errors in document order (line, then position), stable for equal places.</summary>
    /// <remarks>When problems were left out, one last problem (RF3013) says so: where reading stopped, or (for
    /// problems found after reading) how many more there were.</remarks>
    public ValidationResult ToResult()
    {
        if (Errors.Count == 0)
        {
            return ValidationResult.Valid;
        }

        var ordered = Errors.OrderBy(e => e.Line ?? long.MaxValue).ThenBy(e => e.Position ?? long.MaxValue);
        var closing = NotListed();
        return new ValidationResult(closing is null ? ordered : ordered.Append(closing));
    }

    private ValidationError? NotListed()
    {
        if (_stoppedAt is { } place)
        {
            return new ValidationError(
                ErrorCodes.JsonTooManyProblems,
                string.Empty,
                null,
                $"Only the first {RedFlagsJson.MaximumReportedProblems} problems are listed; reading stopped at the next one, and the rest of the document was not checked.")
            { Line = place.Line, Position = place.Position };
        }

        return _notListed == 0 ? null : new ValidationError(
            ErrorCodes.JsonTooManyProblems,
            string.Empty,
            _notListed.ToString(CultureInfo.InvariantCulture),
            $"Only the first {RedFlagsJson.MaximumReportedProblems} problems are listed; {_notListed.ToString("N0", CultureInfo.InvariantCulture)} more were found.");
    }

    // Related: the same place, one below the other, or either at the root.
    private static bool Related(string path, HashSet<string> structural, HashSet<string> aboveStructural)
    {
        if (path.Length == 0 || structural.Contains(string.Empty) || structural.Contains(path) || aboveStructural.Contains(path))
        {
            return true;
        }

        foreach (var prefix in PathsAbove(path))
        {
            if (structural.Contains(prefix))
            {
                return true;
            }
        }

        return false;
    }

    // Every path strictly above a path (not the root): "a", "a.b" for "a.b[0]".
    private static IEnumerable<string> PathsAbove(string path)
    {
        for (var i = 1; i < path.Length; i++)
        {
            if (path[i] is '.' or '[')
            {
                yield return path.Substring(0, i);
            }
        }
    }
}
