using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RedFlags.Json;

/// <summary>
/// One strict pass over a document with a <see cref="Utf8JsonReader"/>, guided by the shapes of the generated contracts:
/// names, types, requiredness, duplicates and enum names are checked as the record is read, and every problem is reported
/// with its code, path, line and byte position. Paths and lines are worked out only when there is a problem, so a valid
/// document costs little more than the token scan.
/// </summary>
/// <remarks>Syntax errors stop the pass (nothing after them can be trusted); the other problems do not.</remarks>
internal sealed class StrictReader
{
    private static readonly byte[] s_schema = Encoding.UTF8.GetBytes("$schema");

    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly int _length;
    private readonly JsonReadContext _errors;
    private readonly List<(string? Name, int Index)> _path = new();
    private int[]? _lineStarts;
    private bool _reading;

    private StrictReader(byte[] bytes, int start, int length, JsonReadContext errors)
    {
        _bytes = bytes;
        _start = start;
        _length = length;
        _errors = errors;
    }

    /// <summary>Reads the first <paramref name="length"/> bytes of <paramref name="bytes"/> as one value of
    /// <paramref name="shape"/>; returns <see langword="null"/> when the document could not be read at all.</summary>
    public static object? Read(byte[] bytes, int length, JsonShape shape, JsonReadContext errors, out StrictReader? document)
    {
        document = null;
        if (!JsonSource.CheckBytes(bytes, length, errors, out var start))
        {
            return null;
        }

        document = new StrictReader(bytes, start, length - start, errors);
        return document.ReadRoot(shape);
    }

    /// <summary>Gets the first token of the document: <see cref="JsonTokenType.StartObject"/> for an object.</summary>
    public JsonTokenType RootToken { get; private set; }

    /// <summary>Gets the problems reported so far.</summary>
    public JsonReadContext Errors => _errors;

    /// <summary>Gets the offset of the start of every line, built at the first need.</summary>
    public int[] Lines => _lineStarts ??= JsonSource.LineStarts(new ReadOnlySpan<byte>(_bytes, _start, _length));

    /// <summary>Gets the kind of the current token in words, for error messages.</summary>
    public static string KindName(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    /// <summary>Gets where each property of the root object is named (the first time), for checks that depend on which
    /// properties a document gives rather than on their values.</summary>
    public IReadOnlyDictionary<string, long> RootProperties()
    {
        var names = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_bytes, _start, _length), new JsonReaderOptions { MaxDepth = RedFlagsJson.MaximumDepth + 1 });
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var name = reader.GetString() ?? string.Empty;
                if (!names.ContainsKey(name))
                {
                    names.Add(name, reader.TokenStartIndex);
                }
            }
        }

        return names;
    }

    /// <summary>Places problems found by semantic validation of what was read at the values their paths name.</summary>
    public void AddSemantic(IEnumerable<ValidationError> errors, Func<string, string>? mapPath = null)
        => _errors.AddSemantic(errors, paths => JsonLocator.Locate(new ReadOnlySpan<byte>(_bytes, _start, _length), paths, Place), mapPath);

    /// <summary>Checks the nesting limit on entering an object or array; stops the pass when it is exceeded.</summary>
    public void Enter(ref Utf8JsonReader reader)
    {
        if (reader.CurrentDepth + 1 > RedFlagsJson.MaximumDepth)
        {
            Error(ErrorCodes.JsonTooDeep, CurrentPath(), reader.TokenStartIndex, null, $"The document nests objects and arrays more than {RedFlagsJson.MaximumDepth} deep.");
            throw new JsonReadStopped();
        }
    }

    /// <summary>Moves past the current value (and everything inside it), still enforcing the nesting limit.</summary>
    public void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        Enter(ref reader);
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                Enter(ref reader);
            }
        }
    }

    /// <summary>Gets the current string or property name as UTF-8 without escapes: the token's own bytes when it has no
    /// escape (the usual case, no copy), otherwise the unescaped text; an escape that is not valid UTF-16 stops the pass.</summary>
    public ReadOnlySpan<byte> Utf8Text(ref Utf8JsonReader reader)
        => !reader.ValueIsEscaped && !reader.HasValueSequence ? reader.ValueSpan : Encoding.UTF8.GetBytes(GetString(ref reader));

    /// <summary>Whether the current property name is <c>$schema</c> on the root object, which every document may carry.</summary>
    public bool IsSchemaReference(ref Utf8JsonReader reader) => reader.CurrentDepth == 1 && Utf8Text(ref reader).SequenceEqual(s_schema);

    /// <summary>Gets the current string token; an escape that is not valid UTF-16 stops the pass.</summary>
    public string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            InvalidEscape(ref reader);
            return string.Empty;
        }
    }

    // An escape such as \ud800 that is not part of a valid UTF-16 surrogate pair.
    private bool InvalidEscape(ref Utf8JsonReader reader)
    {
        Error(ErrorCodes.JsonMalformed, string.Empty, reader.TokenStartIndex, null, "A string contains an invalid escape sequence (an unpaired surrogate).");
        throw new JsonReadStopped();
    }

    /// <summary>Reports a value of the wrong JSON type, moves past it and returns the shape's fallback.</summary>
    public object? WrongType(ref Utf8JsonReader reader, string expected, JsonShape shape)
    {
        Error(ref reader, ErrorCodes.JsonWrongType, $"Expected {expected}, found {KindName(reader.TokenType)}.");
        Skip(ref reader);
        return shape.Fallback;
    }

    /// <summary>Reports a problem with the current value, at its path and place.</summary>
    public void Error(ref Utf8JsonReader reader, string code, string message)
    {
        if (_errors.IsFull)
        {
            StopOrCount(reader.TokenStartIndex);
            return;
        }

        Error(code, CurrentPath(), reader.TokenStartIndex, Describe(ref reader), message);
    }

    /// <summary>Reports a problem at a byte offset of the document.</summary>
    public void Error(string code, string path, long offset, string? value, string message)
    {
        if (_errors.IsFull)
        {
            StopOrCount(offset);
            return;
        }

        var (line, position) = Place(offset);
        _errors.Add(code, path, line, position, value, message);
    }

    // Past the cap, the pass stops: reading on to count every problem would make a document of many small problems
    // cost many times its size (each problem builds a best-effort value). Checks after the pass only count.
    private void StopOrCount(long offset)
    {
        if (!_reading)
        {
            _errors.CountNotListed();
            return;
        }

        var (line, position) = Place(offset);
        _errors.StopAt(line, position);
        throw new JsonReadStopped();
    }

    public void PushName(string name) => _path.Add((name, -1));

    public void PushIndex(int index) => _path.Add((null, index));

    public void Pop() => _path.RemoveAt(_path.Count - 1);

    /// <summary>Gets the path of a property of the current object.</summary>
    public string ChildPath(string name) => DocumentNode.Child(CurrentPath(), name);

    /// <summary>Gets the path of the current value.</summary>
    public string CurrentPath()
    {
        if (_path.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var (name, index) in _path)
        {
            if (name is null)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(name);
            }
        }

        return builder.ToString();
    }

    private string Describe(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return "{...}";
            case JsonTokenType.StartArray:
                return "[...]";
            case JsonTokenType.String:
                var text = GetString(ref reader);
                return text.Length > 100 ? text.Remove(100) + "..." : text;
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                return "null";
        }
    }

    private object? ReadRoot(JsonShape shape)
    {
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_bytes, _start, _length), new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = RedFlagsJson.MaximumDepth + 1,
        });

        _reading = true;
        try
        {
            if (!reader.Read())
            {
                _errors.Add(ErrorCodes.JsonMalformed, string.Empty, 1, 1, null, "The document is empty.");
                return null;
            }

            RootToken = reader.TokenType;
            var value = shape.Read(ref reader, this);
            while (reader.Read())
            {
                // Utf8JsonReader throws on trailing content; nothing else can follow a complete value.
            }

            return value;
        }
        catch (JsonException exception)
        {
            _errors.Add(ErrorCodes.JsonMalformed, string.Empty, (exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1, null, JsonSource.SyntaxMessage(exception));
            return null;
        }
        catch (JsonReadStopped)
        {
            return null;
        }
        finally
        {
            _reading = false;
        }
    }

    // The 1-based line and byte position of an offset; the index of line starts is built at the first problem.
    private (long Line, long Position) Place(long offset) => JsonSource.Locate(Lines, offset);
}
